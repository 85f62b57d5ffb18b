import { databaseUrlVariableFor, gatewaySecretVariableFor, migrationDatabaseUrlVariableFor } from '@pallnet/subgraph-kit/config';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { backupDatabases, readBackup, restoreDatabases } from '../backup/backup';
import { provisionEmbeddedDatabases } from '../embedded-databases';
import { EmbeddedSession, openEmbeddedSession } from '../embedded-session';
import { readPort } from '../plan';
import { REPO_ROOT, ServiceSpec, SUBGRAPHS } from '../repo';
import { printLogLine } from '../service-process';
import { DEFAULT_DATA_DIR, DEFAULT_EMBEDDED_PG_PORT, SystemError } from '../system';

/**
 * `npm run backup` / `npm run restore` (the embedded PostgreSQL; see backup/backup.ts), and
 * `npm run migrate [-- --service vest …]` and `npm run seed [-- --service …]`: runs each
 * subgraph's own `migrate` or `seed` command (`node subgraphs/<name>/dist/src/index.js migrate`),
 * one subgraph after another, national first. Against the configured databases
 * (`<NAME>_MIGRATION_DATABASE_URL`, `MIGRATION_DATABASE_URL`, else the runtime URLs), or, with
 * none configured, the embedded PostgreSQL of EMBEDDED_PG_DATA_DIR: the running one, or one
 * started for the command.
 */

const USAGE = 'Usage: npm run migrate|seed [-- --service <name> …]   (services: ' + SUBGRAPHS.map((s) => s.name).join(', ') + '; default all)';
const BACKUP_USAGE = 'Usage: npm run backup [-- --out <dir>]   or   npm run restore -- <backup dir>';

function say(text: string, stream: 'stdout' | 'stderr' = 'stdout') {
  printLogLine({ source: 'system', stream, text });
}

export function parseServices(args: string[]): ServiceSpec[] {
  const names: string[] = [];
  for (let index = 0; index < args.length; index += 1) {
    if (args[index] === '--service' && args[index + 1]) names.push(args[(index += 1)]);
    else throw new SystemError('CONFIGURATION', `Unknown argument "${args[index]}". ${USAGE}`);
  }
  const unknown = names.filter((name) => !SUBGRAPHS.some((spec) => spec.name === name));
  if (unknown.length) throw new SystemError('CONFIGURATION', `Unknown service ${unknown.join(', ')}. ${USAGE}`);
  return names.length ? SUBGRAPHS.filter((spec) => names.includes(spec.name)) : SUBGRAPHS;
}

/** With no database configured for some subgraph: the embedded server, its databases and roles in `env`. */
export async function embeddedDatabasesFor(specs: ServiceSpec[], env: NodeJS.ProcessEnv): Promise<EmbeddedSession | undefined> {
  const onEmbedded = specs.filter((spec) => !env.DATABASE_URL && !env[databaseUrlVariableFor(spec.name)]);
  if (onEmbedded.length === 0) return undefined;
  const dataDir = path.resolve(env.EMBEDDED_PG_DATA_DIR || DEFAULT_DATA_DIR);
  const session = await openEmbeddedSession(dataDir, readPort('EMBEDDED_PG_PORT', env, DEFAULT_EMBEDDED_PG_PORT), printLogLine);
  try {
    const urls = await provisionEmbeddedDatabases(
      session,
      onEmbedded.map((spec) => spec.name),
    );
    for (const [subgraph, { runtime, migration }] of Object.entries(urls)) {
      env[databaseUrlVariableFor(subgraph)] = runtime;
      env[migrationDatabaseUrlVariableFor(subgraph)] = migration;
    }
  } catch (error) {
    await session.end();
    throw error;
  }
  return session;
}

