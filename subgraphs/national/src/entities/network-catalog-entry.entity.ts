import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { HealthRegion } from '@pallnet/contract';

/**
 * Which networks exist and which region resolves each one. The catalog holds no regional
 * detail: names, units and figures live in the owning region's database.
 */
@Entity({ tableName: 'network_catalog' })
export class NetworkCatalogEntry {
  [OptionalProps]?: 'registeredAt';

  /** Unique across regions: the gateway routes a reference by its type and id. */
  @PrimaryKey({ type: 'string' })
  id!: string;

  @Index()
  @Enum({ items: () => HealthRegion })
  region!: HealthRegion;

  /** The concrete GraphQL type its region resolves, e.g. VestNetwork. */
  @Property({ type: 'string' })
  typeName!: string;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  registeredAt: Date = new Date();
}
