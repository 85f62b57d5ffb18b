import { DateScalar, EventKind, FocusAreaStatus } from '@pallnet/contract';
import { ArrayMaxSize, IsEmail, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { Profession, WorkplaceKind } from '../entities/register-enums';
import { IsKnownMunicipality, NotBefore, RequiredText, TextList, WithinRegistered, YearOfDate } from './validation';

/*
 * What editors send. An update takes the same input as a creation: required fields are given
 * again, optional fields left out keep their value, and an explicit null clears one.
 */

const NAME_LENGTH = 200;
const LINE_LENGTH = 255;
const TEXT_LENGTH = 4000;
const FIRST_YEAR = 1990;
const LAST_YEAR = 2100;

@InputType({ description: "A resource person's membership of one of the network's units." })
export class UnitMembershipInput {
  @Field(() => ID)
  unitId!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Default: the first day of the appointment.' })
  from?: string | null;

  @Field(() => DateScalar, { nullable: true })
  @NotBefore('from')
  to?: string | null;
}

@InputType({ description: 'A resource person in the register.' })
export class ResourcePersonInput {
  @Field()
  @RequiredText(NAME_LENGTH)
  name!: string;

  @Field(() => Profession)
  profession!: Profession;

  @Field(() => WorkplaceKind)
  workplaceKind!: WorkplaceKind;

  @Field()
  @RequiredText(NAME_LENGTH)
  workplaceName!: string;

  @Field({ description: 'kommunenummer of the workplace.' })
  @IsKnownMunicipality()
  municipalityNumber!: string;

  @Field(() => ID, { nullable: true, description: 'For a hospital ward: the registered hospital unit.' })
  hospitalUnitId?: string | null;

  @Field(() => DateScalar)
  appointedFrom!: string;

  @Field(() => DateScalar, { nullable: true })
  @NotBefore('appointedFrom')
  appointedTo?: string | null;

  @Field(() => String, { nullable: true })
  @MaxLength(254)
  @IsEmail()
  email?: string | null;

  @Field(() => String, { nullable: true })
  @MaxLength(32)
  @Matches(/^\+?[0-9][0-9 ()-]{2,}$/, { message: 'must be a phone number: digits, spaces, brackets and dashes, optionally starting with +' })
  phone?: string | null;

  @Field(() => [UnitMembershipInput], { nullable: true, description: 'The units the person belongs to; on an update, the whole list replaces the old one.' })
  @ArrayMaxSize(50)
  @ValidateNested()
  memberships?: UnitMembershipInput[] | null;
}

/** The fields every kind of unit has; each region's unit inputs extend it with their own. */
// Not emitted itself: it lends its fields to the regions' own unit inputs.
@InputType()
export abstract class UnitInput {
  @Field()
  @RequiredText(NAME_LENGTH)
  name!: string;

  @Field(() => ID, { nullable: true, description: 'The unit this one reports to (same network); null at the top.' })
  parentId?: string | null;

  @Field(() => Int, { nullable: true })
  @Min(0)
  @Max(366)
  plannedMeetingsPerYear?: number | null;

  @Field(() => [String], {
    nullable: true,
    description: 'The kommunenummer of the municipalities the unit covers; on an update, the whole list replaces the old one.',
  })
  @ArrayMaxSize(400)
  @IsKnownMunicipality({ each: true })
  municipalityNumbers?: string[] | null;
}

@InputType({ description: 'A gathering, study day, introduction course or governance meeting, with attendance.' })
export class EventInput {
  @Field(() => ID, { nullable: true, description: 'The unit that held it; null when the whole network did.' })
  unitId?: string | null;

  @Field(() => EventKind)
  kind!: EventKind;

  @Field()
  @RequiredText(LINE_LENGTH)
  title!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Give the date, or at least the year.' })
  date?: string | null;

  @Field(() => Int, { nullable: true })
  @Min(FIRST_YEAR)
  @Max(LAST_YEAR)
  @YearOfDate('date')
  year?: number | null;

  @Field(() => String, { nullable: true, description: "When, in words, if there is no exact date: 'mars 2024'." })
  @MaxLength(LINE_LENGTH)
  period?: string | null;

  @Field(() => Float, { nullable: true })
  @Min(0)
  @Max(1000)
  hours?: number | null;

  @Field(() => Int, { nullable: true })
  @Min(0)
  registered?: number | null;

  @Field(() => Int, { nullable: true })
  @Min(0)
  @WithinRegistered(['attendedInPerson'])
  attendedInPerson?: number | null;

  @Field(() => Int, { nullable: true })
  @Min(0)
  @WithinRegistered(['attendedInPerson', 'attendedDigitally'])
  attendedDigitally?: number | null;

  @Field(() => Int, { nullable: true, description: 'A total, only when it is not in person plus digitally.' })
  @Min(0)
  @WithinRegistered(['participants'])
  participants?: number | null;

  @Field(() => String, { nullable: true, description: 'fysisk, digital or hybrid.' })
  @MaxLength(LINE_LENGTH)
  form?: string | null;

  @Field(() => String, { nullable: true })
  @MaxLength(LINE_LENGTH)
  location?: string | null;

  @Field(() => [String], { nullable: true })
  @TextList(50, TEXT_LENGTH / 8)
  themes?: string[] | null;

  @Field(() => String, { nullable: true })
  @MaxLength(TEXT_LENGTH)
  note?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'For a study day: whether others than resource persons were invited.' })
  othersThanResourcePersonsInvited?: boolean | null;
}

