// The configuration conventions only: the package's main module would also load Apollo and
// MikroORM into the runner, which needs neither.
import { databaseUrlVariableFor, redactUrl, resolveDatabaseUrl } from '@pallnet/subgraph-kit/config';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { isPortFree } from './ports';
import { REPO_ROOT, ServiceSpec } from './repo';
import { SystemError } from './system-error';

/** Checks before anything starts, so a failure is one line and leaves nothing running. */

export async function assertPortsFree(
  specs: ServiceSpec[],
  ports: Map<string, number>,
  postgresPort: number | undefined,
  dashboardPort: number | undefined,
  waitForPortsMs = 0,
  providerPort?: number,
): Promise<void> {
  const wanted = specs.map((spec) => ({ port: ports.get(spec.name)!, owner: `${spec.kind} ${spec.name}`, variable: spec.portVariable }));
  if (dashboardPort !== undefined) wanted.push({ port: dashboardPort, owner: 'the dashboard', variable: 'DASHBOARD_PORT' });
  if (providerPort !== undefined) {
    if (wanted.some(({ port }) => port === providerPort))
      throw new SystemError('CONFIGURATION', `The local identity provider and a service are both set to port ${providerPort}`);
    wanted.push({ port: providerPort, owner: 'the local identity provider', variable: 'IDENTITY_PROVIDER_PORT' });
  }
  if (postgresPort !== undefined) {
    if (wanted.some(({ port }) => port === postgresPort)) {
      throw new SystemError('CONFIGURATION', `The embedded PostgreSQL and a service are both set to port ${postgresPort}`);
    }
    wanted.push({ port: postgresPort, owner: 'the embedded PostgreSQL', variable: 'EMBEDDED_PG_PORT' });
  }
  // A runner that was killed a moment ago may still be stopping its services: give them time.
  const deadline = Date.now() + waitForPortsMs;
  for (;;) {
    const free = await Promise.all(wanted.map(({ port }) => isPortFree(port)));
    const taken = wanted.find((_, index) => !free[index]);
    if (!taken) return;
    if (Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      continue;
    }
    throw new SystemError('PORT_IN_USE', `Port ${taken.port} is already in use (wanted by ${taken.owner}; set ${taken.variable} to use another port)`);
  }
}

export function assertBuilt(specs: ServiceSpec[]): void {
  const missing = specs.filter((spec) => !existsSync(path.join(REPO_ROOT, spec.entry)));
  if (missing.length) {
    throw new SystemError('NOT_BUILT', `Not built: ${missing.map((spec) => `${spec.name} (${spec.entry})`).join(', ')}; run npm run build`);
  }
}

export function databaseUrlOf(subgraph: string, env: NodeJS.ProcessEnv): string {
  try {
    return resolveDatabaseUrl(subgraph, env);
  } catch {
    const variable = env[databaseUrlVariableFor(subgraph)] ? databaseUrlVariableFor(subgraph) : 'DATABASE_URL';
    throw new SystemError('CONFIGURATION', `${variable} is not a valid URL: ${redactUrl(env[variable] ?? '')}`);
  }
}

/**
 * Connects once to each configured server before any service starts, so a wrong or stopped
 * database is one line naming it, not five services failing.
 */
export async function assertDatabasesReachable(urls: Record<string, string>, env: NodeJS.ProcessEnv): Promise<void> {
  // One check per server (and user), not per database.
  const byServer = new Map<string, { subgraph: string; url: string }>();
  for (const [subgraph, url] of Object.entries(urls)) {
    const parsed = new URL(url);
    byServer.set(`${parsed.username}@${parsed.host}`, byServer.get(`${parsed.username}@${parsed.host}`) ?? { subgraph, url });
  }
  const failures = await Promise.all(
    [...byServer.values()].map(async ({ subgraph, url }) => {
      const problem = await databaseProblem(url);
      return problem && { subgraph, url, problem };
    }),
  );
  const failure = failures.find((entry) => entry);
  if (failure) {
    const variable = env[databaseUrlVariableFor(failure.subgraph)] ? databaseUrlVariableFor(failure.subgraph) : 'DATABASE_URL';
    // Name the URL as the user wrote it, not the per-subgraph one derived from it.
    throw new SystemError('DATABASE_UNREACHABLE', `Cannot reach the database at ${redactUrl(env[variable] ?? failure.url)} (${variable}): ${failure.problem}`);
  }
}

/** Undefined when the server answers; a missing database is fine, its subgraph creates it. */
export async function databaseProblem(url: string): Promise<string | undefined> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    return undefined;
  } catch (error) {
    const { code, message } = error as { code?: string; message?: string };
    if (code === '3D000') return undefined;
    // Node reports a refused localhost connection (IPv6 and IPv4 tried) with an empty message.
    return message || code || String(error);
  } finally {
    await client.end().catch(() => undefined);
  }
}
