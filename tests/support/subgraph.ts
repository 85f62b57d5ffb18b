import type { RunningSubgraph, SubgraphContext, SubgraphDefinition } from '@pallnet/subgraph-kit';
import { startSubgraph } from '@pallnet/subgraph-kit';
import { freshDatabaseUrl } from './database';

/**
 * Starts one real subgraph in this test process: its own fresh database, migrations, seed data,
 * HTTP on a free port. Only one subgraph per test file: type-graphql keeps its metadata per
 * process, and each test file runs in its own module registry.
 */
export function startTestSubgraph<TContext extends SubgraphContext>(
  definition: SubgraphDefinition<TContext>,
  options: { seed?: boolean; databaseUrl?: string } = {},
): Promise<RunningSubgraph> {
  return startSubgraph(definition, {
    port: 0,
    host: '127.0.0.1',
    databaseUrl: options.databaseUrl ?? freshDatabaseUrl(definition.name),
    seed: options.seed ?? true,
  });
}
