import { findFreePorts, GATEWAY, isPortFree, REPO_ROOT, SUBGRAPHS } from '@pallnet/system';
import { databaseUrlVariableFor } from '@pallnet/subgraph-kit/config';
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freshDatabaseUrl } from '../support/database';

/*
 * `npm start` as a user runs it: the real CLI as its own process, with every service and the
 * database, stopped with Ctrl-C (SIGINT). Non-default ports, so it runs beside a developer's own
 * `npm start`.
 */

const CLI = path.join(REPO_ROOT, 'packages/system/dist/cli/start.js');
const READY_LINE = /^\[system\] ready in [\d.]+ s/m;

interface Run {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
}

function runCli(env: NodeJS.ProcessEnv): Run {
  const child = spawn(process.execPath, [CLI], { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('close', (code) => resolve(code)));
  return { child, stdout: () => stdout, stderr: () => stderr, exited };
}

/** Resolves when the output matches, rejects when the process exits first or time runs out. */
function waitForOutput(run: Run, pattern: RegExp, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => finish(new Error(`no ${pattern} within ${timeoutMs} ms\n${run.stdout()}\n${run.stderr()}`)), timeoutMs);
    const check = () => {
      if (pattern.test(run.stdout())) finish();
    };
    const onExit = (code: number | null) => finish(new Error(`the CLI exited with ${code} before ${pattern}\n${run.stdout()}\n${run.stderr()}`));
    function finish(error?: Error) {
      clearTimeout(timer);
      run.child.stdout!.off('data', check);
      run.child.off('close', onExit);
      if (error) reject(error);
      else resolve();
    }
    run.child.stdout!.on('data', check);
    run.child.once('close', onExit);
    check();
  });
}

