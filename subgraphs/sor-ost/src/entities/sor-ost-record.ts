import { Entity, Index, Opt, PrimaryKey, Property } from '@mikro-orm/postgresql';

/** Common columns of Sør-Øst's own record tables: each row belongs to one network, in document order. */
@Entity({ abstract: true })
export abstract class SorOstRecord {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Index()
  @Property({ type: 'string' })
  networkId!: string;

  /** Order in the source document, for stable listings. */
  @Property({ type: 'integer' })
  position: Opt<number> = 0;
}
