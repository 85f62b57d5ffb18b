import type { RunningSystem } from '@pallnet/system';
import { postGraphQL, queryOk } from '../support/graphql';
import { startTestSystem } from '../support/system';

/*
 * The national schema as dashboards and analysts use it: the real system (five subgraph
 * processes on their own databases, the gateway over the committed supergraph), queried over
 * HTTP through the gateway only.
 */

let system: RunningSystem & { logs(): string };

beforeAll(async () => {
  system = await startTestSystem();
}, 120_000);

afterAll(async () => {
  await system?.stop();
});

const gateway = (): string => system.gatewayUrl!;

describe('all four regions in one request', () => {
  it("lists every network with its region, health trust, establishment and units in the region's own terms", async () => {
    const { networks } = await queryOk(gateway(), '{ networks { id name region healthTrust established units { name localTerm level parent { name } } } }');
    const byRegion = Object.fromEntries(networks.map((n: { region: string }) => [n.region, n]));
    expect(Object.keys(byRegion).sort()).toEqual(['INNLANDET', 'MIDT', 'SOR_OST', 'VEST']);

    expect(byRegion.VEST).toMatchObject({ name: 'Nettverk innen kreftomsorg og lindrende behandling', healthTrust: 'Helse Stavanger HF', established: null });
    expect(byRegion.INNLANDET).toMatchObject({
      name: 'Ressurssykepleienettverket i palliasjon og kreftomsorg i Innlandet',
      healthTrust: 'Sykehuset Innlandet',
    });
    expect(byRegion.MIDT).toMatchObject({ name: 'Fagnettverk for ressurspersoner i kreftomsorg og lindrende behandling i Nord-Trøndelag', established: 2010 });
    expect(byRegion.SOR_OST).toMatchObject({ name: 'Palliativt nettverk i Oslo', established: 2001 });

    const unit = (region: string, name: string) => byRegion[region].units.find((u: { name: string }) => u.name === name);
    expect(unit('VEST', 'Nettverksgruppe Sandnes')).toEqual({
      name: 'Nettverksgruppe Sandnes',
      localTerm: 'Nettverksgruppe',
      level: 'LOCAL',
      parent: { name: 'Driftsgruppen for sykepleiernettverket' },
    });
    expect(unit('INNLANDET', 'Klinisk utvalg')).toMatchObject({ localTerm: 'Klinisk utvalg', level: 'STEERING' });
    expect(unit('INNLANDET', 'Arbeidsgruppe')).toMatchObject({ level: 'OPERATIONS', parent: { name: 'Klinisk utvalg' } });
    expect(unit('SOR_OST', 'Lovisenberg sektor')).toMatchObject({ localTerm: 'Sektornettverk', level: 'LOCAL', parent: { name: 'Driftsgruppen' } });
    expect(unit('MIDT', 'Palliativt forum Verdal/Levanger')).toMatchObject({ level: 'LOCAL' });
  });

  it('names municipalities from the national register', async () => {
    const { networks } = await queryOk(gateway(), '{ networks { region municipalities { number name county } } }');
    const midt = networks.find((n: { region: string }) => n.region === 'MIDT');
    // The document's Nærøy and Vikna are today's Nærøysund; Bindal lies in Nordland.
    expect(midt.municipalities).toContainEqual({ number: '5060', name: 'Nærøysund', county: 'Trøndelag' });
    expect(midt.municipalities).toContainEqual({ number: '1811', name: 'Bindal', county: 'Nordland' });
    const vest = networks.find((n: { region: string }) => n.region === 'VEST');
    expect(vest.municipalities).toHaveLength(15);
    expect(vest.municipalities).toContainEqual({ number: '1103', name: 'Stavanger', county: 'Rogaland' });
  });

  it('answers member counts by year and the latest known figure', async () => {
    const { networks } = await queryOk(gateway(), '{ networks { region latest: memberCount y2021: memberCount(year: 2021) y2020: memberCount(year: 2020) } }');
    const byRegion = Object.fromEntries(networks.map((n: { region: string }) => [n.region, n]));
    expect(byRegion.SOR_OST).toMatchObject({ latest: 271, y2021: 271, y2020: null });
    // Innlandet's plan gives 170 resource nurses with no year-end: the latest figure, no year's.
    expect(byRegion.INNLANDET).toMatchObject({ latest: 170, y2021: null });
    expect(byRegion.VEST).toMatchObject({ latest: null });
  });

  it('serves the regions and the register from the national subgraph', async () => {
    const data = await queryOk(gateway(), '{ regions { code name networks { name } } municipalities(county: "Oslo") { number name } }');
    expect(data.regions).toHaveLength(4);
    expect(data.regions.find((r: { code: string }) => r.code === 'SOR_OST')).toEqual({
      code: 'SOR_OST',
      name: 'Helse Sør-Øst',
      networks: [{ name: 'Palliativt nettverk i Oslo' }],
    });
    expect(data.municipalities).toEqual([{ number: '0301', name: 'Oslo' }]);
  });
});

