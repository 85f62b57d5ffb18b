import { Entity, Index, Opt, Property } from '@mikro-orm/postgresql';
import { OrderedNetworkRecord } from '@pallnet/regional-kit';
import { Field, Float, Int, ObjectType } from 'type-graphql';

/**
 * What a group or sector network did in a year, in the report's own sections (arbeid i 2021,
 * Aktivitet i nettverket, Samlinger, Hospitering, Satsningsområde). The template's figures are
 * kept in the shared records; this keeps the report's own words and the figures only it has.
 */
@ObjectType({ description: "A year's work of the network, a governance group or a sector network, in the annual report's own sections." })
@Entity({ tableName: 'activity_report' })
export class SorOstActivityReport extends OrderedNetworkRecord {
  /** Null for the network as a whole. */
  @Index()
  @Property({ type: 'string', nullable: true })
  unitId: string | null = null;

  @Field(() => Int, { description: 'The year reported on.' })
  @Property({ type: 'integer' })
  year!: number;

  @Field(() => String, { nullable: true, description: "The report's summary line of meetings, verbatim: 'Antall møter: 3 (x 1,5 time)'." })
  @Property({ type: 'string', nullable: true })
  meetingsSummary: string | null = null;

  @Field(() => Int, { nullable: true, description: 'Meetings held in the year, as the report counts them.' })
  @Property({ type: 'integer', nullable: true })
  meetingsHeld: number | null = null;

  @Field(() => Int, { nullable: true, description: 'Meetings planned for the year.' })
  @Property({ type: 'integer', nullable: true })
  meetingsPlanned: number | null = null;

  @Field(() => Float, { nullable: true, description: 'Hours each planned meeting was to last.' })
  @Property({ type: 'double', nullable: true })
  plannedHoursPerMeeting: number | null = null;

  @Field(() => Int, { nullable: true, description: 'Of the meetings held, how many were digital, as the report counts them; null where it does not say.' })
  @Property({ type: 'integer', nullable: true })
  meetingsDigital: number | null = null;

  @Field(() => Int, {
    nullable: true,
    description:
      "Of the meetings held, how many were physical or hybrid (the report's «fysisk/ hybrid-løsning» does not tell the two apart); null where it does not say.",
  })
  @Property({ type: 'integer', nullable: true })
  meetingsPhysicalOrHybrid: number | null = null;

  @Field(() => Int, { nullable: true, description: 'Meetings cancelled.' })
  @Property({ type: 'integer', nullable: true })
  meetingsCancelled: number | null = null;

  @Field(() => String, { nullable: true, description: 'Aktivitet i nettverket / Aktiviteter, verbatim.' })
  @Property({ type: 'text', nullable: true })
  activity: string | null = null;

  @Field(() => String, { nullable: true, description: 'Samlinger: how the gatherings went, verbatim.' })
  @Property({ type: 'text', nullable: true })
  gatherings: string | null = null;

  @Field(() => String, { nullable: true, description: 'What the report says about attendance it did not count, verbatim.' })
  @Property({ type: 'text', nullable: true })
  participation: string | null = null;

  @Field(() => Int, { nullable: true, description: "How many from this sector took part in the network's joint study day." })
  @Property({ type: 'integer', nullable: true })
  jointStudyDayParticipants: number | null = null;

  @Field(() => String, { nullable: true, description: 'Hospitering: job shadowing, verbatim.' })
  @Property({ type: 'text', nullable: true })
  jobShadowing: string | null = null;

  @Field(() => [String], { description: 'Hovedsakene: the main matters of the year, verbatim.' })
  @Property({ type: 'json' })
  mainMatters: Opt<string[]> = [];

  @Field(() => [String], { description: 'Matters that had to be postponed and carried into the next year, verbatim.' })
  @Property({ type: 'json' })
  postponedMatters: Opt<string[]> = [];

  @Field(() => Int, { nullable: true, description: 'The year the plans below are for.' })
  @Property({ type: 'integer', nullable: true })
  plansForYear: number | null = null;

  @Field(() => String, { nullable: true, description: 'Satsningsområde for the next year, verbatim.' })
  @Property({ type: 'text', nullable: true })
  plans: string | null = null;

  @Field(() => String, { nullable: true, description: "Any other remark of the report's, verbatim." })
  @Property({ type: 'text', nullable: true })
  note: string | null = null;
}
