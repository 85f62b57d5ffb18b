import { findFreePort, SUBGRAPHS, subgraphUrlVariableFor, waitForHealthy } from '@pallnet/system';
import { ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** Resident memory of a process now and at its peak, in MiB, from /proc (Linux). */
export function memoryOf(pid: number): { rssMiB: number; peakRssMiB: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN);
  return { rssMiB: Math.round(kib('VmRSS') / 1024), peakRssMiB: Math.round(kib('VmHWM') / 1024) };
}

export interface PeerGateway {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/** Starts Hive Gateway (hive-gateway.ts) in its own process over the same subgraphs; resolves once it is ready. */
export async function startHiveGateway(supergraphPath: string, subgraphUrls: Record<string, string>, headers: Record<string, Record<string, string>>): Promise<PeerGateway> {
  const port = await findFreePort();
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), SUPERGRAPH_PATH: supergraphPath, SUBGRAPH_HEADERS: JSON.stringify(headers) };
  for (const { name } of SUBGRAPHS) env[subgraphUrlVariableFor(name)] = subgraphUrls[name];
  const child = spawn(process.execPath, [path.join(__dirname, 'hive-gateway.js')], { env, stdio: ['ignore', 'ignore', 'pipe'] });
  const errors: string[] = [];
  child.stderr!.on('data', (chunk: Buffer) => errors.push(chunk.toString()));
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code) => reject(new Error(`Hive Gateway exited with code ${code} while starting: ${errors.join('').slice(-500)}`))),
  );
  try {
    // Hive Gateway answers GET /readiness once it has loaded the supergraph.
    await Promise.race([waitForHealthy(`http://127.0.0.1:${port}/readiness`, 30_000), exited]);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  exited.catch(() => undefined);
  return { url: `http://127.0.0.1:${port}/graphql`, pid: child.pid!, stop: () => stopChild(child) };
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
