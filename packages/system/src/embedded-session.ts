import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readCredentials, startEmbeddedPostgres } from './embedded-postgres';
import { claimDataDir } from './postgres-supervisor';
import { LogSink } from './service-process';
import { SystemError } from './system-error';

/** The embedded PostgreSQL for a one-off command (migrate, seed, backup, restore). */
export interface EmbeddedSession {
  url: string;
  dataDir: string;
  port: number;
  /** Whether this command started the server (and stops it in `end`) or found it running. */
  startedHere: boolean;
  end(): Promise<void>;
}

function runningPort(dataDir: string): number | undefined {
  let pid: number;
  let port: number;
  try {
    // postmaster.pid: pid, data directory, start time, port, …
    const [pidLine, , , portLine] = readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n');
    [pid, port] = [Number(pidLine), Number(portLine)];
  } catch {
    return undefined;
  }
  try {
    process.kill(pid, 0);
    return port;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM' ? port : undefined;
  }
}

/**
 * Connects to the embedded PostgreSQL of the data directory: the running one when `npm start`
 * runs (its port from postmaster.pid, its password from the credentials file), else one started
 * for the command on `port` and stopped at its end. With `exclusive`, never a running one: a
 * running `npm start` is refused with one line.
 */
export async function openEmbeddedSession(dataDir: string, port: number, log: LogSink, options: { exclusive?: boolean } = {}): Promise<EmbeddedSession> {
  const running = runningPort(dataDir);
  const credentials = await readCredentials(dataDir);
  // Exclusive (restore): a running system is refused by the claim, a leftover server stopped.
  if (running !== undefined && credentials && !options.exclusive) {
    return {
      url: `postgres://postgres:${credentials.superuser}@localhost:${running}/postgres`,
      dataDir,
      port: running,
      startedHere: false,
      end: async () => undefined,
    };
  }
  const claim = await claimDataDir(dataDir, log);
  try {
    const server = await startEmbeddedPostgres({ dataDir, port });
    return {
      url: server.url,
      dataDir,
      port,
      startedHere: true,
      async end() {
        await server.stop();
        await claim.release();
      },
    };
  } catch (error) {
    await claim.release();
    throw new SystemError('DATABASE_FAILED', (error as Error).message);
  }
}
