export * from './municipality.entity';
export * from './network-catalog-entry.entity';
export * from './region.entity';

import { Municipality } from './municipality.entity';
import { NetworkCatalogEntry } from './network-catalog-entry.entity';
import { Region } from './region.entity';

export const entities = [Municipality, NetworkCatalogEntry, Region];
