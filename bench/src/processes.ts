import { findFreePort, GATEWAY, REPO_ROOT, SUBGRAPHS, subgraphUrlVariableFor, waitForHealthy } from '@pallnet/system';
import { ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** Resident memory of a process now and at its peak, in MiB, from /proc (Linux). */
export function memoryOf(pid: number): { rssMiB: number; peakRssMiB: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN);
  return { rssMiB: Math.round(kib('VmRSS') / 1024), peakRssMiB: Math.round(kib('VmHWM') / 1024) };
}

export interface GatewayProcess {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/** Starts Hive Gateway (hive-gateway.ts) in its own process over the same subgraphs; resolves once it is ready. */
export async function startHiveGateway(
  supergraphPath: string,
  subgraphUrls: Record<string, string>,
  headers: Record<string, Record<string, string>>,
  options: { deduplication: boolean },
): Promise<GatewayProcess> {
  const port = await findFreePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    SUPERGRAPH_PATH: supergraphPath,
    SUBGRAPH_HEADERS: JSON.stringify(headers),
    HIVE_DEDUPLICATION: String(options.deduplication),
  };
  for (const { name } of SUBGRAPHS) env[subgraphUrlVariableFor(name)] = subgraphUrls[name];
  // Hive Gateway answers GET /readiness once it has loaded the supergraph.
  return startGatewayProcess('Hive Gateway', path.join(__dirname, 'hive-gateway.js'), env, port, '/readiness');
}

/**
 * Starts another of our gateways, with the system's environment and some settings of its own
 * (SUBGRAPH_DEDUPLICATION=false, say), to measure what a setting is worth.
 */
export async function startOurGateway(systemEnv: NodeJS.ProcessEnv, settings: NodeJS.ProcessEnv): Promise<GatewayProcess> {
  const port = await findFreePort();
  return startGatewayProcess('the gateway', path.join(REPO_ROOT, GATEWAY.entry), { ...systemEnv, ...settings, PORT: String(port) }, port, '/health/live');
}

async function startGatewayProcess(label: string, script: string, env: NodeJS.ProcessEnv, port: number, readinessPath: string): Promise<GatewayProcess> {
  const child = spawn(process.execPath, [script], { env, stdio: ['ignore', 'ignore', 'pipe'] });
  const errors: string[] = [];
  child.stderr!.on('data', (chunk: Buffer) => errors.push(chunk.toString()));
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code) => reject(new Error(`${label} exited with code ${code} while starting: ${errors.join('').slice(-500)}`))),
  );
  try {
    await Promise.race([waitForHealthy(`http://127.0.0.1:${port}${readinessPath}`, 30_000), exited]);
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
