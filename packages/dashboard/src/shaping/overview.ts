import type { HealthRegion, OverviewQuery } from '../generated/graphql';
import { CoverageSummary, summariseCoverage } from './coverage';
import { sumKnown, Total } from './format';
import { regionName } from './regions';

/** One network's figures for a year, as the national overview shows them. */
export interface OverviewRow {
  id: string;
  region: HealthRegion;
  regionName: string;
  name: string;
  healthTrust: string;
  /** Members at 31 December of the year. */
  members: number | null;
  /** Change from 31 December the year before. */
  membersChange: number | null;
  /** The source's words about the change when it gives no figure ('rundt 15'). */
  membershipNote: string | null;
  gatherings: number | null;
  gatheringHours: number | null;
  studyDays: number | null;
  studyDayParticipants: Total | null;
  introductionCourseParticipants: Total | null;
  fundingNok: Total | null;
  /** Coverage at 31 December as the national template defines it. */
  coverage: CoverageSummary;
}

type OverviewNetwork = NonNullable<OverviewQuery['networks'][number]>;

/** The years of the chart, oldest first, ending with the chosen year; the query's variables follow. */
export const CHART_YEARS = 5;

export function overviewVariables(year: number) {
  return { year, yearMinus1: year - 1, yearMinus2: year - 2, yearMinus3: year - 3, yearMinus4: year - 4 };
}

/** The networks present in the answer (a region that could not answer leaves null entries). */
export function presentNetworks<Network>(networks: readonly (Network | null)[]): Network[] {
  return networks.filter((network): network is Network => network !== null);
}

export function overviewRows(data: OverviewQuery): OverviewRow[] {
  return presentNetworks(data.networks).map((network) => {
    const report = network.annualReport;
    const members = report?.membersAtYearEnd ?? network.members;
    const membersBefore = network.membersYearMinus1;
    return {
      id: network.id,
      region: network.region,
      regionName: regionName(network.region, data.regions),
      name: network.name,
      healthTrust: network.healthTrust,
      members,
      membersChange: report?.membersChange ?? (members != null && membersBefore != null ? members - membersBefore : null),
      membershipNote: report?.membershipNote ?? null,
      gatherings: report?.gatherings ?? null,
      gatheringHours: report?.gatheringHours ?? null,
      // An empty list means nothing was recorded, which is not the same as none held.
      studyDays: report?.studyDays.length ? report.studyDays.length : null,
      studyDayParticipants: sumKnown(report?.studyDays.map((event) => event.participants) ?? []),
      introductionCourseParticipants: sumKnown(report?.introductionCourses.map((event) => event.participants) ?? []),
      fundingNok: sumKnown(report?.funding.map((grant) => grant.amountNok) ?? []),
      coverage: summariseCoverage(network.coverage),
    };
  });
}

/** Members per network and year, for a grouped bar chart: one series per year that has any figure. */
export interface MembersChartData {
  /** One label per network, in the networks' order. */
  networks: { id: string; label: string; name: string }[];
  /** Oldest year first; each value belongs to the network at the same index. */
  series: { year: number; values: (number | null)[] }[];
  /** The years looked at, whether or not they had figures. */
  fromYear: number;
  toYear: number;
}

function membersInYear(network: OverviewNetwork, yearsBack: number): number | null {
  switch (yearsBack) {
    case 0:
      return network.annualReport?.membersAtYearEnd ?? network.members;
    case 1:
      return network.membersYearMinus1;
    case 2:
      return network.membersYearMinus2;
    case 3:
      return network.membersYearMinus3;
    default:
      return network.membersYearMinus4;
  }
}

export function membersChartData(data: OverviewQuery, year: number): MembersChartData {
  const networks = presentNetworks(data.networks);
  const series: MembersChartData['series'] = [];
  for (let yearsBack = CHART_YEARS - 1; yearsBack >= 0; yearsBack--) {
    const values = networks.map((network) => membersInYear(network, yearsBack));
    if (values.some((value) => value !== null)) series.push({ year: year - yearsBack, values });
  }
  return {
    networks: networks.map((network) => ({ id: network.id, label: network.healthTrust, name: network.name })),
    series,
    fromYear: year - (CHART_YEARS - 1),
    toYear: year,
  };
}
