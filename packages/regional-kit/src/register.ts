import { Coverage, FigureSource, HospitalUnit, MemberFigure, MunicipalityReference } from '@pallnet/contract';
import { WorkplaceKind } from './entities/register-enums';
import type { ResourcePerson, UnitMembership } from './entities/resource-person.entity';
import type { HospitalUnitRecord, MembershipFigure, UnitMunicipality } from './entities/template-records';

/*
 * What the register of resource persons says about a network or unit: member counts and
 * coverage as the national template defines them. Pure functions over one network's loaded rows.
 */

/** One network's register, as the loaders return it. */
export interface RegisterRecords {
  persons: readonly ResourcePerson[];
  memberships: readonly UnitMembership[];
  hospitalUnits: readonly HospitalUnitRecord[];
  municipalities: readonly UnitMunicipality[];
}

// The Swedish locale writes dates as ISO 8601. Made once: building a formatter costs far more
// than formatting (it was the largest single cost of a member count).
const norwegianDate = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' });

/** Today's date in Norway, YYYY-MM-DD: the day a current count is for. */
export function todayInNorway(now = new Date()): string {
  return norwegianDate.format(now);
}

export const yearEnd = (year: number): string => `${year}-12-31`;

/** Whether a from–to period (inclusive, open-ended when `to` is null) contains the day. */
export function covers(from: string, to: string | null, day: string): boolean {
  return from <= day && (to === null || to >= day);
}

/** The persons appointed on the day, for the whole network (unitId null) or as members of one unit. */
export function appointedOn(register: Pick<RegisterRecords, 'persons' | 'memberships'>, unitId: string | null, day: string): ResourcePerson[] {
  const appointed = register.persons.filter((p) => covers(p.appointedFrom, p.appointedTo, day));
  if (unitId === null) return appointed;
  const members = new Set(register.memberships.filter((m) => m.unitId === unitId && covers(m.memberFrom, m.memberTo, day)).map((m) => m.personId));
  return appointed.filter((p) => members.has(p.id));
}

function reportedFigure(figures: readonly MembershipFigure[], unitId: string | null, year?: number | null): MembershipFigure | null {
  const own = figures.filter((f) => f.unitId === unitId);
  if (year !== undefined && year !== null) return own.find((f) => f.year === year) ?? null;
  const dated = own.filter((f) => f.year !== null).sort((a, b) => (b.year ?? 0) - (a.year ?? 0));
  return dated[0] ?? own[0] ?? null;
}

/**
 * Members of the network (unitId null) or of one unit at 31 December of `year`: counted from the
 * register wherever it has anyone appointed on that day, else the reported figure. Without a
 * year: the register's count today, else the latest reported figure (or an undated one when
 * the source gives no year at all).
 */
export function memberFigure(
  figures: readonly MembershipFigure[],
  register: Pick<RegisterRecords, 'persons' | 'memberships'>,
  unitId: string | null,
  year?: number | null,
  today?: string,
): MemberFigure | null {
  const day = year === undefined || year === null ? (today ?? todayInNorway()) : yearEnd(year);
  const counted = appointedOn(register, unitId, day).length;
  if (counted > 0) {
    return Object.assign(new MemberFigure(), { count: counted, source: FigureSource.REGISTER, year: Number(day.slice(0, 4)), asOf: day });
  }
  const reported = reportedFigure(figures, unitId, year);
  if (!reported) return null;
  return Object.assign(new MemberFigure(), {
    count: reported.count,
    source: FigureSource.REPORTED,
    year: reported.year,
    asOf: reported.asOf ?? (reported.year !== null ? yearEnd(reported.year) : null),
  });
}

export function toContractHospitalUnit(record: HospitalUnitRecord): HospitalUnit {
  return Object.assign(new HospitalUnit(), { id: String(record.id), name: record.name, hospital: record.hospital, version: record.version });
}

const references = (numbers: Iterable<string>): MunicipalityReference[] => [...numbers].sort().map((number) => ({ number }));

/**
 * Coverage at 31 December of `year` for the network (unitId null) or one local unit: the
 * municipalities of its area (as its units list them) without a resource person from home care
 * or from a nursing home, and its registered hospital units without a resource person. What is
 * not known (no municipalities recorded, no hospital unit registered) is null, not empty.
 */
export function buildCoverage(register: RegisterRecords, unitId: string | null, year: number): Coverage {
  const day = yearEnd(year);
  const area = new Set(register.municipalities.filter((m) => unitId === null || m.unitId === unitId).map((m) => m.municipalityNumber));
  const persons = appointedOn(register, unitId, day);
  const servedBy = (kind: WorkplaceKind) => new Set(persons.filter((p) => p.workplaceKind === kind).map((p) => p.municipalityNumber));
  const homeCare = servedBy(WorkplaceKind.HOME_CARE);
  const nursingHome = servedBy(WorkplaceKind.NURSING_HOME);
  const areaKnown = area.size > 0;

  const hospitalUnits = register.hospitalUnits.filter((h) => unitId === null || h.unitId === unitId);
  const hospitalUnitsKnown = hospitalUnits.length > 0;
  const staffed = new Set(persons.filter((p) => p.workplaceKind === WorkplaceKind.HOSPITAL_WARD).map((p) => p.hospitalUnitId));

  const withoutHomeCare = areaKnown ? references([...area].filter((n) => !homeCare.has(n))) : null;
  const withoutNursingHome = areaKnown ? references([...area].filter((n) => !nursingHome.has(n))) : null;
  const hospitalUnitsWithout = hospitalUnitsKnown ? hospitalUnits.filter((h) => !staffed.has(h.id)).map(toContractHospitalUnit) : null;

  const gaps = [withoutHomeCare, withoutNursingHome, hospitalUnitsWithout];
  const complete = gaps.some((list) => list !== null && list.length > 0) ? false : gaps.some((list) => list === null) ? null : true;
  return Object.assign(new Coverage(), {
    year,
    asOf: day,
    municipalities: references(area),
    municipalitiesWithoutHomeCare: withoutHomeCare,
    municipalitiesWithoutNursingHome: withoutNursingHome,
    hospitalUnitsKnown,
    hospitalUnitsWithoutResourcePerson: hospitalUnitsWithout,
    complete,
  });
}
