import { Entity, Enum, Index, Opt, Property } from '@mikro-orm/postgresql';
import { EventKind } from '@pallnet/contract';
import { OrderedNetworkRecord } from '@pallnet/regional-kit';
import { Field, Int, ObjectType } from 'type-graphql';

/**
 * One bullet of the annual cycle. These are plans that recur every year, not events that were
 * held, so they stay here and never become the template's event records.
 */
@ObjectType({ description: 'An activity the annual cycle plans in a period: a meeting, a theme day, a newsletter, a dialogue.' })
@Entity({ tableName: 'cycle_activity' })
export class InnlandetCycleActivity extends OrderedNetworkRecord {
  @Index()
  @Property({ type: 'integer' })
  periodId!: number;

  @Field({ description: 'The activity, verbatim.' })
  @Property({ type: 'text' })
  text!: string;

  @Field(() => EventKind, { nullable: true, description: 'The national kind of event it plans, when it plans a meeting, a theme day or a course.' })
  @Enum({ items: () => EventKind, nullable: true })
  eventKind: EventKind | null = null;

  @Field(() => Int, { nullable: true, description: "The month the activity names inside its period ('Basiskurs- oktober' → 10)." })
  @Property({ type: 'integer', nullable: true })
  month: number | null = null;

  @Field(() => Int, { nullable: true, description: "The day of that month, when named ('24. mars' → 24); the cycle names no year." })
  @Property({ type: 'integer', nullable: true })
  day: number | null = null;

  /** The units the activity names; resolved as `units`. */
  @Property({ type: 'json' })
  unitIds: Opt<string[]> = [];

  @Field(() => Boolean, { nullable: true, description: 'True when it is held digitally or by video conference; null when the cycle does not say.' })
  @Property({ type: 'boolean', nullable: true })
  digital: boolean | null = null;

  @Field(() => Boolean, {
    nullable: true,
    description: "For a meeting of two units: true when (part of) it is joint, false when the cycle says 'ikke felles'; null otherwise.",
  })
  @Property({ type: 'boolean', nullable: true })
  jointMeeting: boolean | null = null;
}
