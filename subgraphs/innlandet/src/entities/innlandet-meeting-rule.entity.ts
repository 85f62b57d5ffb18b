import { Entity, Index, Opt, Property } from '@mikro-orm/postgresql';
import { OrderedNetworkRecord } from '@pallnet/regional-kit';
import { Field, Int, ObjectType } from 'type-graphql';

/**
 * How often a committee meets and how: the annual cycle's rules such as '3 årlige møter (et via VK)'
 * or 'Minst ett av møtene er felles med Klinisk utvalg'. The unit's plannedMeetingsPerYear repeats
 * the count so that the national contract answers it too.
 */
@ObjectType({ description: 'A meeting rule of one unit: how many meetings a year, how many by video conference (VK), which are joint.' })
@Entity({ tableName: 'meeting_rule' })
export class InnlandetMeetingRule extends OrderedNetworkRecord {
  /** The unit whose meetings the rule sets; resolved as `unit`. */
  @Index()
  @Property({ type: 'string' })
  unitId!: string;

  @Field({ description: 'The rule as the annual cycle states it, verbatim.' })
  @Property({ type: 'text' })
  wording!: string;

  @Field(() => Int, { description: 'Meetings a year (årlige møter).' })
  @Property({ type: 'integer' })
  meetingsPerYear!: number;

  @Field(() => Int, { nullable: true, description: "How many of them are held by video conference (VK) when the rule gives a number, e.g. 1 for 'et via VK'." })
  @Property({ type: 'integer', nullable: true })
  videoConferenceMeetings: number | null = null;

  @Field(() => Boolean, { description: "True when the rule prefers video conference for the meetings in general ('gjerne via VK')." })
  @Property({ type: 'boolean' })
  videoConferencePreferred: Opt<boolean> = false;

  /** The unit the joint meetings are held with; resolved as `jointWith`. */
  @Property({ type: 'string', nullable: true })
  jointWithUnitId: string | null = null;

  @Field(() => Int, { nullable: true, description: "The least number of the meetings held jointly with `jointWith` ('Minst ett av møtene er felles')." })
  @Property({ type: 'integer', nullable: true })
  minimumJointMeetings: number | null = null;
}
