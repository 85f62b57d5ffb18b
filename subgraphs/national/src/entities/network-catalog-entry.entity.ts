import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { HealthRegion, RegionalHealthAuthority } from '@pallnet/contract';

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

  /** The regional health authority (RHF) the network's health trust area belongs to. */
  @Index()
  @Enum({ items: () => RegionalHealthAuthority })
  regionalHealthAuthority!: RegionalHealthAuthority;

  /** The concrete GraphQL type its region resolves, e.g. VestNetwork. */
  @Property({ type: 'string' })
  typeName!: string;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  registeredAt: Date = new Date();
}
