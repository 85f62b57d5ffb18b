import type { RunningSubgraph, SubgraphContext, SubgraphDefinition, SubgraphOptions } from '@pallnet/subgraph-kit';
import { GATEWAY_SECRET_HEADER, readTokenKeys, startSubgraph } from '@pallnet/subgraph-kit';
import { randomBytes } from 'node:crypto';
import { freshDatabaseUrl } from './database';

export interface TestSubgraph extends RunningSubgraph {
  /** The secret it requires, as the gateway would send it. */
  gatewaySecret: string;
  /** Headers that get a request past its gateway check: pass the subgraph itself to postGraphQL/queryOk. */
  headers: Record<string, string>;
}

/**
 * Starts one real subgraph in this test process: its own fresh database, migrations, seed data,
 * HTTP on a free port, a gateway secret of its own and the token keys the tests sign with.
 * Only one subgraph per test file: type-graphql keeps its metadata per process, and each test
 * file runs in its own module registry.
 */
export async function startTestSubgraph<TContext extends SubgraphContext>(
  definition: SubgraphDefinition<TContext>,
  options: { seed?: boolean; databaseUrl?: string; limits?: SubgraphOptions['limits'] } = {},
): Promise<TestSubgraph> {
  const gatewaySecret = randomBytes(24).toString('hex');
  const subgraph = await startSubgraph(definition, {
    port: 0,
    host: '127.0.0.1',
    databaseUrl: options.databaseUrl ?? freshDatabaseUrl(definition.name),
    seed: options.seed ?? true,
    tokenKeys: readTokenKeys(),
    gatewaySecret,
    limits: options.limits,
  });
  return Object.assign(subgraph, { gatewaySecret, headers: { [GATEWAY_SECRET_HEADER]: gatewaySecret } });
}