describe("each region's own variant through the gateway", () => {
  it('Vest: network groups with their municipalities and the duties by level', async () => {
    const { networks } = await queryOk(
      gateway(),
      '{ networks(region: VEST) { ... on VestNetwork { obligations { appliesTo minimumPerYear } units { ... on VestNetworkGroup { name groupNumber municipalities { name } } ... on VestSteeringGroup { healthTrustRepresentatives municipalityRepresentatives } } } } }',
    );
    const [vest] = networks;
    expect(vest.obligations).toContainEqual({ appliesTo: 'Nettverksgruppene', minimumPerYear: 2 });
    expect(vest.units[0]).toEqual({ healthTrustRepresentatives: 5, municipalityRepresentatives: 5 });
    const dalane = vest.units.find((u: { name?: string }) => u.name === 'Nettverksgruppe Dalane/Sør-Jæren');
    expect(dalane.groupNumber).toBe(4);
    expect(dalane.municipalities.map((m: { name: string }) => m.name).sort()).toEqual(['Bjerkreim', 'Eigersund', 'Gjesdal', 'Hå', 'Lund', 'Sokndal', 'Time']);
  });

  it('Innlandet: the action plan 2020-2021 and the annual cycle', async () => {
    const { networks } = await queryOk(
      gateway(),
      '{ networks(region: INNLANDET) { ... on InnlandetNetwork { annualCycle { periods { label activities { text } } } actionPlans { title focusAreas { title measures responsible deadline partners } } } } }',
    );
    const [innlandet] = networks;
    const plan = innlandet.actionPlans[0];
    expect(plan.title).toContain('2020-2021');
    expect(plan.focusAreas.length).toBe(10);
    expect(JSON.stringify(plan.focusAreas)).toContain('Kompetansebroen');
    expect(innlandet.annualCycle.periods).toHaveLength(4);
  });

  it('Midt: the two fagnettverk and the local resource groups', async () => {
    const { networks } = await queryOk(
      gateway(),
      '{ networks(region: MIDT) { ... on MidtNetwork { plannedStudyDaysPerYear units { __typename name ... on MidtProfessionalNetwork { seat } ... on MidtLocalResourceGroup { documentWording municipalities { number } } } } } }',
    );
    const [midt] = networks;
    expect(midt.plannedStudyDaysPerYear).toBe(2);
    const professional = midt.units.filter((u: { __typename: string }) => u.__typename === 'MidtProfessionalNetwork');
    expect(professional.map((u: { seat: string }) => u.seat).sort()).toEqual(['Levanger', 'Namsos']);
    const ytreNamdal = midt.units.find((u: { name: string }) => u.name === 'Ytre Namdal');
    expect(ytreNamdal.municipalities.map((m: { number: string }) => m.number).sort()).toEqual(['1811', '5060']);
  });

  it('Sør-Øst: the three sector networks with their leaders and hospitals', async () => {
    const { networks } = await queryOk(
      gateway(),
      '{ networks(region: SOR_OST) { ... on SorOstNetwork { history { period } units { ... on SorOstSectorNetwork { name hospital plannedGatheringHoursPerYear leader { name } } } } } }',
    );
    const [oslo] = networks;
    const sectors = oslo.units.filter((u: { name?: string }) => u.name);
    expect(sectors.map((s: { name: string }) => s.name)).toEqual(['Oslo Universitetssykehus sektor', 'Lovisenberg sektor', 'Diakonhjemmet sektor']);
    expect(sectors.every((s: { plannedGatheringHoursPerYear: number }) => s.plannedGatheringHoursPerYear === 12)).toBe(true);
    expect(sectors[0].leader.name).toBe('Elias David Lundereng');
    expect(oslo.history.length).toBeGreaterThanOrEqual(3);
  });
});

