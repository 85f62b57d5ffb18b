import type { SubgraphDefinition } from '@pallnet/subgraph-kit';
import { migrations } from '../migrations';
import { createNationalContext, NationalContext } from './context';
import { entities } from './entities';
import { buildNationalSchema } from './schema';
import { seedNational } from './seed/seed';

/** The national subgraph: health regions, the municipality register, the network catalog. */
export const nationalSubgraph: SubgraphDefinition<NationalContext> = {
  name: 'national',
  defaultPort: 4001,
  entities,
  migrations,
  buildSchema: buildNationalSchema,
  createContext: createNationalContext,
  seed: seedNational,
};
