import { Entity, Index, Opt, OptionalProps, PrimaryKey, Property } from '@mikro-orm/postgresql';
import type { GovernanceLevel } from '@pallnet/contract';

/**
 * The columns every region's own kind of unit has. Each region maps its units with single-table
 * inheritance onto its own `unit` table, one class per kind of unit with its own fields; the
 * class fixes the region's term for it and its national level.
 */
@Entity({ abstract: true })
export abstract class UnitBase {
  [OptionalProps]?: 'localTerm' | 'level' | 'parentInferred';

  @PrimaryKey({ type: 'string' })
  id!: string;

  @Index()
  @Property({ type: 'string' })
  networkId!: string;

  @Property({ type: 'string' })
  name!: string;

  /** The unit this one reports to; null at the top. */
  @Index()
  @Property({ type: 'string', nullable: true })
  parentId: string | null = null;

  /** How the link to the parent was inferred where the source does not state it; null where it does. */
  @Property({ type: 'text', nullable: true })
  parentNote: string | null = null;

  get parentInferred(): boolean {
    return this.parentNote !== null;
  }

  @Property({ type: 'integer', nullable: true })
  plannedMeetingsPerYear: number | null = null;

  /** Order in the source document, for stable listings. */
  @Property({ type: 'integer' })
  position: Opt<number> = 0;

  /** Goes up by one with every edit; an editor's update names the version it read (optimistic locking). */
  @Property({ type: 'integer', default: 1 })
  version: Opt<number> = 1;

  abstract get localTerm(): string;
  abstract get level(): GovernanceLevel;
}
