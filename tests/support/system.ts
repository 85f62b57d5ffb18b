import { findFreePorts, RunningSystem, SERVICES, startSystem, StartSystemOptions } from '@pallnet/system';
import { databaseUrlVariableFor } from '@pallnet/subgraph-kit/dist/config';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freshDatabaseUrl } from './database';

/**
 * The whole real system for a test file: every subgraph as its own process on a free port, each
 * on a fresh database of the test run's PostgreSQL, and the gateway. Output is kept quiet unless
 * a test fails (it is returned by `logs()`). With `identityProvider: true` the local OpenID
 * provider runs too, on a free port with keys in a fresh temporary directory (sign in with
 * `signInAs` from ./session); the services then accept its tokens and the tests' own.
 */
export async function startTestSystem(options: Partial<StartSystemOptions> = {}): Promise<RunningSystem & { logs(): string }> {
  const names = options.services ?? SERVICES.map((service) => service.name);
  // One more for the local OpenID provider, when asked for.
  const ports = await findFreePorts(names.length + 1);
  // The rate limit is tested on its own (tests/gateway/rate-limit.test.ts); here it must not slow a test.
  const env: NodeJS.ProcessEnv = { RATE_LIMIT_PER_MINUTE: '1000000', RATE_LIMIT_BURST: '100000', ...process.env, ...options.env };
  delete env.DATABASE_URL;
  for (const name of names) {
    if (name !== 'gateway' && !env[databaseUrlVariableFor(name)]) env[databaseUrlVariableFor(name)] = freshDatabaseUrl(`${name}`);
  }
  const lines: string[] = [];
  const identityProvider = options.identityProvider
    ? {
        port: ports[names.length],
        dataDir: mkdtempSync(path.join(tmpdir(), 'pallnet-test-idp-')),
        ...(typeof options.identityProvider === 'object' ? options.identityProvider : {}),
      }
    : undefined;
  const system = await startSystem({
    ...options,
    identityProvider,
    services: names,
    env,
    ports: Object.fromEntries(names.map((name, index) => [name, ports[index]])),
    log: ({ source, text }) => {
      if (lines.length < 5000) lines.push(`[${source}] ${text}`);
    },
  });
  return Object.assign(system, { logs: () => lines.join('\n') });
}
