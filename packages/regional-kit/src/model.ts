import type { EntityClass } from '@mikro-orm/core';
import type { HealthRegion } from '@pallnet/contract';
import type { NetworkBase } from './entities/network-base';
import type { UnitBase } from './entities/unit-base';

/** What a regional subgraph tells the shared contract code about its own model. */
export interface RegionalModel {
  region: HealthRegion;
  /** The region's own network entity (VestNetwork, …). */
  network: EntityClass<NetworkBase>;
  /** The root of the region's own unit hierarchy (single-table inheritance). */
  unit: EntityClass<UnitBase>;
  /** The concrete unit classes, each its own GraphQL type implementing OrganisationalUnit. */
  unitTypes: Array<EntityClass<UnitBase>>;
}
