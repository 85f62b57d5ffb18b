import type { SubgraphDefinition } from '@pallnet/subgraph-kit';
import { migrations } from '../migrations';
import { createVestContext, VestContext } from './context';
import { entities } from './entities';
import { buildVestSchema } from './schema';
import { seedVest } from './seed/seed';

/** The Vest subgraph: Helse Stavanger's network, as its agreement of 25.10.2023 describes it. */
export const vestSubgraph: SubgraphDefinition<VestContext> = {
  name: 'vest',
  defaultPort: 4002,
  entities,
  migrations,
  buildSchema: buildVestSchema,
  createContext: createVestContext,
  seed: seedVest,
  idempotentMutations: true,
};
