import { AnnualReport, Event, EventKind, FocusArea, Funding, GovernanceLevel } from '@pallnet/contract';
import type { EventRecord, FocusAreaRecord, FundingRecord, JobShadowingRecord, MembershipFigure, YearReport } from './entities/template-records';
import type { UnitBase } from './entities/unit-base';
import { buildCoverage, memberFigure, RegisterRecords } from './register';

/*
 * The national template's arithmetic, shared by every region so that the figures of different
 * networks mean the same thing. Pure functions over one network's loaded records.
 */

/** Everything recorded for one network, as the loaders return it, its register included. */
export interface NetworkRecords extends RegisterRecords {
  units: readonly UnitBase[];
  figures: readonly MembershipFigure[];
  events: readonly EventRecord[];
  yearReports: readonly YearReport[];
  focusAreas: readonly FocusAreaRecord[];
  funding: readonly FundingRecord[];
  jobShadowing: readonly JobShadowingRecord[];
}

export function eventYear(event: Pick<EventRecord, 'year' | 'date'>): number | null {
  return event.year ?? (event.date ? Number(event.date.slice(0, 4)) : null);
}

/** The contract's Event: participants are the stored total, or in person plus digital when both are known. */
export function toContractEvent(record: EventRecord, unit: UnitBase | null): Event {
  const participants =
    record.participants ?? (record.attendedInPerson !== null && record.attendedDigitally !== null ? record.attendedInPerson + record.attendedDigitally : null);
  return Object.assign(new Event(), {
    id: String(record.id),
    version: record.version,
    kind: record.kind,
    title: record.title,
    date: record.date,
    year: eventYear(record),
    period: record.period,
    hours: record.hours,
    registered: record.registered,
    attendedInPerson: record.attendedInPerson,
    attendedDigitally: record.attendedDigitally,
    participants,
    unit,
    form: record.form,
    location: record.location,
    themes: record.themes,
    note: record.note,
    othersThanResourcePersonsInvited: record.othersThanResourcePersonsInvited,
  });
}

export function toContractFocusArea(record: FocusAreaRecord): FocusArea {
  return Object.assign(new FocusArea(), {
    id: String(record.id),
    version: record.version,
    title: record.title,
    status: record.status,
    note: record.note,
  });
}

export function toContractFunding(record: FundingRecord): Funding {
  return Object.assign(new Funding(), {
    id: String(record.id),
    version: record.version,
    source: record.source,
    amountNok: record.amountNok,
    purpose: record.purpose,
  });
}

export interface EventFilter {
  from?: string | null;
  to?: string | null;
  kind?: EventKind | null;
}

/** Events between two dates (inclusive); an undated event counts when its year lies in the range. */
export function filterEvents(events: readonly EventRecord[], { from, to, kind }: EventFilter): EventRecord[] {
  return events.filter((event) => {
    if (kind && event.kind !== kind) return false;
    const start = event.date ?? (eventYear(event) !== null ? `${eventYear(event)}-12-31` : null);
    const end = event.date ?? (eventYear(event) !== null ? `${eventYear(event)}-01-01` : null);
    if (from && (start === null || start < from)) return false;
    if (to && (end === null || end > to)) return false;
    return true;
  });
}

/** A samling: a local unit's network meeting or study day, or a network-wide network meeting. */
function isGathering(event: EventRecord, unitsById: Map<string, UnitBase>): boolean {
  if (event.unitId === null) return event.kind === EventKind.NETWORK_MEETING;
  const unit = unitsById.get(event.unitId);
  return unit?.level === GovernanceLevel.LOCAL && (event.kind === EventKind.NETWORK_MEETING || event.kind === EventKind.STUDY_DAY);
}

function sumKnown(values: Array<number | null>): number | null {
  const known = values.filter((v): v is number => v !== null);
  return known.length ? known.reduce((a, b) => a + b, 0) : null;
}

/**
 * One year of one network (unit null) or of one local unit, in the shape of the national
 * template. Returns null when nothing at all is recorded for that scope and year.
 */
