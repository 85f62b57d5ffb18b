import { describe, expect, it } from 'vitest';
import type { OverviewQuery } from '../src/generated/graphql';
import { membersChartData, overviewRows, overviewVariables } from '../src/shaping/overview';

type Network = NonNullable<OverviewQuery['networks'][number]>;

function network(overrides: Partial<Network> & Pick<Network, 'id' | 'region'>): Network {
  return {
    name: `Nettverk ${overrides.id}`,
    healthTrust: `HF ${overrides.id}`,
    members: null,
    membersYearMinus1: null,
    membersYearMinus2: null,
    membersYearMinus3: null,
    membersYearMinus4: null,
    annualReport: null,
    coverage: {
      complete: null,
      municipalities: [],
      municipalitiesWithoutHomeCare: null,
      municipalitiesWithoutNursingHome: null,
      hospitalUnitsKnown: false,
      hospitalUnitsWithoutResourcePerson: null,
    },
    ...overrides,
  };
}

const regions: OverviewQuery['regions'] = [
  { code: 'SOR_OST', name: 'Helse Sør-Øst' },
  { code: 'VEST', name: 'Helse Vest' },
  { code: 'INNLANDET', name: 'Innlandet' },
];

// Palliativt nettverk i Oslo's 2021 report as the national template has it.
const oslo = network({
  id: 'sor-ost-oslo',
  region: 'SOR_OST',
  members: 271,
  annualReport: {
    membersAtYearEnd: 271,
    membersChange: null,
    membershipNote: null,
    gatherings: 4,
    gatheringHours: 10.5,
    studyDays: [{ participants: 92 }],
    introductionCourses: [{ participants: 22 }],
    jobShadowingDays: null,
    funding: [{ amountNok: 50000 }],
  },
});

describe('overviewRows: one row per network for the year', () => {
  it("carries Oslo's 2021 figures from its annual report", () => {
    const [row] = overviewRows({ regions, networks: [oslo] });
    expect(row).toEqual({
      id: 'sor-ost-oslo',
      region: 'SOR_OST',
      regionName: 'Helse Sør-Øst',
      name: 'Nettverk sor-ost-oslo',
      healthTrust: 'HF sor-ost-oslo',
      members: 271,
      membersChange: null,
      membershipNote: null,
      gatherings: 4,
      gatheringHours: 10.5,
      studyDays: 1,
      studyDayParticipants: { value: 92, complete: true },
      introductionCourseParticipants: { value: 22, complete: true },
      fundingNok: { value: 50000, complete: true },
      coverage: { status: 'unknown', municipalities: 0, municipalitiesMissing: null, hospitalUnitsMissing: null },
    });
  });

  it('leaves out the entries of a region that could not answer', () => {
    const rows = overviewRows({ regions, networks: [null, oslo, null] });
    expect(rows.map((row) => row.id)).toEqual(['sor-ost-oslo']);
  });

  it('has every figure unknown for a network without a report for the year, not zero', () => {
    const [row] = overviewRows({ regions, networks: [network({ id: 'vest', region: 'VEST' })] });
    expect(row.members).toBeNull();
    expect(row.membersChange).toBeNull();
    expect(row.gatherings).toBeNull();
    expect(row.studyDays).toBeNull();
    expect(row.studyDayParticipants).toBeNull();
    expect(row.introductionCourseParticipants).toBeNull();
    expect(row.fundingNok).toBeNull();
  });

  it('counts no study days as unknown when the report lists none, and flags partial sums', () => {
    const report = { ...oslo.annualReport!, studyDays: [], funding: [{ amountNok: 1000 }, { amountNok: null }] };
    const [row] = overviewRows({ regions, networks: [{ ...oslo, annualReport: report }] });
    expect(row.studyDays).toBeNull();
    expect(row.fundingNok).toEqual({ value: 1000, complete: false });
  });

  it("takes the report's change, else works it out from the year before's member count", () => {
    const reported = overviewRows({ regions, networks: [{ ...oslo, annualReport: { ...oslo.annualReport!, membersChange: 13 } }] })[0];
    expect(reported.membersChange).toBe(13);
    const derived = overviewRows({ regions, networks: [network({ id: 'i', region: 'INNLANDET', members: 170, membersYearMinus1: 160 })] })[0];
    expect(derived.membersChange).toBe(10);
    const halfKnown = overviewRows({ regions, networks: [network({ id: 'i', region: 'INNLANDET', members: 170 })] })[0];
    expect(halfKnown.membersChange).toBeNull();
  });

  it("keeps the source's words when it gives no exact change", () => {
    const report = { ...oslo.annualReport!, membershipNote: 'rundt 15' };
    expect(overviewRows({ regions, networks: [{ ...oslo, annualReport: report }] })[0].membershipNote).toBe('rundt 15');
  });

  it('falls back to the region code when the region is not in the register', () => {
    expect(overviewRows({ regions: [], networks: [oslo] })[0].regionName).toBe('SOR_OST');
  });
});

describe('membersChartData: members per network and year', () => {
  it('asks for the chosen year and the four before it', () => {
    expect(overviewVariables(2021)).toEqual({ year: 2021, yearMinus1: 2020, yearMinus2: 2019, yearMinus3: 2018, yearMinus4: 2017 });
  });

  it('has one series per year with any figure, oldest first, values in network order', () => {
    const vest = network({ id: 'vest', region: 'VEST', membersYearMinus2: 40 });
    const chart = membersChartData({ regions, networks: [oslo, null, vest] }, 2021);
    expect(chart.fromYear).toBe(2017);
    expect(chart.toYear).toBe(2021);
    expect(chart.networks.map((entry) => entry.id)).toEqual(['sor-ost-oslo', 'vest']);
    expect(chart.networks[0]).toEqual({ id: 'sor-ost-oslo', label: 'HF sor-ost-oslo', name: 'Nettverk sor-ost-oslo' });
    expect(chart.series).toEqual([
      { year: 2019, values: [null, 40] },
      { year: 2021, values: [271, null] },
    ]);
  });

  it('has no series when no network has a figure', () => {
    expect(membersChartData({ regions, networks: [network({ id: 'vest', region: 'VEST' })] }, 2021).series).toEqual([]);
  });
});
