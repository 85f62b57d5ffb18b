import type { SubgraphDefinition } from '@pallnet/subgraph-kit';
import { migrations } from '../migrations';
import { createMidtContext, MidtContext } from './context';
import { entities } from './entities';
import { buildMidtSchema } from './schema';
import { seedMidt } from './seed/seed';

/** The Midt subgraph: Helse Nord-Trøndelag's network, as its description of the network gives it. */
export const midtSubgraph: SubgraphDefinition<MidtContext> = {
  name: 'midt',
  defaultPort: 4004,
  entities,
  migrations,
  buildSchema: buildMidtSchema,
  createContext: createMidtContext,
  seed: seedMidt,
  idempotentMutations: true,
};
