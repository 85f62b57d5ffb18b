import { Entity, Index, Opt, PrimaryKey, Property } from '@mikro-orm/postgresql';

/**
 * Common columns of a region's own record tables: each row belongs to one network and keeps its
 * place in the source document (`position`), for stable listings (see IN_SOURCE_ORDER).
 */
@Entity({ abstract: true })
export abstract class OrderedNetworkRecord {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Index()
  @Property({ type: 'string' })
  networkId!: string;

  /** Order in the source document. */
  @Property({ type: 'integer' })
  position: Opt<number> = 0;
}
