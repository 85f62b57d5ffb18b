import type { SubgraphDefinition } from '@pallnet/subgraph-kit';
import { migrations } from '../migrations';
import { createSorOstContext, SorOstContext } from './context';
import { entities } from './entities';
import { buildSorOstSchema } from './schema';
import { seedSorOst } from './seed/seed';

/** The Sør-Øst subgraph: Palliativt nettverk i Oslo, as its annual report 2021 describes it. */
export const sorOstSubgraph: SubgraphDefinition<SorOstContext> = {
  name: 'sor-ost',
  defaultPort: 4005,
  entities,
  migrations,
  buildSchema: buildSorOstSchema,
  createContext: createSorOstContext,
  seed: seedSorOst,
  idempotentMutations: true,
};
