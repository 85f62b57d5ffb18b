import { Entity, Enum, Index, Opt, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { EventKind, FigureSource, FocusAreaStatus } from '@pallnet/contract';

/*
 * The records of the national annual-report template, kept by every region in its
 * own database. They point at the region's own network and unit rows by id.
 */

/** Common columns: every record belongs to a network and, for a local unit's report, a unit. */
@Entity({ abstract: true })
export abstract class NetworkRecord {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Index()
  @Property({ type: 'string' })
  networkId!: string;

  @Index()
  @Property({ type: 'string', nullable: true })
  unitId: string | null = null;

  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  /** Goes up by one with every edit; an editor's update names the version it read (optimistic locking). */
  @Property({ type: 'integer', default: 1 })
  version: Opt<number> = 1;
}

/** A municipality a unit covers, by kommunenummer, with the source's own wording. */
@Entity({ tableName: 'unit_municipality' })
export class UnitMunicipality extends NetworkRecord {
  @Property({ type: 'string', length: 4 })
  municipalityNumber!: string;

  /** The name as the document writes it, e.g. 'Nærøy' for today's Nærøysund (5060). */
  @Property({ type: 'string' })
  sourceWording!: string;
}

/** Members of a network or unit at 31 December of a year (or at `asOf` when the source says so). */
@Entity({ tableName: 'membership_figure' })
export class MembershipFigure extends NetworkRecord {
  /** Null when the source gives a count without a year-end it belongs to. */
  @Property({ type: 'integer', nullable: true })
  year: number | null = null;

  @Property({ type: 'integer' })
  count!: number;

  @Property({ type: 'string', columnType: 'date', nullable: true })
  asOf: string | null = null;

  @Enum({ items: () => FigureSource })
  source: Opt<FigureSource> = FigureSource.REPORTED;
}

/** A gathering, study day, introduction course or governance meeting. */
@Entity({ tableName: 'event' })
export class EventRecord extends NetworkRecord {
  @Enum({ items: () => EventKind })
  kind!: EventKind;

  @Property({ type: 'string' })
  title!: string;

  @Index()
  @Property({ type: 'string', columnType: 'date', nullable: true })
  date: string | null = null;

  @Property({ type: 'integer', nullable: true })
  year: number | null = null;

  /** When the source gives no exact date: 'mars 2021', 'høsten 2021'. */
  @Property({ type: 'string', nullable: true })
  period: string | null = null;

  @Property({ type: 'double', nullable: true })
  hours: number | null = null;

  @Property({ type: 'integer', nullable: true })
  registered: number | null = null;

  @Property({ type: 'integer', nullable: true })
  attendedInPerson: number | null = null;

  @Property({ type: 'integer', nullable: true })
  attendedDigitally: number | null = null;

  /** Stored only when the source gives a total that is not the sum of the two above. */
  @Property({ type: 'integer', nullable: true })
  participants: number | null = null;

  @Property({ type: 'string', nullable: true })
  form: string | null = null;

  @Property({ type: 'string', nullable: true })
  location: string | null = null;

  @Property({ type: 'json' })
  themes: Opt<string[]> = [];

  /** The template's «andre enn ressurspersoner invitert?»; null where not reported. */
  @Property({ type: 'boolean', nullable: true })
  othersThanResourcePersonsInvited: boolean | null = null;
}

/** The year's reported figures that are not events: joined, left, goals. */
@Entity({ tableName: 'year_report' })
export class YearReport extends NetworkRecord {
  @Property({ type: 'integer' })
  year!: number;

  @Property({ type: 'integer', nullable: true })
  joined: number | null = null;

  @Property({ type: 'integer', nullable: true })
  left: number | null = null;

  /** The source's words on a change it gives no exact figure for ('rundt 15'). */
  @Property({ type: 'string', nullable: true })
  membershipNote: string | null = null;

  @Property({ type: 'text', nullable: true })
  goalsReached: string | null = null;

  @Property({ type: 'json' })
  themes: Opt<string[]> = [];

  /** The template's «Kursavgift?», in the source's words. */
  @Property({ type: 'text', nullable: true })
  courseFee: string | null = null;

  /** The template's «Beskriv eventuell reorganisering». */
  @Property({ type: 'text', nullable: true })
  reorganisation: string | null = null;

  /** The template's «Samarbeide med andre nettverk». */
  @Property({ type: 'text', nullable: true })
  cooperationWithOtherNetworks: string | null = null;
}

@Entity({ tableName: 'focus_area' })
export class FocusAreaRecord extends NetworkRecord {
  @Property({ type: 'integer' })
  year!: number;

  @Property({ type: 'text' })
  title!: string;

  /** Null where the source gives no status: unknown, never inferred. */
  @Enum({ items: () => FocusAreaStatus, nullable: true })
  status: FocusAreaStatus | null = null;
}

@Entity({ tableName: 'funding' })
export class FundingRecord extends NetworkRecord {
  @Property({ type: 'integer' })
  year!: number;

  @Property({ type: 'string' })
  source!: string;

  @Property({ type: 'integer', nullable: true })
  amountNok: number | null = null;

  @Property({ type: 'text', nullable: true })
  purpose: string | null = null;
}

@Entity({ tableName: 'job_shadowing' })
export class JobShadowingRecord extends NetworkRecord {
  @Property({ type: 'integer' })
  year!: number;

  @Property({ type: 'string' })
  who!: string;

  @Property({ type: 'string', nullable: true })
  host: string | null = null;

  @Property({ type: 'integer', nullable: true })
  days: number | null = null;

  /** The template's «XX fra -kommune»: the visitor's home municipality, by kommunenummer. */
  @Property({ type: 'string', length: 4, nullable: true })
  homeMunicipalityNumber: string | null = null;
}

@Entity({ tableName: 'agreement' })
export class AgreementRecord extends NetworkRecord {
  @Property({ type: 'text' })
  title!: string;

  @Property({ type: 'string', nullable: true })
  kind: string | null = null;

  @Property({ type: 'string', nullable: true })
  partOf: string | null = null;

  @Property({ type: 'json' })
  parties: Opt<string[]> = [];

  @Property({ type: 'string', columnType: 'date', nullable: true })
  adopted: string | null = null;

  @Property({ type: 'json' })
  revised: Opt<string[]> = [];

  @Property({ type: 'string', columnType: 'date', nullable: true })
  inForceFrom: string | null = null;

  @Property({ type: 'integer' })
  position: Opt<number> = 0;
}

/**
 * A hospital unit (ward, palliative team) that treats patients in need of palliative care. The
 * source documents name none, so a region knows its hospital units only once its editors
 * register them; until then coverage of hospital units is unknown.
 */
@Entity({ tableName: 'hospital_unit' })
export class HospitalUnitRecord extends NetworkRecord {
  @Property({ type: 'string' })
  name!: string;

  @Property({ type: 'string', nullable: true })
  hospital: string | null = null;
}

/** Every template record entity: each regional subgraph lists these beside its own. */
export const templateEntities = [
  UnitMunicipality,
  MembershipFigure,
  EventRecord,
  YearReport,
  FocusAreaRecord,
  FundingRecord,
  JobShadowingRecord,
  AgreementRecord,
  HospitalUnitRecord,
];
