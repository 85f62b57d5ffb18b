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

// What tools beside the subgraph need (the benchmark adds synthetic networks to the catalog).
export { NetworkCatalogEntry } from './entities';
export { NETWORK_TYPE_BY_REGION, REGIONAL_HEALTH_AUTHORITY_OF_REGION } from './network-reference';
