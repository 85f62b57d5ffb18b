/** A GraphQL operation the benchmark sends, with what a correct answer must contain. */
export interface BenchOperation {
  name: string;
  description: string;
  query: string;
  variables: Record<string, unknown>;
  /** Throws when the answer is not a complete one (so a failing region cannot look fast). */
  check(data: any): void;
}

function nonEmptyList(value: unknown, what: string): unknown[] {
  if (!Array.isArray(value) || value.length === 0) throw new Error(`expected ${what} to be a non-empty list, got ${JSON.stringify(value)?.slice(0, 200)}`);
  if (value.some((entry) => entry === null)) throw new Error(`${what} has null entries`);
  return value;
}

/** What dashboards ask most: every network of every region with its units and member counts. */
export const NATIONAL_OVERVIEW: BenchOperation = {
  name: 'national overview',
  description: 'networks with units and member counts (national catalog, then all four regions in parallel)',
  query: `query NationalOverview {
  networks { id name region healthTrust memberCount
    units { id name localTerm level memberCount } } }`,
  variables: {},
  check(data) {
    const networks = nonEmptyList(data?.networks, 'networks') as Array<{ region: string }>;
    const regions = new Set(networks.map((network) => network.region));
    if (regions.size !== 4) throw new Error(`expected networks of all four regions, got ${[...regions].join(', ')}`);
  },
};

/** One network's year in the national template's shape, local units and their municipalities included. */
export const ANNUAL_REPORT: BenchOperation = {
  name: 'annual report',
  description: "Oslo's 2021 report with local units and their municipalities (catalog, region, municipality register)",
  query: `query NetworkAnnualReport($id: ID!, $year: Int!) {
  network(id: $id) { name region
    annualReport(year: $year) { membersAtYearEnd membersPreviousYearEnd gatherings gatheringHours themes
      studyDays { title date participants } introductionCourses { title date participants }
      funding { source amountNok purpose }
      localUnits { unit { name localTerm municipalities { number name county } }
        membersAtYearEnd membersPreviousYearEnd gatherings gatheringHours focusAreas { title status } } } } }`,
  variables: { id: 'sor-ost-oslo', year: 2021 },
  check(data) {
    nonEmptyList(data?.network?.annualReport?.localUnits, 'network.annualReport.localUnits');
  },
};

/** The richest variant: Sør-Øst's sector networks with their members, leaders and the year's activity reports. */
export const SOR_OST_SECTOR_NETWORKS: BenchOperation = {
  name: 'sor-ost sectors',
  description: "every Sør-Øst network's sector networks with member counts, leaders, activity reports and municipalities",
  query: `query SorOstSectorNetworks($year: Int!) {
  networks(region: SOR_OST) { ... on SorOstNetwork { id name
    units { ... on SorOstSectorNetwork { id name hospital hospitalAbbreviation plannedGatheringHoursPerYear
      memberCount(year: $year) leadership { name role affiliation current }
      activityReports(year: $year) { year meetingsHeld meetingsPlanned activity gatherings participation }
      municipalities { number name } } } } } }`,
  variables: { year: 2021 },
  check(data) {
    const networks = nonEmptyList(data?.networks, 'networks') as Array<{ units: Array<{ hospital?: string }> }>;
    const sectors = networks.flatMap((network) => network.units.filter((unit) => unit.hospital !== undefined));
    nonEmptyList(sectors, 'sector networks');
  },
};

export const OPERATIONS: BenchOperation[] = [NATIONAL_OVERVIEW, ANNUAL_REPORT, SOR_OST_SECTOR_NETWORKS];
