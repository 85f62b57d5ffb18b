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
}

const SCRIPT = path.join(__dirname, 'postgres-server.mjs');
const START_TIMEOUT_MS = 60_000;

export async function startOwnPostgres(dataDir: string, port: number): Promise<OwnPostgres> {
  let child: ChildProcess | undefined;
  let url = '';
  const start = async () => {
    const process_ = spawn(process.execPath, [SCRIPT, dataDir, String(port)], { stdio: ['ignore', 'pipe', 'pipe'] });
    child = process_;
    const errors: string[] = [];
    process_.stderr!.on('data', (chunk: Buffer) => errors.push(chunk.toString()));
    url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`PostgreSQL did not start within ${START_TIMEOUT_MS / 1000} s`)), START_TIMEOUT_MS);
      createInterface({ input: process_.stdout! }).on('line', (line) => {
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
  await start();
  return {
    get url() {
      return url;
    },
    start,
    stop,
  };
}