export function buildAnnualReport(records: NetworkRecords, year: number, unit: UnitBase | null): AnnualReport | null {
  const unitsById = new Map(records.units.map((u) => [u.id, u]));
  const unitId = unit?.id ?? null;
  // A network's report covers what its units did too; a unit's report only the unit itself.
  const inScope = (r: { unitId: string | null }) => unit === null || r.unitId === unitId;
  const ownOnly = (r: { unitId: string | null }) => r.unitId === unitId;

  const yearEvents = records.events.filter((e) => eventYear(e) === year && inScope(e));
  const yearReport = records.yearReports.find((r) => r.year === year && ownOnly(r)) ?? null;
  const focusAreas = records.focusAreas.filter((f) => f.year === year && ownOnly(f));
  const funding = records.funding.filter((f) => f.year === year && inScope(f));
  const jobShadowing = records.jobShadowing.filter((j) => j.year === year && inScope(j));
  const atYearEnd = memberFigure(records.figures, records, unitId, year);
  const previous = memberFigure(records.figures, records, unitId, year - 1)?.count ?? null;

  const localUnits =
    unit === null
      ? records.units
          .filter((u) => u.level === GovernanceLevel.LOCAL)
          .map((u) => buildAnnualReport(records, year, u))
          .filter((r): r is AnnualReport => r !== null)
      : [];

  const recorded =
    yearEvents.length + focusAreas.length + funding.length + jobShadowing.length + localUnits.length > 0 || yearReport !== null || atYearEnd !== null;
  if (!recorded) return null;

  const gatheringEvents = yearEvents.filter((e) => isGathering(e, unitsById));
  // Zero gatherings is a fact only when the year was reported for this scope.
  const gatheringsKnown = gatheringEvents.length > 0 || yearReport !== null || localUnits.some((r) => r.gatherings !== null);
  const toEvent = (e: EventRecord) => toContractEvent(e, e.unitId ? (unitsById.get(e.unitId) ?? null) : null);
  const ownEvents = yearEvents.filter(ownOnly);

  return Object.assign(new AnnualReport(), {
    year,
    unit,
    membersAtYearEnd: atYearEnd?.count ?? null,
    membersSource: atYearEnd?.source ?? null,
    membersPreviousYearEnd: previous,
    membersChange: atYearEnd !== null && previous !== null ? atYearEnd.count - previous : null,
    membershipNote: yearReport?.membershipNote ?? null,
    figuresVersion: yearReport?.version ?? null,
    joined: yearReport?.joined ?? null,
    left: yearReport?.left ?? null,
    gatherings: gatheringsKnown ? gatheringEvents.length : null,
    gatheringHours: gatheringsKnown ? (sumKnown(gatheringEvents.map((e) => e.hours)) ?? (gatheringEvents.length === 0 ? 0 : null)) : null,
    studyDays: ownEvents.filter((e) => e.kind === EventKind.STUDY_DAY).map(toEvent),
    introductionCourses: ownEvents.filter((e) => e.kind === EventKind.INTRODUCTION_COURSE).map(toEvent),
    jobShadowingDays: sumKnown(jobShadowing.map((j) => j.days)),
    jobShadowing: jobShadowing.map((j) => ({
      who: j.who,
      host: j.host,
      days: j.days,
      note: j.note,
      homeMunicipality: j.homeMunicipalityNumber ? { number: j.homeMunicipalityNumber } : null,
    })),
    themes: yearReport?.themes ?? [],
    goalsReached: yearReport?.goalsReached ?? null,
    focusAreas: focusAreas.map(toContractFocusArea),
    funding: funding.map(toContractFunding),
    courseFee: yearReport?.courseFee ?? null,
    reorganisation: yearReport?.reorganisation ?? null,
    cooperationWithOtherNetworks: yearReport?.cooperationWithOtherNetworks ?? null,
    coverage: buildCoverage(records, unitId, year),
    localUnits,
  });
}
