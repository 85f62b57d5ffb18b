import type { EntityManager } from '@mikro-orm/postgresql';
import type { HealthRegion } from '@pallnet/contract';
import { oneLoader, readWhereIn, rowsByKey, SubgraphContext, Viewer } from '@pallnet/subgraph-kit';
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
      (ids) => readWhereIn(em, NetworkCatalogEntry, 'id', ids),
      (entry) => entry.id,
    ),
    catalogByRegion: rowsByKey<HealthRegion, NetworkCatalogEntry>(em, NetworkCatalogEntry, 'region', [['id', 'asc']]),
  };
}

export function createNationalContext(em: EntityManager, viewer: Viewer | null): NationalContext {
  return { em, viewer, loaders: createLoaders(em) };
}
