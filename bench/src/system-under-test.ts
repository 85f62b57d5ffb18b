import { findFreePorts, RunningSystem, SERVICES, startSystem, SUBGRAPHS } from '@pallnet/system';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CpuTargets } from './cpu';
import { subgraphHeaders } from './subgraph-access';

/** The whole system the benchmark measures: on an embedded PostgreSQL of its own, free ports, statement counters on. */
export interface SystemUnderTest {
  system: RunningSystem;
  gatewayUrl: string;
  subgraphUrls: Record<string, string>;
  /** The headers a request straight to each subgraph needs (its gateway secret). */
  subgraphHeaders: Record<string, Record<string, string>>;
  /** The processes whose CPU is accounted for: the gateway, each subgraph, PostgreSQL (its whole process tree). */
  cpuTargets: CpuTargets;
  /** SQL statements all subgraphs have run so far. */
  statementCount(): Promise<number>;
  logs: string[];
  stop(): Promise<void>;
}

export async function startSystemUnderTest(say: (text: string) => void, extraEnv: NodeJS.ProcessEnv = {}): Promise<SystemUnderTest> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'pallnet-bench-'));
  const logs: string[] = [];
  const ports = await findFreePorts(SERVICES.length + 1);
  // A load generator is one client far above any person's rate: the gateway's rate limit stays out of the figures.
  const env: NodeJS.ProcessEnv = { ...process.env, SQL_STATEMENT_COUNTER: 'true', SEED: 'true', LOG_SQL: 'false', RATE_LIMIT_PER_MINUTE: '0', ...extraEnv };
  // The users' tokens (tokens.ts) are signed with a key of this run's own, never a public one.
  if (!env.OIDC_ISSUER && !env.JWT_PUBLIC_KEYS) env.JWT_SECRET ||= randomBytes(32).toString('hex');
  // Its own embedded database, whatever the shell has configured.
  for (const variable of Object.keys(env)) if (variable === 'DATABASE_URL' || variable.endsWith('_DATABASE_URL')) delete env[variable];
  say(`starting the system (embedded PostgreSQL in ${dataDir})`);
  let system: RunningSystem;
  try {
    system = await startSystem({
      dataDir,
      postgresPort: ports[SERVICES.length],
      ports: Object.fromEntries(SERVICES.map((service, index) => [service.name, ports[index]])),
      env,
      log: ({ source, text }) => {
        if (logs.length < 2_000) logs.push(`[${source}] ${text}`);
      },
    });
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  const subgraphUrls = Object.fromEntries(SUBGRAPHS.map(({ name }) => [name, system.service(name).url]));
  const cpuTargets: CpuTargets = { gateway: { pid: system.service('gateway').pid! } };
  for (const { name } of SUBGRAPHS) cpuTargets[name] = { pid: system.service(name).pid! };
  if (system.database.embedded) cpuTargets.postgres = { pid: system.database.embedded.pid, tree: true };
  const counterUrls = Object.values(subgraphUrls).map((url) => url.replace(/\/graphql$/, '/debug/sql-statements'));
  return {
    system,
    gatewayUrl: system.gatewayUrl!,
    subgraphUrls,
    subgraphHeaders: subgraphHeaders(Object.keys(subgraphUrls), system.env),
    cpuTargets,
    logs,
    async statementCount() {
      const counts = await Promise.all(
        counterUrls.map(async (url) => {
          const response = await fetch(url);
          if (!response.ok) throw new Error(`${url} answered ${response.status}: is SQL_STATEMENT_COUNTER on?`);
          return ((await response.json()) as { count: number }).count;
        }),
      );
      return counts.reduce((sum, count) => sum + count, 0);
    },
    async stop() {
      await system.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Every network id of the national catalog, through the gateway. */
export async function catalogNetworkIds(gatewayUrl: string): Promise<string[]> {
  const response = await fetch(gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ networks { id } }' }),
  });
  const body = (await response.json()) as { data?: { networks?: Array<{ id: string }> }; errors?: unknown[] };
  if (!body.data?.networks || body.errors) throw new Error(`the catalog did not answer: ${JSON.stringify(body).slice(0, 300)}`);
  return body.data.networks.map((network) => network.id);
}
