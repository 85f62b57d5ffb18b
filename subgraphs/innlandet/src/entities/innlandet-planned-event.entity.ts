import { Entity, Enum, Index, Property } from '@mikro-orm/postgresql';
import { EventKind } from '@pallnet/contract';
import { OrderedNetworkRecord } from '@pallnet/regional-kit';
import { Field, Int, ObjectType } from 'type-graphql';

/**
 * A study day or course that a focus area's measures plan ('Hver høst temadag', 'Høst 2021
 * Basiskurs'). A plan, not a held event: held events with attendance go into the template's
 * event records.
 */
@ObjectType({ description: 'A theme day or course the action plan schedules, by rule or for a named season.' })
@Entity({ tableName: 'planned_event' })
export class InnlandetPlannedEvent extends OrderedNetworkRecord {
  @Index()
  @Property({ type: 'integer' })
  focusAreaId!: number;

  @Field(() => EventKind, { description: 'Temadag is a STUDY_DAY, basiskurs an INTRODUCTION_COURSE.' })
  @Enum({ items: () => EventKind })
  kind!: EventKind;

  @Field({ description: "What the plan calls it, verbatim, e.g. 'Temadag', 'basiskurs'." })
  @Property({ type: 'string' })
  title!: string;

  @Field({ description: "When, in the plan's words: a rule ('Hver høst', 'Annenhver høst') or a season ('Vår 2021')." })
  @Property({ type: 'string' })
  schedule!: string;

  @Field(() => Int, { nullable: true, description: 'The year, when the plan names one; null for a recurring rule.' })
  @Property({ type: 'integer', nullable: true })
  year: number | null = null;

  @Field(() => Int, { nullable: true, description: 'Length in days, when given.' })
  @Property({ type: 'integer', nullable: true })
  days: number | null = null;

  @Field(() => String, { nullable: true, description: "Who it is for, verbatim, e.g. 'nye ressurssykepleiere', 'alle'." })
  @Property({ type: 'string', nullable: true })
  audience: string | null = null;

  @Field(() => String, { nullable: true, description: "Why it is planned so, verbatim, e.g. 'Endring dette året pga. Corona'." })
  @Property({ type: 'text', nullable: true })
  note: string | null = null;
}
