import type { EntityManager } from '@mikro-orm/postgresql';

/** How much synthetic data a region generates: the same for every region, so sizes compare. */
export interface SyntheticSize {
  networks: number;
  unitsPerNetwork: number;
  eventsPerUnit: number;
}

/**
 * Adds `size.networks` synthetic networks of the region's shape, numbered from `from` (call
 * again with a higher `from` to add more); returns their ids.
 */
export type SeedSyntheticNetworks = (em: EntityManager, size: SyntheticSize, from?: number) => Promise<string[]>;
