import { Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar } from './date.scalar';
import { EventKind, FigureSource, FocusAreaStatus } from './enums';
import { OrganisationalUnit } from './interfaces';
import { MunicipalityReference } from './municipality';

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

  @Field(() => String, { nullable: true, description: "Status or history in the source document's words." })
  note!: string | null;
}

@Directive('@shareable')
@ObjectType()
export class Event {
  @Field(() => ID, { description: "The event's id in its region's records; with version, what an editor's update names." })
  id!: string;

  @Field(() => Int, { description: 'Goes up by one with every change; an update must name the version it read.' })
  version!: number;

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

  @Field(() => Boolean, {
    nullable: true,
    description:
      "The national template's «andre enn ressurspersoner invitert?» for a study day: whether others than resource persons were invited; null where not reported.",
  })
  othersThanResourcePersonsInvited!: boolean | null;
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

  @Field(() => MunicipalityReference, {
    nullable: true,
    description: "The national template's «XX fra -kommune»: the municipality the visitor comes from; null where not reported.",
  })
  homeMunicipality!: MunicipalityReference | null;
}

@Directive('@shareable')
@ObjectType()
export class FocusArea {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'Goes up by one with every change; an update must name the version it read.' })
  version!: number;

  @Field()
  title!: string;

  @Field(() => FocusAreaStatus, {
    nullable: true,
    description: 'New, continued or completed as the source states it; null where the source gives no status (unknown, not inferred).',
  })
  status!: FocusAreaStatus | null;

  @Field(() => String, { nullable: true, description: "The source's own words on the focus area or its status, or how a status was read from them." })
  note!: string | null;
}

@Directive('@shareable')
@ObjectType()
export class Funding {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'Goes up by one with every change; an update must name the version it read.' })
  version!: number;

  @Field()
  source!: string;

  @Field(() => Int, { nullable: true })
  amountNok!: number | null;

  @Field(() => String, { nullable: true })
  purpose!: string | null;
}

@Directive('@shareable')
@ObjectType({ description: 'Members of a network or unit at a date, and where the count comes from.' })
export class MemberFigure {
  @Field(() => Int)
  count!: number;

  @Field(() => FigureSource)
  source!: FigureSource;

  @Field(() => Int, { nullable: true, description: 'The year whose 31 December the count is for; null when the source gives none.' })
  year!: number | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'The day counted: 31 December of the year, today for the current figure, or the date a report gives.',
  })
  asOf!: string | null;
}

@Directive('@shareable')
@ObjectType({
  description:
    'A hospital unit (ward, palliative team) that treats patients in need of palliative care, as the region registers them; the national template asks for a resource person in each.',
})
export class HospitalUnit {
  @Field(() => ID)
  id!: string;

  @Field({ description: "The unit's name, e.g. 'Kirurgisk sengepost 1'." })
  name!: string;

  @Field(() => String, { nullable: true, description: "The hospital it belongs to, e.g. 'Stavanger universitetssjukehus'." })
  hospital!: string | null;

  @Field(() => Int, { description: 'Goes up by one with every change; an update must name the version it read.' })
  version!: number;
}

@Directive('@shareable')
@ObjectType({
  description:
    'Coverage as the national template defines it, at 31 December of a year: every municipality of the area has at least one resource person from home care and one from a nursing home, and every hospital unit treating these patients has at least one. A list is null where what it checks is not known (no municipalities recorded for the area, no hospital units registered), never an empty list that would read as complete.',
})
export class Coverage {
  @Field(() => Int)
  year!: number;

  @Field(() => DateScalar, { description: '31 December of the year: resource persons appointed on that day count.' })
  asOf!: string;

  @Field(() => [MunicipalityReference], { description: 'The municipalities of the area, as its units list them.' })
  municipalities!: MunicipalityReference[];

  @Field(() => [MunicipalityReference], {
    nullable: true,
    description: 'Municipalities of the area without a resource person in home care; null when the area has no municipalities recorded.',
  })
  municipalitiesWithoutHomeCare!: MunicipalityReference[] | null;

  @Field(() => [MunicipalityReference], {
    nullable: true,
    description: 'Municipalities of the area without a resource person in a nursing home; null when the area has no municipalities recorded.',
  })
  municipalitiesWithoutNursingHome!: MunicipalityReference[] | null;

  @Field({ description: 'Whether the hospital units are known: true once the region has registered any for this network or unit.' })
  hospitalUnitsKnown!: boolean;

  @Field(() => [HospitalUnit], {
    nullable: true,
    description: 'Registered hospital units without a resource person; null while no hospital unit is registered (unknown, not complete).',
  })
  hospitalUnitsWithoutResourcePerson!: HospitalUnit[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'True when nothing is missing, false when something is, null when a part is unknown and nothing known is missing.',
  })
  complete!: boolean | null;
}

@Directive('@shareable')
@ObjectType({ description: 'One year in the shape of the national annual-report template.' })
export class AnnualReport {
  @Field(() => Int)
  year!: number;

  @Field(() => OrganisationalUnit, { nullable: true, description: 'The local unit this report is for; null for the whole network.' })
  unit!: OrganisationalUnit | null;

  @Field(() => Int, { nullable: true })
  membersAtYearEnd!: number | null;

  @Field(() => FigureSource, {
    nullable: true,
    description: 'Where membersAtYearEnd comes from: the register of resource persons where it has anyone appointed on 31 December, else the reported figure.',
  })
  membersSource!: FigureSource | null;

  @Field(() => Int, { nullable: true })
  membersPreviousYearEnd!: number | null;

  @Field(() => Int, { nullable: true, description: 'membersAtYearEnd − membersPreviousYearEnd, when both are known.' })
  membersChange!: number | null;

  @Field(() => String, { nullable: true, description: "What the source says about the change when it gives no exact figure, e.g. 'rundt 15'." })
  membershipNote!: string | null;

  @Field(() => Int, {
    nullable: true,
    description:
      "The version of the year's recorded figures (joined, left, the note, goals, themes), to give as expectedVersion when an editor changes them; null while none are recorded.",
  })
  figuresVersion!: number | null;

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

  @Field(() => String, {
    nullable: true,
    description: "The national template's «Kursavgift?»: course fees of the year, in the source's words; null where not reported.",
  })
  courseFee!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The national template's «Beskriv eventuell reorganisering»: reorganisation during the year; null where not reported.",
  })
  reorganisation!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The national template's «Samarbeide med andre nettverk»: cooperation with other networks during the year; null where not reported.",
  })
  cooperationWithOtherNetworks!: string | null;

  @Field(() => Coverage, { description: 'Coverage at 31 December of the year, from the register of resource persons.' })
  coverage!: Coverage;

  @Field(() => [AnnualReport], { description: 'The same report for each local unit (lokallag, sector network, network group).' })
  localUnits!: AnnualReport[];
}

@Directive('@shareable')
@ObjectType({
  description: 'How a value that the source document does not state in these words was arrived at: which field, and what the document does say.',
})
export class SourceNote {
  @Field({ description: "The field the note is about, e.g. 'name', 'healthTrust'." })
  field!: string;

  @Field({ description: 'What the document says and how the stored value follows from it, in Norwegian.' })
  note!: string;
}