/** What belongs to one year of the network or of one of its units. */
// Not emitted itself: it lends its fields to the inputs below.
@InputType()
abstract class YearRecordInput {
  @Field(() => ID, { nullable: true, description: 'The unit it is for; null for the whole network.' })
  unitId?: string | null;

  @Field(() => Int)
  @Min(FIRST_YEAR)
  @Max(LAST_YEAR)
  year!: number;
}

@InputType({ description: "A year's reported figures for the network or one of its units." })
export class YearFiguresInput extends YearRecordInput {
  @Field(() => Int, { nullable: true, description: 'Members at 31 December, as reported.' })
  @Min(0)
  membersAtYearEnd?: number | null;

  @Field(() => Int, { nullable: true })
  @Min(0)
  joined?: number | null;

  @Field(() => Int, { nullable: true })
  @Min(0)
  left?: number | null;

  @Field(() => String, { nullable: true, description: "The report's words on the change when it gives no exact figure." })
  @MaxLength(LINE_LENGTH)
  membershipNote?: string | null;

  @Field(() => String, { nullable: true })
  @MaxLength(TEXT_LENGTH)
  goalsReached?: string | null;

  @Field(() => [String], { nullable: true })
  @TextList(50, TEXT_LENGTH / 8)
  themes?: string[] | null;

  @Field(() => String, { nullable: true, description: "Kursavgift: course fees of the year, in the report's words." })
  @MaxLength(TEXT_LENGTH)
  courseFee?: string | null;

  @Field(() => String, { nullable: true, description: 'Reorganisation during the year.' })
  @MaxLength(TEXT_LENGTH)
  reorganisation?: string | null;

  @Field(() => String, { nullable: true, description: 'Cooperation with other networks during the year.' })
  @MaxLength(TEXT_LENGTH)
  cooperationWithOtherNetworks?: string | null;
}

@InputType()
export class FocusAreaInput extends YearRecordInput {
  @Field()
  @RequiredText(1000)
  title!: string;

  @Field(() => FocusAreaStatus, { nullable: true, description: 'Leave out (or null) where the report gives no status.' })
  status?: FocusAreaStatus | null;

  @Field(() => String, { nullable: true, description: "The report's own words on it." })
  @MaxLength(TEXT_LENGTH)
  note?: string | null;
}

@InputType()
export class FundingInput extends YearRecordInput {
  @Field({ description: 'Who gave it.' })
  @RequiredText(LINE_LENGTH)
  source!: string;

  @Field(() => Int, { nullable: true })
  @Min(0)
  amountNok?: number | null;

  @Field(() => String, { nullable: true })
  @MaxLength(TEXT_LENGTH)
  purpose?: string | null;
}

@InputType({ description: 'A hospital unit treating patients in need of palliative care.' })
export class HospitalUnitInput {
  @Field(() => ID, { nullable: true, description: 'The local unit of the network it belongs to, if any.' })
  unitId?: string | null;

  @Field()
  @RequiredText(LINE_LENGTH)
  name!: string;

  @Field(() => String, { nullable: true })
  @MaxLength(LINE_LENGTH)
  hospital?: string | null;
}
