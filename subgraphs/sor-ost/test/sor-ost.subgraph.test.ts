import { sorOstSubgraph } from '@pallnet/subgraph-sor-ost';
import { resolveEntities } from '../../../tests/support/graphql';
import { startTestSubgraph, TestSubgraph } from '../../../tests/support/subgraph';

const NETWORK = { __typename: 'SorOstNetwork', id: 'sor-ost-oslo' };
const OUS = 'sor-ost-oslo-universitetssykehus-sektor';
const LOVISENBERG = 'sor-ost-lovisenberg-sektor';
const DIAKONHJEMMET = 'sor-ost-diakonhjemmet-sektor';

/** The Sør-Øst subgraph on its own: every entity resolves by key, and the annual report 2021's facts are there. */
describe('Sør-Øst subgraph (Palliativt nettverk i Oslo)', () => {
  let subgraph: TestSubgraph;

  beforeAll(async () => {
    subgraph = await startTestSubgraph(sorOstSubgraph);
  });

  afterAll(async () => {
    await subgraph?.stop();
  });

  const entities = (representations: Array<Record<string, string>>, selection: string) => resolveEntities(subgraph, representations, selection);

  const network = (selection: string) => entities([NETWORK], `... on SorOstNetwork { ${selection} }`).then(([n]) => n);

  it.each([
    ['SorOstNetwork', 'sor-ost-oslo', 'Palliativt nettverk i Oslo'],
    ['SorOstSteeringGroup', 'sor-ost-styringsgruppen', 'Styringsgruppen'],
    ['SorOstOperationsGroup', 'sor-ost-driftsgruppen', 'Driftsgruppen'],
    ['SorOstSectorNetwork', OUS, 'Oslo Universitetssykehus sektor'],
    ['SorOstSectorNetwork', LOVISENBERG, 'Lovisenberg sektor'],
    ['SorOstSectorNetwork', DIAKONHJEMMET, 'Diakonhjemmet sektor'],
  ])('resolves %s %s by its key', async (typename, id, name) => {
    const [entity] = await entities([{ __typename: typename, id }], `... on ${typename} { id name }`);
    expect(entity).toEqual({ __typename: typename, id, name });
  });

  it('answers null for an unknown key or a key of another unit type', async () => {
    const result = await entities(
      [
        { __typename: 'SorOstNetwork', id: 'no-such-network' },
        { __typename: 'SorOstSteeringGroup', id: OUS },
        { __typename: 'SorOstSectorNetwork', id: 'sor-ost-driftsgruppen' },
        { __typename: 'SorOstOperationsGroup', id: 'sor-ost-no-such-unit' },
      ],
      '... on SorOstNetwork { id }',
    );
    expect(result).toEqual([null, null, null, null]);
  });

  it('is the Oslo network of Helse Sør-Øst, established 2001, covering Oslo', async () => {
    const n = await network('id region healthTrust established municipalities { number } website figureCaptions');
    // «Hvert av sykehusene har ansvar for sektornettverket i sitt lokalsykehusområde»: not OUS alone.
    expect(n).toMatchObject({
      region: 'SOR_OST',
      healthTrust: 'Oslo universitetssykehus, Lovisenberg Diakonale Sykehus og Diakonhjemmet sykehus',
      established: 2001,
    });
    expect(n.municipalities).toEqual([{ number: '0301' }]);
    expect(n.website).toBe('http://www.oslo-universitetssykehus.no/palliativt-nettverk-i-oslo');
    expect(n.figureCaptions).toContain('Figur 2: Årshjul for palliativt nettverk i 2022');
  });

  it('keeps the history: KSLB and Kreftforeningen in 2001, four local networks in 2007/2008, the merger in 2010/2011', async () => {
    const { history } = await network('history { period fromYear toYear description actors resultingNetworks }');
    expect(history.map((h: { period: string }) => h.period)).toEqual(['2001', 'Høsten 2007/2008', '2010/2011']);
    expect(history[0].actors).toEqual(['Kompetansesenter for lindrende behandling (KSLB), Ullevål universitetssykehus', 'Kreftforeningen']);
    expect(history[1]).toMatchObject({ fromYear: 2007, toYear: 2008 });
    expect(history[1].resultingNetworks).toEqual(['Diakonhjemmet (DHS)', 'Lovisenberg (LDS)', 'Ullevål', 'Aker sektor']);
    expect(history[1].description).toContain('Akershus universitetssykehus (Ahus) sitt opptaksområde inkludert i Aker sektor');
    expect(history[2].resultingNetworks[0]).toBe('Palliativt nettverk, Oslo universitetssykehus (OUS)');
  });

  it('is anchored in the sub-agreement of 28.03.2013, revised 15.9.2017, under revision 2021-2022', async () => {
    const n = await network(
      'agreements { title kind partOf adopted revised note } agreementMilestones { step date period decidedBy change } governingDocuments { issuer title url }',
    );
    expect(n.agreements).toEqual([
      expect.objectContaining({
        title: 'Avtale som regulerer nettverk av ressurssykepleiere innen palliasjon og kreftomsorg',
        kind: 'underavtale',
        partOf: 'Tjenesteavtale 1-koordinerte tjenester',
        adopted: '2013-03-28',
        revised: ['2017-09-15'],
      }),
    ]);
    expect(n.agreements[0].note).toContain('Helsefellesskapet i Oslo');
    expect(n.agreementMilestones).toEqual([
      expect.objectContaining({ step: 'vedtatt', date: '2013-03-28', decidedBy: 'Samarbeidsutvalget for Oslo kommune og sykehusene i Oslo' }),
      expect.objectContaining({
        step: 'revidert',
        date: '2017-09-15',
        change: expect.stringContaining('ny styringsstruktur med styringsgruppe og driftsgruppe'),
      }),
      expect.objectContaining({ step: 'under revidering', date: null, period: '2021-2022' }),
    ]);
    expect(n.governingDocuments).toHaveLength(7);
    expect(n.governingDocuments[2]).toMatchObject({
      issuer: 'Helse- og omsorgsdepartementet',
      title: 'Meld.St. 24 (2019-2020) Lindrende behandling og omsorg',
    });
    expect(n.governingDocuments[6].title).toBe('Lov om kommunale helse- og omsorgstjenester m. m §6-2 nr 2,5,6');
  });

  it('has a steering group over an operations group over three sector networks', async () => {
    const { units } = await network(
      `units { __typename id name localTerm level plannedMeetingsPerYear parent { id } municipalities { number }
        ... on SorOstSectorNetwork { hospital hospitalAbbreviation plannedGatheringHoursPerYear responsibilities } }`,
    );
    expect(units.map((u: { __typename: string; localTerm: string; level: string }) => [u.__typename, u.localTerm, u.level])).toEqual([
      ['SorOstSteeringGroup', 'Styringsgruppe', 'STEERING'],
      ['SorOstOperationsGroup', 'Driftsgruppe', 'OPERATIONS'],
      ['SorOstSectorNetwork', 'Sektornettverk', 'LOCAL'],
      ['SorOstSectorNetwork', 'Sektornettverk', 'LOCAL'],
      ['SorOstSectorNetwork', 'Sektornettverk', 'LOCAL'],
    ]);
    const [steering, operations, ous, lovisenberg, diakonhjemmet] = units;
    expect(steering.parent).toBeNull();
    expect(operations.parent).toEqual({ id: 'sor-ost-styringsgruppen' });
    expect(ous).toMatchObject({ name: 'Oslo Universitetssykehus sektor', hospital: 'Oslo Universitetssykehus', hospitalAbbreviation: 'OUS' });
    // «Det var planlagt å arrangere 6 møter» is 2021's plan (activityReports.meetingsPlanned), not a standing rule.
    expect(lovisenberg).toMatchObject({ hospital: 'Lovisenberg Diakonale Sykehus', hospitalAbbreviation: 'LDS', plannedMeetingsPerYear: null });
    expect(diakonhjemmet).toMatchObject({ hospital: 'Diakonhjemmet sykehus', hospitalAbbreviation: 'DHS', plannedMeetingsPerYear: null });
    for (const sector of [ous, lovisenberg, diakonhjemmet]) {
      expect(sector.parent).toEqual({ id: 'sor-ost-driftsgruppen' });
      expect(sector.plannedGatheringHoursPerYear).toBe(12);
      expect(sector.municipalities).toEqual([{ number: '0301' }]);
      expect(sector.responsibilities[0]).toBe('Arrangere lokale samlinger for nettverket 12 timer i året jf. kompetanseplan');
    }
  });

  it('lists the steering group as of 31.12.2021, with its leader, the replacement and its rotation rule', async () => {
    const [steering] = await entities(
      [{ __typename: 'SorOstSteeringGroup', id: 'sor-ost-styringsgruppen' }],
      `... on SorOstSteeringGroup { rotationYears rotationNote responsibilities
          leader { name workplace organisation } members { name function title workplace organisation replaces note asOf } }`,
    );
    expect(steering.rotationYears).toBe(3);
    expect(steering.responsibilities).toHaveLength(5);
    expect(steering.leader).toEqual({
      name: 'Ellen Bjerkeset',
      workplace: 'Regional kompetjeneste for lindrende behandling',
      organisation: 'Helse Sør-Øst',
    });
    expect(steering.members.map((m: { name: string }) => m.name)).toEqual([
      'Ellen Bjerkeset',
      'Sigrun Skåland Brun',
      'Solrun Merete Tjøstheim',
      'Heidi Strömborg Sand',
      'Heidi Fugli',
      'Vibeche Fahsing',
      'Elias David Lundereng',
    ]);
    expect(steering.members[1]).toMatchObject({
      title: 'Spesialrådgvier',
      organisation: 'OUS',
      replaces: 'Rigmor Vinskei Lindahl',
      note: 'Erstatter representant fra LDS, Rigmor Vinskei Lindahl',
      asOf: '2021-12-31',
    });
    expect(steering.members[6].title).toBe('nettverksleder OUS sektor og Oslo');
  });

  it('lists the operations group with leader, deputy, and the two people of one extracted line', async () => {
    const [operations] = await entities(
      [{ __typename: 'SorOstOperationsGroup', id: 'sor-ost-driftsgruppen' }],
      `... on SorOstOperationsGroup { responsibilities leader { name title } deputyLeader { name title }
          members { name function title workplace organisation sourceWording } }`,
    );
    expect(operations.leader).toEqual({ name: 'Elias David Lundereng', title: 'nettverksleder OUS sektor' });
    expect(operations.deputyLeader).toEqual({ name: 'Liv Fuglum Sætre', title: 'nettverksleder Lovisenberg sektor' });
    expect(operations.members).toHaveLength(8);
    const byName = new Map(operations.members.map((m: { name: string }) => [m.name, m]));
    expect(byName.get('Bente Westad')).toMatchObject({ organisation: 'Lovisenberg Diakonale sykehus', workplace: null });
    expect(byName.get('Lisbeth Klemetsen')).toMatchObject({ workplace: 'bydel Nordstrand', organisation: null });
    expect(byName.get('Reidun Nordlien')).toMatchObject({ title: 'avdelingsleder', workplace: 'lindrende enhet på Solvang Helsehus', organisation: 'SYE' });
    expect(operations.responsibilities).toContain('Arrangere introduksjonskurs for nye ressurssykepleiere');
  });

  it("records the groups' work in 2021: one steering meeting in March, the autumn one cancelled, four operations meetings", async () => {
    const n = await network(
      `events(kind: GOVERNANCE_MEETING) { title period year themes unit { id } }
       units { id ... on SorOstSteeringGroup { activityReports(year: 2021) { meetingsHeld meetingsCancelled note mainMatters } }
         ... on SorOstOperationsGroup { activityReports(year: 2021) { meetingsHeld mainMatters postponedMatters } } }`,
    );
    const steeringMeetings = n.events.filter((e: { unit: { id: string } }) => e.unit.id === 'sor-ost-styringsgruppen');
    expect(steeringMeetings).toEqual([expect.objectContaining({ period: 'mars 2021', year: 2021 })]);
    expect(steeringMeetings[0].themes[1]).toBe('Årsrapport 2020 (Godkjenning og forslag til endring av mal)');
    expect(n.events.filter((e: { unit: { id: string } }) => e.unit.id === 'sor-ost-driftsgruppen')).toHaveLength(4);

    const [steering, operations] = n.units;
    expect(steering.activityReports).toEqual([expect.objectContaining({ meetingsHeld: 1, meetingsCancelled: 1, note: 'Høstens møte ble avlyst pga sykdom.' })]);
    expect(operations.activityReports[0].meetingsHeld).toBe(4);
    expect(operations.activityReports[0].mainMatters).toHaveLength(6);
    expect(operations.activityReports[0].postponedMatters).toEqual([
      expect.stringContaining('kartlegge private aktører i hjemmetjenesten'),
      expect.stringContaining('Hospitering har vært et uttalt mål'),
      'Arbeid med mål/strategiplan for 2020-2024 utarbeidet av styringsgruppa',
    ]);
  });

  it('gives the annual report 2021 in the national template', async () => {
    const { annualReport: report } = await network(
      `annualReport(year: 2021) {
        membersAtYearEnd gatherings gatheringHours
        studyDays { title date registered attendedInPerson attendedDigitally participants form location }
        introductionCourses { date participants attendedInPerson form location }
        funding { source amountNok purpose }
        localUnits { unit { id } membersAtYearEnd membersPreviousYearEnd membersChange membershipNote gatherings gatheringHours
          jobShadowingDays jobShadowing { who host days } themes goalsReached studyDays { hours participants form } } }`,
    );
    expect(report.membersAtYearEnd).toBe(271);
    expect(report.studyDays).toEqual([
      {
        title: 'Felles fagdag for palliative nettverk i Oslo 2021',
        date: '2021-11-30',
        registered: 110,
        attendedInPerson: 87,
        attendedDigitally: 5,
        participants: 92,
        form: 'hybrid',
        location: 'store auditorium ved VID høgskole/Diakonhjemmet sykehus',
      },
    ]);
    expect(report.introductionCourses).toEqual([
      // «gjennomført fysisk … Det var 22 nye ressurssykepleiere som deltok»: a total, not copied into attendedInPerson.
      { date: '2021-09-22', participants: 22, attendedInPerson: null, form: 'fysisk', location: 'Livisenberg livshjelpsenter' },
    ]);
    expect(report.funding).toEqual([{ source: 'Bundistiftelsen', amountNok: 50000, purpose: 'Felles fagdag for palliative nettverk i Oslo 2021' }]);
    // The sectors' gatherings: OUS's study day (6 h) and Lovisenberg's three meetings of 1.5 h.
    expect(report.gatherings).toBe(4);
    expect(report.gatheringHours).toBe(10.5);

    const [ous, lovisenberg, diakonhjemmet] = report.localUnits;
    expect(ous).toMatchObject({ unit: { id: OUS }, membersAtYearEnd: 145, membersPreviousYearEnd: 132, membersChange: 13, gatherings: 1, gatheringHours: 6 });
    expect(ous.studyDays).toEqual([{ hours: 6, participants: 45, form: 'digital' }]);
    expect(ous.themes).toContain('sykepleieres erfaringer med bruk av ESAS');
    expect(lovisenberg).toMatchObject({
      unit: { id: LOVISENBERG },
      membersAtYearEnd: 69,
      membersPreviousYearEnd: null,
      membersChange: null,
      membershipNote: 'rundt 15',
      gatherings: 3,
      gatheringHours: 4.5,
    });
    expect(lovisenberg.themes).toContain('Opprettelse og bruk av palliativ plan');
    expect(diakonhjemmet).toMatchObject({ unit: { id: DIAKONHJEMMET }, membersAtYearEnd: 57, gatherings: 0, gatheringHours: 0, jobShadowingDays: null });
    expect(diakonhjemmet.jobShadowing).toEqual([{ who: 'Palliativt team', host: 'Fransiskushjelpen', days: null }]);
    expect(ous.membersAtYearEnd + lovisenberg.membersAtYearEnd + diakonhjemmet.membersAtYearEnd).toBe(report.membersAtYearEnd);
  });

  it("keeps no attendance figures for the Lovisenberg meetings, only the report's guess in words", async () => {
    const n = await network(
      `events(kind: NETWORK_MEETING, from: "2021-01-01", to: "2021-12-31") { period hours participants attendedInPerson attendedDigitally note unit { id } }
       units { ... on SorOstSectorNetwork { id activityReports { meetingsSummary meetingsHeld meetingsPlanned plannedHoursPerMeeting participation } } }`,
    );
    expect(n.events.map((e: { period: string }) => e.period)).toEqual(['våren 2021', 'høsten 2021', 'høsten 2021']);
    for (const event of n.events) {
      expect(event).toMatchObject({ hours: 1.5, participants: null, attendedInPerson: null, attendedDigitally: null, unit: { id: LOVISENBERG } });
      expect(event.note).toContain('Vil tro rundt 10- 15 personer per møte');
    }
    const lovisenberg = n.units.find((u: { id?: string }) => u.id === LOVISENBERG);
    expect(lovisenberg.activityReports).toEqual([
      expect.objectContaining({ meetingsSummary: 'Antall møter: 3 (x 1,5 time)', meetingsHeld: 3, meetingsPlanned: 6, plannedHoursPerMeeting: 1.5 }),
    ]);
    expect(lovisenberg.activityReports[0].participation).toContain('ikke blitt registrert');
  });

  it("has the sector leaders and Diakonhjemmet's four leaders of 2021", async () => {
    const [ous, lovisenberg, diakonhjemmet] = await entities(
      [OUS, LOVISENBERG, DIAKONHJEMMET].map((id) => ({ __typename: 'SorOstSectorNetwork', id })),
      `... on SorOstSectorNetwork { leader { name role affiliation } leadership { name role period fromDate employedFrom current }
          activityReports(year: 2021) { meetingsHeld jointStudyDayParticipants jobShadowing plansForYear plans } }`,
    );
    expect(ous.leader).toEqual({
      name: 'Elias David Lundereng',
      role: 'Leder',
      affiliation: 'Seksjon Lindrende Behandling, Kreftklinikken, Oslo Universitetssykehus',
    });
    expect(lovisenberg.leader.name).toBe('Liv Fuglum Sætre');
    expect(diakonhjemmet.leader).toEqual({ name: 'Tone Oraug', role: 'Konstituert leder', affiliation: 'sykepleier i palliativt team Diakonhjemmet sykehus' });
    expect(diakonhjemmet.leadership.map((t: { name: string }) => t.name)).toEqual(['Lars Holtet', 'Anne Beate Moland', 'Vilde Witzøe', 'Tone Oraug']);
    expect(diakonhjemmet.leadership[2]).toMatchObject({ role: 'Konstituert leder', period: 'gjennom høsten', current: false });
    expect(diakonhjemmet.leadership[3]).toMatchObject({ fromDate: '2021-12-01', employedFrom: '2021-11-01', current: true });
    expect(diakonhjemmet.activityReports[0]).toMatchObject({
      meetingsHeld: 0,
      jointStudyDayParticipants: 10,
      jobShadowing: 'Palliativt team har hospitert hos Fransiskushjelpen.',
      plansForYear: 2022,
    });
    expect(ous.activityReports[0].jobShadowing).toContain('ikke vært anledning for hospitering');
  });

  it('carries the main goals and the eight sub-goals of 2021 into 2022', async () => {
    const n = await network(
      `goals { kind number title year carriedOverTo }
       subGoals: goals(kind: SUB) { number title }
       annualReport(year: 2022) { focusAreas { title status } localUnits { unit { id } focusAreas { title status } } }`,
    );
    expect(n.goals).toHaveLength(13);
    expect(n.goals.every((g: { year: number; carriedOverTo: number }) => g.year === 2021 && g.carriedOverTo === 2022)).toBe(true);
    expect(n.goals.filter((g: { kind: string }) => g.kind === 'MAIN')).toHaveLength(5);
    expect(n.subGoals.map((g: { number: number }) => g.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(n.subGoals[7].title).toBe('Arbeide etter årshjulet (se figur 2), med forbehold om lokale variasjoner.');

    const focus = n.annualReport.focusAreas;
    expect(focus).toHaveLength(8);
    expect(focus.every((f: { status: string }) => f.status === 'CONTINUED')).toBe(true);
    expect(focus.map((f: { title: string }) => f.title)).toEqual(n.subGoals.map((g: { title: string }) => g.title));

    const ous = n.annualReport.localUnits.find((r: { unit: { id: string } }) => r.unit.id === OUS);
    // The report gives this item no status: unknown, not NEW.
    expect(ous.focusAreas).toContainEqual({ title: 'Opprette arbeidsgruppe som støtter nettverkslederen i å arrangere fagdager', status: null });
    expect(ous.focusAreas).toContainEqual({ title: 'Hospitering på tvers av sykehusavdelingene eller tjenestenivåer', status: 'CONTINUED' });
  });

  it("keeps the joint study day's programme, its grant's handling, and the courses others arranged", async () => {
    const n = await network(
      `talks { eventDate eventTitle theme speakers { name role } }
       fundingDetails(year: 2021) { source amountNok note }
       externalActivities(year: 2021) { title kind organiser participants participantsNote }
       activityReports(year: 2021) { meetingsSummary activity }
       events(kind: INTRODUCTION_COURSE) { themes note }`,
    );
    expect(n.talks).toHaveLength(5);
    expect(n.talks[0].speakers).toEqual([
      { name: 'Inger Fossli', role: null },
      { name: 'Torunn Wester', role: null },
    ]);
    expect(n.talks[3].theme).toBe('Palliasjon under en pandemi');
    expect(n.talks[3].speakers).toHaveLength(4);
    expect(n.talks[4].speakers[0]).toEqual({ name: 'Elias David Lundereng', role: 'kreftsykepleier, MSc, Seksjon for lindrende behandling, OUS' });
    expect(n.talks.every((t: { eventDate: string }) => t.eventDate === '2021-11-30')).toBe(true);

    expect(n.fundingDetails).toEqual([expect.objectContaining({ source: 'Bundistiftelsen', amountNok: 50000 })]);
    expect(n.fundingDetails[0].note).toContain('Gjenværende beløp tilbakeføres til Bundistiftelsen');
    expect(n.fundingDetails[0].note).toContain('Knif Regnskap via Fransiskushjelpen');

    expect(n.externalActivities.map((a: { title: string }) => a.title)).toEqual([
      'Den lille forskjellen',
      'Digital opplæringspakke i lindrende behandling og omsorg ved livets slutt',
      'nettverksledersamling',
      'samarbeidsmøter mellom nettverkslederne og sykehjemsetaten',
    ]);
    expect(n.externalActivities[1].organiser).toContain('(USHT/SFF)');
    expect(n.externalActivities[2].participants).toEqual(['Vilde Witzøe', 'Liv Sætre', 'Elias Lundereng', 'Elsie Hannon']);

    expect(n.activityReports).toEqual([expect.objectContaining({ meetingsSummary: 'Antall møter/fagdager: 1 felles fagdag – 1 introduksjonskurs' })]);
    expect(n.events[0].themes).toContain('Palliasjon, nettverk og ressursykepleierrollen');
  });

  it('answers memberCount by year and the latest figure without one', async () => {
    const n = await network(`memberCount latest2020: memberCount(year: 2020) units { id memberCount m2020: memberCount(year: 2020) }`);
    expect(n.memberCount).toBe(271);
    expect(n.latest2020).toBeNull();
    const ous = n.units.find((u: { id: string }) => u.id === OUS);
    expect(ous).toMatchObject({ memberCount: 145, m2020: 132 });
  });
});