function withTimeout<T>(promise: Promise<T>, timeoutMs: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${timeoutMs} ms`)), timeoutMs);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Every process below `root`: the services, PostgreSQL and its backends. */
function descendantsOf(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const line of execFileSync('ps', ['-e', '-o', 'pid=,ppid='], { encoding: 'utf8' }).trim().split('\n')) {
    const [pid, ppid] = line.trim().split(/\s+/).map(Number);
    children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  }
  const found: number[] = [];
  const queue = [root];
  while (queue.length) {
    for (const child of children.get(queue.shift()!) ?? []) {
      found.push(child);
      queue.push(child);
    }
  }
  return found;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The environment without any database or port settings of the developer's shell. */
function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  // NODE_ENV=test (jest's) switches off Apollo's own signal handling; a user's shell has none.
  delete env.NODE_ENV;
  for (const variable of [
    'DATABASE_URL',
    'EMBEDDED_PG_PORT',
    'EMBEDDED_PG_DATA_DIR',
    'DASHBOARD_PORT',
    'CORS_ORIGINS',
    'IDENTITY_PROVIDER_PORT',
    'IDENTITY_PROVIDER_DATA_DIR',
    // The tests' own: a user's npm start signs in through its local provider only.
    'ALLOW_PUBLIC_DEVELOPMENT_KEY',
    GATEWAY.portVariable,
  ])
    delete env[variable];
  for (const subgraph of SUBGRAPHS) {
    delete env[subgraph.portVariable];
    delete env[databaseUrlVariableFor(subgraph.name)];
  }
  return env;
}

describe('npm start (packages/system/dist/cli/start.js)', () => {
  let run: Run | undefined;
  let started: number[] = [];
  let dataDir: string | undefined;
  let providerDir: string | undefined;

  afterEach(async () => {
    // A failed test must not leave the system running: kill whatever is still there.
    if (run && run.child.exitCode === null && run.child.signalCode === null) run.child.kill('SIGKILL');
    for (const pid of started.filter(isAlive)) process.kill(pid, 'SIGKILL');
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
    if (providerDir) await rm(providerDir, { recursive: true, force: true });
    run = undefined;
    started = [];
    dataDir = undefined;
    providerDir = undefined;
  });

  it('starts every service, the dashboard and the local sign-in, prints their URLs and the demo accounts, and on SIGINT stops them all and exits 0', async () => {
    const [gatewayPort, postgresPort, dashboardPort, providerPort, ...subgraphPorts] = await findFreePorts(SUBGRAPHS.length + 4);
    const env = cleanEnv();
    env[GATEWAY.portVariable] = String(gatewayPort);
    env.DASHBOARD_PORT = String(dashboardPort);
    env.IDENTITY_PROVIDER_PORT = String(providerPort);
    SUBGRAPHS.forEach((subgraph, index) => (env[subgraph.portVariable] = String(subgraphPorts[index])));
    const ports = [gatewayPort, dashboardPort, providerPort, ...subgraphPorts];
    providerDir = await mkdtemp(path.join(tmpdir(), 'pallnet-start-command-idp-'));
    env.IDENTITY_PROVIDER_DATA_DIR = providerDir;
    if (process.env.TEST_DATABASE_URL) {
      // The test run's server, a fresh database per subgraph: no embedded PostgreSQL is started.
      for (const subgraph of SUBGRAPHS) {
        env[databaseUrlVariableFor(subgraph.name)] = freshDatabaseUrl(`start_${subgraph.name}`);
      }
    } else {
      // The directory itself: when the tests run as root, PostgreSQL runs as the user postgres,
      // who may not enter a private temporary directory to reach one inside it.
      dataDir = await mkdtemp(path.join(tmpdir(), 'pallnet-start-command-'));
      env.EMBEDDED_PG_DATA_DIR = dataDir;
      env.EMBEDDED_PG_PORT = String(postgresPort);
      ports.push(postgresPort);
    }

    run = runCli(env);
    await waitForOutput(run, READY_LINE, 90_000);
    expect(run.stdout()).toContain(`http://localhost:${gatewayPort}/graphql`);
    expect(run.stdout()).toContain(`dashboard at http://localhost:${dashboardPort}/`);
    expect(run.stdout()).toContain('{ networks { name region healthTrust units { name localTerm level } } }');
    expect(run.stdout()).toContain(`sign-in    http://localhost:${providerPort} (local OpenID provider, development only)`);
    expect(run.stdout()).toMatch(/with the password [a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4} \(kept in /);
    expect(run.stdout()).toContain('vest.redaktor        Kari Vestbø, redaktør for Helse Vest');

    started = descendantsOf(run.child.pid!);
    // The subgraphs, the gateway, the web app and the local provider.
    expect(started.length).toBeGreaterThanOrEqual(SUBGRAPHS.length + 3);
    // Bound to loopback unless HOST says otherwise.
    expect(run.stdout()).toContain(`[gateway] ready at http://127.0.0.1:${gatewayPort}/graphql`);

    run.child.kill('SIGINT');
    // Bounded: each service gets 5 s after SIGTERM before SIGKILL, and they stop in parallel.
    const code = await withTimeout(run.exited, 30_000, 'stopping');
    expect(code).toBe(0);
    expect(started.filter(isAlive)).toEqual([]);
    const free = await Promise.all(ports.map(isPortFree));
    expect(ports.filter((_, index) => !free[index])).toEqual([]);
  }, 150_000);

  it('exits 1 with one line naming a taken port and the service that wanted it, starting nothing', async () => {
    const blocker = net.createServer();
    const takenPort = await new Promise<number>((resolve) => blocker.listen(0, () => resolve((blocker.address() as net.AddressInfo).port)));
    try {
      const [gatewayPort, postgresPort, dashboardPort, providerPort, ...subgraphPorts] = await findFreePorts(SUBGRAPHS.length + 4);
      const env = cleanEnv();
      env[GATEWAY.portVariable] = String(gatewayPort);
      env.DASHBOARD_PORT = String(dashboardPort);
      env.IDENTITY_PROVIDER_PORT = String(providerPort);
      SUBGRAPHS.forEach((subgraph, index) => (env[subgraph.portVariable] = String(subgraphPorts[index])));
      env.VEST_PORT = String(takenPort);
      env.EMBEDDED_PG_PORT = String(postgresPort);
      dataDir = await mkdtemp(path.join(tmpdir(), 'pallnet-start-command-'));
      env.EMBEDDED_PG_DATA_DIR = path.join(dataDir, 'postgres');

      run = runCli(env);
      const code = await withTimeout(run.exited, 20_000, 'the CLI');
      expect(code).toBe(1);
      const lines = run
        .stderr()
        .split('\n')
        .filter((line) => line.trim() !== '');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(`Port ${takenPort}`);
      expect(lines[0]).toContain('vest');
      expect(run.stdout()).not.toMatch(READY_LINE);
      // Checked before anything starts: not even the database directory was created.
      expect(existsSync(env.EMBEDDED_PG_DATA_DIR)).toBe(false);
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  }, 30_000);
});
