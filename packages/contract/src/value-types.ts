import { Directive, Field, Float, Int, ObjectType } from 'type-graphql';
import { DateScalar } from './date.scalar';
import { EventKind, FocusAreaStatus } from './enums';
import { OrganisationalUnit } from './interfaces';

/*
 * Value types of the national contract. Every regional subgraph returns them, so they are
 * @shareable and identical everywhere: one definition here keeps them so.
 */

@Directive('@shareable')
@ObjectType({ description: 'What anchors a network: an agreement, sub-agreement or mandate.' })
export class Agreement {
  @Field()
  title!: string;

  @Field(() => DateScalar, { nullable: true })
  adopted!: string | null;

  @Field(() => [DateScalar])
  revised!: string[];

  @Field(() => String, { nullable: true, description: "The document's own word for it: særavtale, underavtale, vedlegg, mandat, …" })
  kind!: string | null;

  @Field(() => String, { nullable: true, description: 'The agreement it belongs to, e.g. Delavtale nr. 2d, Tjenesteavtale 1.' })
  partOf!: string | null;

  @Field(() => [String])
  parties!: string[];

  @Field(() => DateScalar, { nullable: true, description: 'First in force (an earlier form of the agreement may be older than its adoption).' })
  inForceFrom!: string | null;

  @Field(() => String, { nullable: true, description: 'Status or history in the source document\'s words.' })
  note!: string | null;
}

@Directive('@shareable')
@ObjectType()
export class Event {
  @Field(() => EventKind)
  kind!: EventKind;

  @Field()
  title!: string;

  @Field(() => DateScalar, { nullable: true })
  date!: string | null;

  @Field(() => Int, { nullable: true, description: 'The year the event belongs to, also when its exact date is not known.' })
  year!: number | null;

  @Field(() => String, { nullable: true, description: "The source's own words for when it happened when no exact date is given, e.g. 'mars 2021'." })
  period!: string | null;

  @Field(() => Float, { nullable: true })
  hours!: number | null;

  @Field(() => Int, { nullable: true })
  registered!: number | null;

  @Field(() => Int, { nullable: true })
  attendedInPerson!: number | null;

  @Field(() => Int, { nullable: true })
  attendedDigitally!: number | null;

  @Field(() => Int, { nullable: true, description: 'Everyone who took part, in person and digitally.' })
  participants!: number | null;

  @Field(() => OrganisationalUnit, { nullable: true, description: 'The unit that held it; null when the whole network did.' })
  unit!: OrganisationalUnit | null;

  @Field(() => String, { nullable: true, description: 'How it was held: fysisk, digital or hybrid.' })
  form!: string | null;

  @Field(() => String, { nullable: true })
  location!: string | null;

  @Field(() => [String])
  themes!: string[];

  @Field(() => String, { nullable: true })
  note!: string | null;
}

@Directive('@shareable')
@ObjectType({ description: 'Hospitering: who shadowed whom, where, for how many days.' })
export class JobShadowing {
  @Field()
  who!: string;

  @Field(() => String, { nullable: true })
  host!: string | null;

  @Field(() => Int, { nullable: true })
  days!: number | null;

  @Field(() => String, { nullable: true })
  note!: string | null;
}

@Directive('@shareable')
@ObjectType()
export class FocusArea {
  @Field()
  title!: string;

  @Field(() => FocusAreaStatus)
  status!: FocusAreaStatus;
}

@Directive('@shareable')
@ObjectType()
export class Funding {
  @Field()
  source!: string;

  @Field(() => Int, { nullable: true })
  amountNok!: number | null;

  @Field(() => String, { nullable: true })
  purpose!: string | null;
}

@Directive('@shareable')
@ObjectType({ description: 'One year in the shape of the national annual-report template (seed 004).' })
export class AnnualReport {
  @Field(() => Int)
  year!: number;

  @Field(() => OrganisationalUnit, { nullable: true, description: 'The local unit this report is for; null for the whole network.' })
  unit!: OrganisationalUnit | null;

  @Field(() => Int, { nullable: true })
  membersAtYearEnd!: number | null;

  @Field(() => Int, { nullable: true })
  membersPreviousYearEnd!: number | null;

  @Field(() => Int, { nullable: true, description: 'membersAtYearEnd − membersPreviousYearEnd, when both are known.' })
  membersChange!: number | null;

  @Field(() => String, { nullable: true, description: "What the source says about the change when it gives no exact figure, e.g. 'rundt 15'." })
  membershipNote!: string | null;

  @Field(() => Int, { nullable: true })
  joined!: number | null;

  @Field(() => Int, { nullable: true })
  left!: number | null;

  @Field(() => Int, { nullable: true, description: 'Gatherings held (samlinger) and their hours in total.' })
  gatherings!: number | null;

  @Field(() => Float, { nullable: true })
  gatheringHours!: number | null;

  @Field(() => [Event])
  studyDays!: Event[];

  @Field(() => [Event])
  introductionCourses!: Event[];

  @Field(() => Int, { nullable: true, description: 'Days of job shadowing in total; null when no day count is known.' })
  jobShadowingDays!: number | null;

  @Field(() => [JobShadowing])
  jobShadowing!: JobShadowing[];

  @Field(() => [String], { description: 'Themes of the year (tema/fokusområder).' })
  themes!: string[];

  @Field(() => String, { nullable: true, description: 'Which goals were reached, or what was not done and why.' })
  goalsReached!: string | null;

  @Field(() => [FocusArea])
  focusAreas!: FocusArea[];

  @Field(() => [Funding])
  funding!: Funding[];

  @Field(() => [AnnualReport], { description: 'The same report for each local unit (lokallag, sector network, network group).' })
  localUnits!: AnnualReport[];
}
