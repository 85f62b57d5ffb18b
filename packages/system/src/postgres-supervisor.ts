import { existsSync, readFileSync } from 'node:fs';
import { unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { EmbeddedPostgresServer, RECOVERY_LINE, startEmbeddedPostgres } from './embedded-postgres';
import { REPO_ROOT } from './repo';
import { LogSink } from './service-process';
import { SystemError } from './system-error';

/**
 * The embedded PostgreSQL of `npm start` over its whole life: who owns its data directory, what
 * is left from a run that was killed, crash recovery, and a restart when it dies under the system.
 */

/** Written into the data directory while a runner owns it: its pid, so a second runner can tell. */
const RUNNER_FILE = 'pallnet-runner.pid';
const POSTGRES_NOTEWORTHY = /\b(WARNING|ERROR|FATAL|PANIC):/;

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: alive, but another user's process (PostgreSQL's, when this runner is not root).
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Whether the live process `pid` runs `program` (Linux: /proc; elsewhere, trust the pid). */
function runs(pid: number, program: string): boolean {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(program);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ENOENT' || !readableProc();
  }
}

function readableProc(): boolean {
  try {
    readFileSync('/proc/self/cmdline');
    return true;
  } catch {
    return false;
  }
}

function readPid(file: string, line = 0): number | undefined {
  try {
    const pid = Number(readFileSync(file, 'utf8').split('\n')[line]);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

async function waitUntilGone(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid)) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return true;
}

export function shownPath(dir: string): string {
  const relative = path.relative(REPO_ROOT, dir);
  return relative.startsWith('..') ? dir : relative;
}

export interface DataDirClaim {
  /** A runner that owned the directory was killed (its services may still be stopping). */
  previousRunnerDied: boolean;
  release(): Promise<void>;
}

/**
 * Makes this process the owner of the data directory. Another live runner on it is refused, with
 * one line naming it. A PostgreSQL that no live runner owns (left when its runner was killed, and
 * not yet stopped by its guard) is stopped cleanly, and start-up goes on.
 */
export async function claimDataDir(dataDir: string, log: LogSink): Promise<DataDirClaim> {
  const runnerFile = path.join(dataDir, RUNNER_FILE);
  const runner = readPid(runnerFile);
  const runnerAlive = runner !== undefined && runner !== process.pid && isAlive(runner) && runs(runner, 'node');
  const postmaster = readPid(path.join(dataDir, 'postmaster.pid'));
  const postgresAlive = postmaster !== undefined && isAlive(postmaster) && runs(postmaster, 'postgres');

  if (runnerAlive) {
    throw new SystemError(
      'ALREADY_RUNNING',
      `Another npm start (pid ${runner}) is already running on ${shownPath(dataDir)}` +
        (postgresAlive ? ` with its PostgreSQL (pid ${postmaster})` : '') +
        `; use that one, or stop it first (Ctrl-C in its terminal, or kill ${runner})`,
    );
  }
  if (postgresAlive) {
    log({ source: 'system', stream: 'stdout', text: `stopping the PostgreSQL (pid ${postmaster}) that an earlier run left on ${shownPath(dataDir)}` });
    await stopLeftover(postmaster);
  }
  // No cluster yet: initdb wants an empty directory, and the claim is written once it has run.
  if (existsSync(path.join(dataDir, 'PG_VERSION'))) await writeFile(runnerFile, `${process.pid}\n`);
  return {
    previousRunnerDied: runner !== undefined && runner !== process.pid && !runnerAlive,
    async release() {
      if (readPid(runnerFile) === process.pid) await unlink(runnerFile).catch(() => undefined);
    },
  };
}

/** Fast shutdown; immediate shutdown if that hangs (crash recovery on the next start); SIGKILL last. */
async function stopLeftover(pid: number): Promise<void> {
  for (const [signal, waitMs] of [
    ['SIGINT', 20_000],
    ['SIGQUIT', 10_000],
    ['SIGKILL', 5_000],
  ] as const) {
    try {
      process.kill(pid, signal);
    } catch {
      return;
    }
    if (await waitUntilGone(pid, waitMs)) return;
  }
  throw new SystemError('DATABASE_FAILED', `The PostgreSQL left on the data directory (pid ${pid}) does not stop; stop it by hand: kill -9 ${pid}`);
}

export interface SupervisedPostgres {
  readonly current: EmbeddedPostgresServer;
  stop(): Promise<void>;
}

/**
 * Starts the embedded PostgreSQL in its own process group and keeps it running: when it dies
 * under the system (killed, out of memory), it is started again on the same port and data, which
 * runs PostgreSQL's own crash recovery; the services' connection pools reconnect by themselves.
 */
export async function startSupervisedPostgres(dataDir: string, port: number, log: LogSink, claim: DataDirClaim): Promise<SupervisedPostgres> {
  const say = (stream: 'stdout' | 'stderr', text: string) => log({ source: 'system', stream, text });
  say('stdout', `starting embedded PostgreSQL on port ${port} (data in ${shownPath(dataDir)})`);
  // Recovery can run in an attempt that then fails (a busy machine, shared memory still held by
  // the dead server's backends): remembered across attempts, so the next good start reports it.
  let recoveryRan = false;
  const start = async (): Promise<EmbeddedPostgresServer> => {
    const server = await startEmbeddedPostgres({
      dataDir,
      port,
      // Its own process group, like the services: it must outlive them during a Ctrl-C.
      detached: true,
      onLog: (text) => {
        if (RECOVERY_LINE.test(text)) recoveryRan = true;
        if (POSTGRES_NOTEWORTHY.test(text)) log({ source: 'postgres', stream: 'stderr', text });
      },
    }).catch((error: Error) => {
      throw new SystemError('DATABASE_FAILED', error.message);
    });
    const recovered = server.recovered || recoveryRan;
    recoveryRan = false;
    if (recovered) {
      say('stdout', 'PostgreSQL had not been shut down cleanly: it ran crash recovery from its write-ahead log, so every committed write is kept');
    }
    return server;
  };

  let current = await start();
  // A fresh data directory exists only now: claim it.
  await writeFile(path.join(dataDir, RUNNER_FILE), `${process.pid}\n`);
  let stopping = false;
  const watch = (server: EmbeddedPostgresServer) => {
    server.exited.then(async ({ code, signal }) => {
      if (stopping) return;
      say('stderr', `!!! embedded PostgreSQL exited unexpectedly (${signal ? `signal ${signal}` : `code ${code}`}); starting it again`);
      // Its orphaned backends hold the shared memory for a moment after the postmaster dies.
      for (let attempt = 1; !stopping; attempt += 1) {
        try {
          current = await start();
          if (stopping) await current.stop();
          else {
            say('stdout', `embedded PostgreSQL is back (pid ${current.pid})`);
            watch(current);
          }
          return;
        } catch (error) {
          if (attempt >= 30) {
            say('stderr', `!!! embedded PostgreSQL does not start again: ${(error as Error).message}`);
            return;
          }
          await new Promise((resolve) => setTimeout(resolve, 1_000));
        }
      }
    });
  };
  watch(current);
  return {
    get current() {
      return current;
    },
    async stop() {
      stopping = true;
      await current.stop();
      await claim.release();
    },
  };
}