function runCommand(spec: ServiceSpec, command: string, env: NodeJS.ProcessEnv): Promise<number | null> {
  const own = { ...env };
  // The service's own variables only, as npm start gives them.
  for (const other of SUBGRAPHS) {
    if (other.name === spec.name) continue;
    delete own[databaseUrlVariableFor(other.name)];
    delete own[migrationDatabaseUrlVariableFor(other.name)];
    delete own[gatewaySecretVariableFor(other.name)];
  }
  const child = spawn(process.execPath, [path.join(REPO_ROOT, spec.entry), command], { cwd: REPO_ROOT, env: own, stdio: 'inherit' });
  return new Promise((resolve) => {
    child.once('error', () => resolve(null));
    child.once('close', (code) => resolve(code));
  });
}

/** `backup [--out <dir>]` and `restore <dir>`: the embedded PostgreSQL's five databases. */
async function backupOrRestore(command: 'backup' | 'restore', args: string[]): Promise<number> {
  if (process.env.DATABASE_URL || SUBGRAPHS.some((spec) => process.env[databaseUrlVariableFor(spec.name)])) {
    throw new SystemError(
      'CONFIGURATION',
      `npm run ${command} is for the embedded PostgreSQL; with DATABASE_URL or <NAME>_DATABASE_URL set, use that server's own pg_dump and pg_restore`,
    );
  }
  const dataDir = path.resolve(process.env.EMBEDDED_PG_DATA_DIR || DEFAULT_DATA_DIR);
  const port = readPort('EMBEDDED_PG_PORT', process.env, DEFAULT_EMBEDDED_PG_PORT);
  if (command === 'backup') {
    const outIndex = args.indexOf('--out');
    if (args.length !== (outIndex === -1 ? 0 : 2) || (outIndex !== -1 && !args[outIndex + 1])) throw new SystemError('CONFIGURATION', BACKUP_USAGE);
    const outDir = path.resolve(
      outIndex === -1 ? path.join(path.dirname(dataDir), 'backups', new Date().toISOString().replace(/[:.]/g, '-')) : args[outIndex + 1],
    );
    const session = await openEmbeddedSession(dataDir, port, printLogLine);
    try {
      const manifest = await backupDatabases(
        session,
        SUBGRAPHS.map((spec) => spec.name),
        outDir,
      );
      say(`backed up ${manifest.databases.map((entry) => entry.database).join(', ')} (PostgreSQL ${manifest.serverVersion}) to ${outDir}`);
    } finally {
      await session.end();
    }
    return 0;
  }
  if (args.length !== 1) throw new SystemError('CONFIGURATION', BACKUP_USAGE);
  const dir = path.resolve(args[0]);
  // Checked before the server is touched: a wrong directory changes nothing.
  await readBackup(dir);
  const session = await openEmbeddedSession(dataDir, port, printLogLine, { exclusive: true });
  try {
    const manifest = await restoreDatabases(session, dir);
    say(`restored ${manifest.databases.map((entry) => entry.database).join(', ')} from ${dir} (backed up ${manifest.createdAt})`);
  } finally {
    await session.end();
  }
  return 0;
}

async function main(): Promise<number> {
  const [command, ...args] = process.argv.slice(2);
  if (command === 'backup' || command === 'restore') return backupOrRestore(command, args);
  if (command !== 'migrate' && command !== 'seed') throw new SystemError('CONFIGURATION', USAGE);
  const specs = parseServices(args);
  const env: NodeJS.ProcessEnv = { ...process.env };
  const session = await embeddedDatabasesFor(specs, env);
  try {
    const failed: string[] = [];
    for (const spec of specs) if ((await runCommand(spec, command, env)) !== 0) failed.push(spec.name);
    if (failed.length) {
      say(`${command} failed for ${failed.join(', ')}`, 'stderr');
      return 1;
    }
    return 0;
  } finally {
    await session?.end();
  }
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (error: Error) => {
      if (error instanceof SystemError) process.stderr.write(`${error.message}\n`);
      else console.error(error);
      process.exit(1);
    },
  );
}
