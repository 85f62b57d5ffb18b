import { Entity, Opt, OptionalProps, PrimaryKey, Property } from '@mikro-orm/postgresql';
import type { HealthRegion, SourceNote } from '@pallnet/contract';

/**
 * The columns every region's own network entity has; each region extends it with its own
 * variant (VestNetwork, InnlandetNetwork, …) in its own `network` table.
 */
@Entity({ abstract: true })
export abstract class NetworkBase {
  [OptionalProps]?: 'region';

  /** Unique across regions, and the same as the national catalog's entry. */
  @PrimaryKey({ type: 'string' })
  id!: string;

  @Property({ type: 'string' })
  name!: string;

  @Property({ type: 'string' })
  healthTrust!: string;

  @Property({ type: 'integer', nullable: true })
  established: number | null = null;

  /** Values the documents do not state in these words, and how they were arrived at. */
  @Property({ type: 'json', default: '[]' })
  sourceNotes: Opt<SourceNote[]> = [];

  /** The region is the subgraph's, not the row's. */
  abstract get region(): HealthRegion;
}
