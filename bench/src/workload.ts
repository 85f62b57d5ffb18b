import { withFragments } from '@pallnet/analyst-tools';
import { REPO_ROOT } from '@pallnet/system';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { prepareRequest, PreparedRequest } from './http-client';

/*
 * What the benchmark sends: the operations the dashboard and the analyst tools really send, read
 * from their own .graphql files, with varied variables (years, regions, network ids) and several
 * users' tokens, so that sharing identical in-flight queries cannot hide what a request costs.
 */

export interface WorkloadContext {
  /** Every network id in the catalog (the real ones first). */
  networkIds: string[];
  /** Authorization headers to rotate through ({} is anonymous). */
  users: Array<Record<string, string>>;
}

export interface BenchOperation {
  name: string;
  /** Where its text comes from, relative to the repository. */
  source: string;
  description: string;
  query: string;
  /** The variables of the i-th request: varied, and the same for the same i. */
  variables(index: number, context: WorkloadContext): Record<string, unknown>;
  /** Throws when an answer is not a complete one (so a failing region cannot look fast). */
  check(data: any): void;
}

const SHARED_FRAGMENTS = 'packages/analyst-tools/queries/fragments';

/** The operation's text as its client sends it: with the shared fragments it spreads appended. */
function operationText(relative: string): string {
  const folder = path.join(REPO_ROOT, SHARED_FRAGMENTS);
  const fragments = readdirSync(folder)
    .filter((file) => file.endsWith('.graphql'))
    .map((file) => readFileSync(path.join(folder, file), 'utf8'));
  return withFragments(readFileSync(path.join(REPO_ROOT, relative), 'utf8'), fragments);
}

/** Years the source documents and synthetic data have figures for. */
const YEARS = [2019, 2020, 2021, 2022, 2023, 2024];
const REGIONS = [null, 'VEST', 'INNLANDET', 'MIDT', 'SOR_OST'];
const REAL_NETWORKS = ['vest-helse-stavanger', 'innlandet-sykehuset-innlandet', 'midt-nord-trondelag', 'sor-ost-oslo'];

const pick = <T>(values: readonly T[], index: number): T => values[index % values.length];

function nonEmptyList(value: unknown, what: string): unknown[] {
  if (!Array.isArray(value) || value.length === 0) throw new Error(`expected ${what} to be a non-empty list, got ${JSON.stringify(value)?.slice(0, 200)}`);
  if (value.some((entry) => entry === null)) throw new Error(`${what} has null entries`);
  return value;
}

const overviewYears = (year: number) => ({ year, yearMinus1: year - 1, yearMinus2: year - 2, yearMinus3: year - 3, yearMinus4: year - 4 });

/** The dashboard's national overview: every network with five years of members, coverage and the year's report. */
export const DASHBOARD_OVERVIEW: BenchOperation = {
  name: 'dashboard overview',
  source: 'packages/dashboard/src/operations/overview.graphql',
  description: 'every network: members in five years, coverage, the annual report (catalog, then all four regions in parallel)',
  query: operationText('packages/dashboard/src/operations/overview.graphql'),
  variables: (index) => overviewYears(pick(YEARS, index)),
  check(data) {
    const networks = nonEmptyList(data?.networks, 'networks') as Array<{ region: string }>;
    const regions = new Set(networks.map((network) => network.region));
    if (regions.size !== 4) throw new Error(`expected networks of all four regions, got ${[...regions].join(', ')}`);
  },
};

/** The dashboard's page of one network. */
export const DASHBOARD_NETWORK_PAGE: BenchOperation = {
  name: 'dashboard network page',
  source: 'packages/dashboard/src/operations/network.graphql',
  description: "one network's organisation, municipalities, agreements, events, coverage and report",
  query: operationText('packages/dashboard/src/operations/network.graphql'),
  variables: (index, { networkIds }) => ({ id: pick(networkIds, index), year: pick(YEARS, Math.floor(index / networkIds.length)) }),
  check(data) {
    if (!data?.network?.id) throw new Error(`expected a network, got ${JSON.stringify(data)?.slice(0, 200)}`);
  },
};

/** The analyst tools' comparison: every network's (or one region's) year side by side, with local units. */
export const ANALYST_COMPARISON: BenchOperation = {
  name: 'analyst comparison',
  source: 'packages/analyst-tools/queries/comparison.graphql',
  description: "every network's (or one region's) year with its local units (npm run compare)",
  query: operationText('packages/analyst-tools/queries/comparison.graphql'),
  variables: (index) => ({ year: pick(YEARS, index), region: pick(REGIONS, Math.floor(index / YEARS.length)) }),
  check(data) {
    nonEmptyList(data?.networks, 'networks');
  },
};

/** The analyst tools' annual report of one network (npm run report). */
export const ANALYST_ANNUAL_REPORT: BenchOperation = {
  name: 'analyst annual report',
  source: 'packages/analyst-tools/queries/annual-report.graphql',
  description: "one network's year in the national template, with every region's own sections (npm run report)",
  query: operationText('packages/analyst-tools/queries/annual-report.graphql'),
  variables: (index, { networkIds }) => {
    const year = pick(YEARS, Math.floor(index / networkIds.length));
    return { id: pick(networkIds, index), year, nextYear: year + 1, from: `${year}-01-01`, to: `${year}-12-31` };
  },
  check(data) {
    if (!data?.network?.id) throw new Error(`expected a network, got ${JSON.stringify(data)?.slice(0, 200)}`);
  },
};

export const OPERATIONS: BenchOperation[] = [DASHBOARD_OVERVIEW, DASHBOARD_NETWORK_PAGE, ANALYST_COMPARISON, ANALYST_ANNUAL_REPORT];

/** The network ids requests pick from: the four real networks and the synthetic ones. */
export function workloadNetworkIds(catalog: string[]): string[] {
  return [...REAL_NETWORKS.filter((id) => catalog.includes(id)), ...catalog.filter((id) => !REAL_NETWORKS.includes(id))];
}

/**
 * A pool of prepared requests for one operation against one gateway: `count` distinct
 * (variables, user) pairs, the users rotating independently of the variables.
 */
export function requestPool(url: string, operation: BenchOperation, context: WorkloadContext, count = 64): PreparedRequest[] {
  return Array.from({ length: count }, (_, index) =>
    prepareRequest(url, { query: operation.query, variables: operation.variables(index, context) }, pick(context.users, index * 7 + 3)),
  );
}
