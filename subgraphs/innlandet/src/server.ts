import type { SubgraphDefinition } from '@pallnet/subgraph-kit';
import { migrations } from '../migrations';
import { createInnlandetContext, InnlandetContext } from './context';
import { entities } from './entities';
import { buildInnlandetSchema } from './schema';
import { seedInnlandet } from './seed/seed';

/** The Innlandet subgraph: Sykehuset Innlandet's network of resource nurses, as its action plan 2020-2021 describes it. */
export const innlandetSubgraph: SubgraphDefinition<InnlandetContext> = {
  name: 'innlandet',
  defaultPort: 4003,
  entities,
  migrations,
  buildSchema: buildInnlandetSchema,
  createContext: createInnlandetContext,
  seed: seedInnlandet,
  idempotentMutations: true,
};
