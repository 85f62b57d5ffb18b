import type { EntityManager } from '@mikro-orm/postgresql';
import type { HealthRegion } from '@pallnet/contract';
import { groupLoader, oneLoader, readWhereIn, SubgraphContext, Viewer } from '@pallnet/subgraph-kit';
import { Municipality, NetworkCatalogEntry } from './entities';

export interface NationalContext extends SubgraphContext {
  loaders: ReturnType<typeof createLoaders>;
}

function createLoaders(em: EntityManager) {
  return {
    municipality: oneLoader<string, Municipality>(
      (numbers) => readWhereIn(em, Municipality, 'number', numbers),
      (municipality) => municipality.number,
    ),
    catalogEntry: oneLoader<string, NetworkCatalogEntry>(
      (ids) => em.find(NetworkCatalogEntry, { id: { $in: [...ids] } }),
      (entry) => entry.id,
    ),
    catalogByRegion: groupLoader<HealthRegion, NetworkCatalogEntry>(
      (regions) => readWhereIn(em, NetworkCatalogEntry, 'region', regions, [['id', 'asc']]),
      (entry) => entry.region,
    ),
  };
}

export function createNationalContext(em: EntityManager, viewer: Viewer | null): NationalContext {
  return { em, viewer, loaders: createLoaders(em) };
}