describe('the annual report in the national template', () => {
  it("gives Oslo's 2021 report with its local units, as the document reports them", async () => {
    const { network } = await queryOk(
      gateway(),
      `{ network(id: "sor-ost-oslo") { name annualReport(year: 2021) {
          membersAtYearEnd
          studyDays { date registered attendedInPerson attendedDigitally participants }
          introductionCourses { date participants }
          funding { source amountNok }
          localUnits { unit { name } membersAtYearEnd membersPreviousYearEnd membersChange membershipNote gatherings gatheringHours }
        } } }`,
    );
    const report = network.annualReport;
    expect(report.membersAtYearEnd).toBe(271);
    expect(report.studyDays).toEqual([{ date: '2021-11-30', registered: 110, attendedInPerson: 87, attendedDigitally: 5, participants: 92 }]);
    expect(report.introductionCourses).toEqual([{ date: '2021-09-22', participants: 22 }]);
    expect(report.funding).toEqual([{ source: 'Bundistiftelsen', amountNok: 50000 }]);
    expect(report.localUnits).toEqual([
      {
        unit: { name: 'Oslo Universitetssykehus sektor' },
        membersAtYearEnd: 145,
        membersPreviousYearEnd: 132,
        membersChange: 13,
        membershipNote: null,
        gatherings: 1,
        gatheringHours: 6,
      },
      {
        unit: { name: 'Lovisenberg sektor' },
        membersAtYearEnd: 69,
        membersPreviousYearEnd: null,
        membersChange: null,
        membershipNote: 'rundt 15',
        gatherings: 3,
        gatheringHours: 4.5,
      },
      {
        unit: { name: 'Diakonhjemmet sektor' },
        membersAtYearEnd: 57,
        membersPreviousYearEnd: null,
        membersChange: null,
        membershipNote: null,
        gatherings: 0,
        gatheringHours: 0,
      },
    ]);
  });

  it('is null where nothing is recorded for the year, and events filter by date and kind', async () => {
    const data = await queryOk(
      gateway(),
      `{ vest: network(id: "vest-helse-stavanger") { annualReport(year: 2021) { year } }
         oslo: network(id: "sor-ost-oslo") {
           autumn: events(from: "2021-09-01", to: "2021-12-31") { title kind date }
           courses: events(kind: INTRODUCTION_COURSE) { title date unit { name } }
         }
         unknown: network(id: "no-such-network") { name } }`,
    );
    expect(data.vest.annualReport).toBeNull();
    expect(data.unknown).toBeNull();
    expect(data.oslo.autumn.map((e: { date: string }) => e.date).filter(Boolean)).toEqual(expect.arrayContaining(['2021-09-22', '2021-11-30']));
    expect(data.oslo.courses).toEqual([{ title: expect.stringContaining('Introduksjonskurs'), date: '2021-09-22', unit: null }]);
  });

  it('rejects an impossible date with a clear error naming the argument', async () => {
    const result = await postGraphQL(gateway(), '{ network(id: "sor-ost-oslo") { events(from: "2021-02-30") { title } } }');
    expect(result.errors?.[0].message).toMatch(/from|Date/);
    expect(result.errors?.[0].message).toMatch(/YYYY-MM-DD/);
  });
});

describe('a region that is down', () => {
  it('costs only its own entries, names itself, and recovers without a gateway restart', async () => {
    await system.stopService('midt');
    try {
      const result = await postGraphQL(gateway(), '{ networks { region name } }');
      expect(result.data?.networks).toHaveLength(4);
      const present = result
        .data!.networks.filter(Boolean)
        .map((n: { region: string }) => n.region)
        .sort();
      expect(present).toEqual(['INNLANDET', 'SOR_OST', 'VEST']);
      expect(result.data!.networks).toContain(null);
      expect(result.errors?.some((e) => e.extensions?.serviceName === 'midt')).toBe(true);

      // /health is cached briefly (HEALTH_CACHE_MS): the outage shows once the cached answer ages out.
      let health = await fetch(gateway().replace('/graphql', '/health'));
      for (const deadline = Date.now() + 10_000; health.status !== 503 && Date.now() < deadline;) {
        await new Promise((resolve) => setTimeout(resolve, 250));
        health = await fetch(gateway().replace('/graphql', '/health'));
      }
      expect(health.status).toBe(503);
      const body = (await health.json()) as { subgraphs: Array<{ name: string; status: string }> };
      expect(body.subgraphs.find((s) => s.name === 'midt')?.status).toBe('down');
    } finally {
      await system.startService('midt');
    }
    const after = await queryOk(gateway(), '{ networks { region } }');
    expect(after.networks.map((n: { region: string }) => n.region).sort()).toEqual(['INNLANDET', 'MIDT', 'SOR_OST', 'VEST']);
  });
});
