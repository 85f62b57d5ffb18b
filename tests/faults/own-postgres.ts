import { ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';

/** A PostgreSQL server of a test's own (postgres-server.mjs in its own process), to stop and start again. */
export interface OwnPostgres {
  /** Server URL with the maintenance database; replace the path with a database name. */
  url: string;
  start(): Promise<void>;
  /** Fast shutdown: sessions end, committed transactions stay. */
  stop(): Promise<void>;
  /** A crash: PostgreSQL stops in immediate mode (no checkpoint; recovery from the WAL at the next start), its runner is killed. */
  crash(): Promise<void>;
}

const SCRIPT = path.join(__dirname, 'postgres-server.mjs');
const START_TIMEOUT_MS = 60_000;

export async function startOwnPostgres(dataDir: string, port: number): Promise<OwnPostgres> {
  let child: ChildProcess | undefined;
  let url = '';
  let postmasterPid = 0;
  const start = async () => {
    const process_ = spawn(process.execPath, [SCRIPT, dataDir, String(port)], { stdio: ['ignore', 'pipe', 'pipe'] });
    child = process_;
    const errors: string[] = [];
    process_.stderr!.on('data', (chunk: Buffer) => errors.push(chunk.toString()));
    url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`PostgreSQL did not start within ${START_TIMEOUT_MS / 1000} s`)), START_TIMEOUT_MS);
      createInterface({ input: process_.stdout! }).on('line', (line) => {
        if (line.startsWith('postmaster ')) postmasterPid = Number(line.slice('postmaster '.length));
        if (!line.startsWith('ready ')) return;
        clearTimeout(timer);
        resolve(line.slice('ready '.length));
      });
      process_.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`PostgreSQL exited with code ${code} while starting: ${errors.join('').slice(-500)}`));
      });
    });
  };
  const stop = async () => {
    const running = child;
    child = undefined;
    if (!running || running.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      running.once('exit', () => resolve());
      running.kill('SIGTERM');
    });
  };
  const crash = async () => {
    const running = child;
    child = undefined;
    // SIGQUIT is PostgreSQL's immediate shutdown (pg_ctl stop -m immediate).
    process.kill(postmasterPid, 'SIGQUIT');
    for (const deadline = Date.now() + 20_000; Date.now() < deadline;) {
      try {
        process.kill(postmasterPid, 0);
      } catch {
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    if (running && running.exitCode === null && running.signalCode === null) {
      await new Promise<void>((resolve) => {
        running.once('exit', () => resolve());
        running.kill('SIGKILL');
      });
    }
  };
  await start();
  return {
    get url() {
      return url;
    },
    start,
    stop,
    crash,
  };
}
