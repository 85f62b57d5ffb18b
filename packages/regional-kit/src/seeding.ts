import type { EntityClass, RequiredEntityData } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { NetworkBase } from './entities/network-base';

/**
 * Loads a region's source data into an empty database only (an existing one gets its
 * corrections from migrations): returns false when the region already has a network.
 */
export async function seedIntoEmptyDatabase(
  em: EntityManager,
  network: EntityClass<NetworkBase>,
  load: (tx: EntityManager) => void | Promise<void>,
): Promise<boolean> {
  if ((await em.count(network)) > 0) return false;
  await em.transactional(load);
  return true;
}

/** Creates one row per item of a network, keeping the source document's order in `position`. */
export function createInSourceOrder<T extends { networkId: string; position: number }>(
  em: EntityManager,
  entity: EntityClass<T>,
  networkId: string,
  items: ReadonlyArray<Omit<RequiredEntityData<T>, 'networkId' | 'position'>>,
): void {
  items.forEach((item, position) => em.create(entity, { ...item, networkId, position } as RequiredEntityData<T>));
}
