import { sumIfAllKnown, UNKNOWN_FIGURE } from '../format';

/*
 * The comparison as a table of strings: one row per network (or per local unit), the template's
 * comparable figures, "–" where a figure is unknown. Unknown is never shown as 0: a count is 0
 * only where the region reported the year's activity and there was none.
 */

/** The shape of queries/comparison.graphql's answer. */
export interface ComparedFigures {
  membersAtYearEnd: number | null;
  membersChange: number | null;
  membershipNote: string | null;
  gatherings: number | null;
  gatheringHours: number | null;
  studyDays: Array<{ participants: number | null }>;
  introductionCourses: Array<{ participants: number | null }>;
  jobShadowingDays: number | null;
  funding: Array<{ amountNok: number | null }>;
}

export interface ComparedNetwork {
  id: string;
  name: string;
  region: string;
  municipalities: Array<{ number: string; name: string }>;
  units: Array<{
    id: string;
    name: string;
    localTerm: string;
    level: 'STEERING' | 'OPERATIONS' | 'LOCAL';
    memberCount: number | null;
    municipalities: Array<{ number: string }>;
  }>;
  annualReport: (ComparedFigures & { localUnits: Array<ComparedFigures & { unit: { id: string } | null }> }) | null;
}

export interface ComparisonResponse {
  regions: Array<{ code: string; name: string }>;
  /** Null entries: networks of a region that did not answer. */
  networks: Array<ComparedNetwork | null>;
}

export interface ComparisonTable {
  headers: string[];
  /** Columns holding figures (right-aligned in the printed table). */
  figureColumns: number[];
  rows: string[][];
}

const FIGURE_HEADERS = [
  'Medlemmer 31.12',
  'Endring',
  'Samlinger',
  'Timer samlinger',
  'Fagdager',
  'Deltakere fagdager',
  'Deltakere introduksjonskurs',
  'Hospiteringsdager',
  'Tilskudd (NOK)',
];

const figure = (value: number | null | undefined): string => (value === null || value === undefined ? UNKNOWN_FIGURE : String(value));

/** The template's comparable figures of one report; `memberCount` where the unit has a figure but no report. */
function figuresOf(report: ComparedFigures | null, memberCount: number | null): string[] {
  // Event lists are empty both when nothing happened and when nothing was reported; they count as
  // zero only where the region reported the year's activity (gatherings, or any event).
  const activityReported = report !== null && (report.gatherings !== null || report.studyDays.length > 0 || report.introductionCourses.length > 0);
  const participants = (events: Array<{ participants: number | null }>) =>
    events.length ? figure(sumIfAllKnown(events.map((event) => event.participants))) : activityReported ? '0' : UNKNOWN_FIGURE;
  const change =
    report?.membersChange !== null && report?.membersChange !== undefined
      ? `${report.membersChange > 0 ? '+' : ''}${report.membersChange}`
      : (report?.membershipNote ?? UNKNOWN_FIGURE);
  return [
    figure(report?.membersAtYearEnd ?? memberCount),
    change,
    figure(report?.gatherings),
    figure(report?.gatheringHours),
    activityReported ? String(report.studyDays.length) : UNKNOWN_FIGURE,
    participants(report?.studyDays ?? []),
    participants(report?.introductionCourses ?? []),
    figure(report?.jobShadowingDays),
    report?.funding.length ? figure(sumIfAllKnown(report.funding.map((grant) => grant.amountNok))) : UNKNOWN_FIGURE,
  ];
}

/**
 * Municipalities of the network that no local unit lists: "0", or the count and names. Known only
 * when the network lists its municipalities and its local units list theirs; with a gap and a
 * local unit whose municipalities are not given, the gap may be covered, so it is unknown.
 */
function coverageGaps(network: ComparedNetwork): string {
  const local = network.units.filter((unit) => unit.level === 'LOCAL');
  if (!network.municipalities.length || !local.some((unit) => unit.municipalities.length)) return UNKNOWN_FIGURE;
  const covered = new Set(local.flatMap((unit) => unit.municipalities.map((municipality) => municipality.number)));
  const gaps = network.municipalities.filter((municipality) => !covered.has(municipality.number));
  if (!gaps.length) return '0';
  if (local.some((unit) => !unit.municipalities.length)) return UNKNOWN_FIGURE;
  return `${gaps.length} (${gaps.map((municipality) => municipality.name).join(', ')})`;
}

function answered(response: ComparisonResponse): ComparedNetwork[] {
  return response.networks.filter((network): network is ComparedNetwork => network !== null);
}

function regionName(response: ComparisonResponse, code: string): string {
  return response.regions.find((region) => region.code === code)?.name ?? code;
}

/** One row per network. */
export function networkComparison(response: ComparisonResponse): ComparisonTable {
  const headers = ['Region', 'Nettverk', 'Nettverk-ID', ...FIGURE_HEADERS, 'Kommuner uten lokal enhet'];
  return {
    headers,
    figureColumns: FIGURE_HEADERS.map((_, index) => 3 + index),
    rows: answered(response).map((network) => [
      regionName(response, network.region),
      network.name,
      network.id,
      ...figuresOf(network.annualReport, null),
      coverageGaps(network),
    ]),
  };
}

/** One row per local unit (lokallag, sector network, network group), with its network beside it. */
export function unitComparison(response: ComparisonResponse): ComparisonTable {
  const headers = ['Region', 'Nettverk', 'Nettverk-ID', 'Lokal enhet', 'Type', ...FIGURE_HEADERS];
  return {
    headers,
    figureColumns: FIGURE_HEADERS.map((_, index) => 5 + index),
    rows: answered(response).flatMap((network) =>
      network.units
        .filter((unit) => unit.level === 'LOCAL')
        .map((unit) => {
          const report = network.annualReport?.localUnits.find((local) => local.unit?.id === unit.id) ?? null;
          return [regionName(response, network.region), network.name, network.id, unit.name, unit.localTerm, ...figuresOf(report, unit.memberCount)];
        }),
    ),
  };
}
