import { innlandetSubgraph } from '@pallnet/subgraph-innlandet';
import { resolveEntities } from '../../../tests/support/graphql';
import { startTestSubgraph, TestSubgraph } from '../../../tests/support/subgraph';

const NETWORK = { __typename: 'InnlandetNetwork', id: 'innlandet-sykehuset-innlandet' };

/** The Innlandet subgraph on its own: every entity resolves by key, and the action plan's facts are there. */
describe('Innlandet subgraph (Sykehuset Innlandet)', () => {
  let subgraph: TestSubgraph;

  beforeAll(async () => {
    subgraph = await startTestSubgraph(innlandetSubgraph);
  });

  afterAll(async () => {
    await subgraph?.stop();
  });

  const entities = (representations: Array<Record<string, string>>, selection: string) => resolveEntities(subgraph, representations, selection);

  const network = (selection: string) => entities([NETWORK], `... on InnlandetNetwork { ${selection} }`).then(([n]) => n);

  it.each([
    ['InnlandetNetwork', 'innlandet-sykehuset-innlandet', 'Ressurssykepleienettverket i palliasjon og kreftomsorg i Innlandet'],
    ['InnlandetCooperationCommittee', 'innlandet-osu', 'overordnet samarbeidsutvalg (OSU)'],
    ['InnlandetClinicalCommittee', 'innlandet-klinisk-utvalg', 'Klinisk utvalg'],
    ['InnlandetWorkingGroup', 'innlandet-arbeidsgruppe', 'Arbeidsgruppe'],
    ['InnlandetResourceNurseNetwork', 'innlandet-sykepleienettverket', 'sykepleienettverket'],
  ])('resolves %s by its key', async (typename, id, name) => {
    const [entity] = await entities([{ __typename: typename, id }], `... on ${typename} { id name }`);
    expect(entity).toEqual({ __typename: typename, id, name });
  });

  it('answers null for an unknown key or a key of another unit type', async () => {
    const result = await entities(
      [
        { __typename: 'InnlandetNetwork', id: 'no-such-network' },
        { __typename: 'InnlandetWorkingGroup', id: 'innlandet-klinisk-utvalg' },
        { __typename: 'InnlandetResourceNurseNetwork', id: 'vest-nettverksgruppe-sandnes' },
      ],
      '... on InnlandetNetwork { id }',
    );
    expect(result).toEqual([null, null, null]);
  });

  it('names the network, its health trust and its organisation chart as the plan does', async () => {
    const n = await network(`name region healthTrust healthTrustAbbreviation established municipalities { number }
      organisationChain organisationModel organisationLevels organisationChartLabels`);
    expect(n).toMatchObject({
      name: 'Ressurssykepleienettverket i palliasjon og kreftomsorg i Innlandet',
      region: 'INNLANDET',
      healthTrust: 'Sykehuset Innlandet',
      healthTrustAbbreviation: 'SI',
      established: null,
      organisationLevels: 3,
    });
    expect(n.organisationChain).toEqual([
      'Sykehuset Innlandet (SI)',
      'overordnet samarbeidsutvalg (OSU)',
      'Klinisk utvalg',
      'Arbeidsgruppe',
      'sykepleienettverket',
    ]);
    expect(n.organisationModel).toBe('Visuell modell for samarbeid og samhandling, fagnettverk 3 nivåer – ulike mandat/oppgaver');
    expect(n.organisationChartLabels).toEqual(expect.arrayContaining(['OSU', 'GSU', '170 ressurssykepleiere ved alle relevante enheter i kommunene og SI']));
    // The plan speaks of "kommunene" but names none, so no municipality is guessed.
    expect(n.municipalities).toEqual([]);
  });

  it('has OSU over Klinisk utvalg (3 meetings) over the Arbeidsgruppe (4) over the 170 resource nurses', async () => {
    const n = await network(`units { __typename id name localTerm level plannedMeetingsPerYear parent { id } memberCount
      ... on InnlandetCooperationCommittee { abbreviation anchoredIn otherNames }
      ... on InnlandetClinicalCommittee { aim serviceQualities roles otherNames }
      ... on InnlandetWorkingGroup { courseCommittee otherNames }
      ... on InnlandetResourceNurseNetwork { coverage chartLabel otherNames dated: memberCount(year: 2021) } }`);
    const [osu, committee, group, nurses] = n.units;
    expect(n.units).toHaveLength(4);
    expect(osu).toMatchObject({
      __typename: 'InnlandetCooperationCommittee',
      name: 'overordnet samarbeidsutvalg (OSU)',
      localTerm: 'Overordnet samarbeidsutvalg',
      level: 'STEERING',
      parent: null,
      plannedMeetingsPerYear: null,
      abbreviation: 'OSU',
      anchoredIn: 'Sykehuset Innlandet (SI)',
    });
    expect(committee).toMatchObject({
      __typename: 'InnlandetClinicalCommittee',
      name: 'Klinisk utvalg',
      localTerm: 'Klinisk utvalg',
      level: 'STEERING',
      plannedMeetingsPerYear: 3,
      parent: { id: 'innlandet-osu' },
    });
    expect(committee.aim).toBe(
      'Det kliniske utvalget har som mål å utvikle tjenester av god kvalitet for kreftpasienter og andre alvorlig syke; -tjenester som er',
    );
    expect(committee.serviceQualities).toEqual([
      'Virkningsfulle',
      'Trygge og sikre',
      'Involverer brukere og gir dem innflytelse',
      'Er samordnet og preget av kontinuitet',
      'Utnytter ressursene på en god måte',
      'Er tilgjengelige og rettferdig fordelt',
    ]);
    expect(committee.roles).toContain('brukerrepresentanten i Klinisk utvalg');
    expect(committee.otherNames).toContain('Kl.utvalg');
    expect(group).toMatchObject({
      __typename: 'InnlandetWorkingGroup',
      name: 'Arbeidsgruppe',
      level: 'OPERATIONS',
      plannedMeetingsPerYear: 4,
      parent: { id: 'innlandet-klinisk-utvalg' },
      courseCommittee: 'egen kurskomite, har ansvar for temadagen.',
    });
    expect(group.otherNames).toEqual(expect.arrayContaining(['Arb.gr', 'arebidsgruppen']));
    expect(nurses).toMatchObject({
      __typename: 'InnlandetResourceNurseNetwork',
      name: 'sykepleienettverket',
      localTerm: 'Ressurssykepleienettverk',
      level: 'LOCAL',
      parent: { id: 'innlandet-arbeidsgruppe' },
      coverage: 'ved alle relevante enheter i kommunene og SI',
      memberCount: 170,
      dated: null,
    });
  });

  it('counts 170 resource nurses without a year-end, and reports the plan’s focus areas by year', async () => {
    const n = await network(`memberCount dated: memberCount(year: 2021) events { title }
      y2020: annualReport(year: 2020) { membersAtYearEnd gatherings studyDays { title } localUnits { year } focusAreas { title status } }
      y2021: annualReport(year: 2021) { membersAtYearEnd membersPreviousYearEnd introductionCourses { title } focusAreas { title status } }
      y2019: annualReport(year: 2019) { year }`);
    expect(n.memberCount).toBe(170);
    expect(n.dated).toBeNull();
    // Theme days and courses are plans in this document, not held events.
    expect(n.events).toEqual([]);
    expect(n.y2019).toBeNull();
    expect(n.y2020).toMatchObject({ membersAtYearEnd: null, gatherings: null, studyDays: [], localUnits: [] });
    expect(n.y2020.focusAreas).toHaveLength(10);
    // The plan gives no status (new, continued, completed) to any of its rows: unknown, not inferred.
    expect(n.y2020.focusAreas.every((f: { status: string | null }) => f.status === null)).toBe(true);
    expect(n.y2021).toMatchObject({ membersAtYearEnd: null, membersPreviousYearEnd: null, introductionCourses: [] });
    expect(n.y2021.focusAreas).toContainEqual({ title: 'Basisopplæring for alle.', status: null });
    expect(n.y2021.focusAreas.every((f: { status: string | null }) => f.status === null)).toBe(true);
  });

  it('keeps the goals of the network and the agreement that anchors it', async () => {
    const n = await network('mainGoal goals agreements { title kind partOf adopted revised parties note }');
    expect(n.mainGoal).toMatch(
      /^Målet er et velfungerende ressurssykepleienettverk som ivaretar pasienter med behov for lindrende behandling – uavhengig av diagnose\./,
    );
    expect(n.goals).toHaveLength(4);
    expect(n.goals[0]).toBe('Det skal være lett å finne frem til ressurssykepleierne');
    expect(n.goals[3]).toBe('Nettverket skal ha et tett samarbeid med brukerutvalg');
    expect(n.agreements).toEqual([
      {
        title: 'Avtale som regulerer Ressurssykepleiernettverket i palliasjon og kreftomsorg i Innlandet',
        kind: 'Underavtale',
        partOf: 'Tjenesteavtale 1 – ansvar og oppgaver',
        adopted: null,
        revised: [],
        parties: [],
        note: expect.stringContaining('Underavtale til Tjenesteavtale 1'),
      },
    ]);
  });

  it('stores the meeting rules: one of three by video conference, at least one joint meeting', async () => {
    const n =
      await network(`meetingRules { unit { id } wording meetingsPerYear videoConferenceMeetings videoConferencePreferred minimumJointMeetings jointWith { name } }
      units { id ... on InnlandetWorkingGroup { meetingRule { meetingsPerYear } } ... on InnlandetCooperationCommittee { meetingRule { wording } } }`);
    expect(n.meetingRules).toEqual([
      {
        unit: { id: 'innlandet-klinisk-utvalg' },
        wording: '3 årlige møter (et via VK)',
        meetingsPerYear: 3,
        videoConferenceMeetings: 1,
        videoConferencePreferred: false,
        minimumJointMeetings: null,
        jointWith: null,
      },
      {
        unit: { id: 'innlandet-arbeidsgruppe' },
        wording: '4 årlige møter (gjerne via VK) Minst ett av møtene er felles med Klinisk utvalg.',
        meetingsPerYear: 4,
        videoConferenceMeetings: null,
        videoConferencePreferred: true,
        minimumJointMeetings: 1,
        jointWith: { name: 'Klinisk utvalg' },
      },
    ]);
    expect(n.units[0].meetingRule).toBeNull();
    expect(n.units[2].meetingRule).toEqual({ meetingsPerYear: 4 });
  });

  it('lays out the annual cycle by period with every activity', async () => {
    const n = await network(`annualCycle { title principle periods { label fromMonth toMonth
      activities { text eventKind month day digital jointMeeting units { id } } } }`);
    const cycle = n.annualCycle;
    expect(cycle.title).toBe('Årshjul for Klinisk utvalg og arbeidsgruppen i Innlandet');
    expect(cycle.principle).toContain('EN fast struktur – som rulleres.');
    expect(cycle.periods.map((p: { label: string; fromMonth: number; toMonth: number }) => [p.label, p.fromMonth, p.toMonth])).toEqual([
      ['Jan-febr', 1, 2],
      ['mars April-mai-juni', 3, 6],
      ['Juli-aug-sept', 7, 9],
      ['Okt-nov-des', 10, 12],
    ]);
    expect(cycle.periods.map((p: { activities: unknown[] }) => p.activities.length)).toEqual([6, 4, 3, 4]);
    const [winter, spring, , autumn] = cycle.periods;
    expect(winter.activities[0]).toMatchObject({ text: 'Strategimøte kl.utvalg- ( Videokonferanse-møte ):', eventKind: 'GOVERNANCE_MEETING', digital: true });
    expect(winter.activities[2]).toMatchObject({ text: 'Digital temadag', eventKind: 'STUDY_DAY' });
    expect(spring.activities[0]).toMatchObject({
      text: 'Vårmøte Kl.utvalg: Sammen med arbeidsgruppen deler av møtet',
      jointMeeting: true,
      units: [{ id: 'innlandet-klinisk-utvalg' }, { id: 'innlandet-arbeidsgruppe' }],
    });
    expect(spring.activities[1]).toMatchObject({
      text: 'Årsmelding OSU. Behandles i vårt møte 24. mars.',
      month: 3,
      day: 24,
      // «vårt møte» in the årshjul «for Klinisk utvalg og arbeidsgruppen»: Klinisk utvalg's meeting.
      units: [{ id: 'innlandet-klinisk-utvalg' }],
    });
    expect(autumn.activities[0]).toMatchObject({ text: 'Basiskurs- oktober', eventKind: 'INTRODUCTION_COURSE', month: 10, day: null });
    expect(autumn.activities[1]).toMatchObject({ jointMeeting: false, eventKind: 'GOVERNANCE_MEETING' });
    expect(autumn.activities[2].text).toBe('Gjennomgå og oppnevne medlemmer i klinisk utvalg og arebidsgruppen.');
  });

  it('holds the action plan 2020-2021 with every focus area, measure, responsible, deadline and partner', async () => {
    const n = await network(`actionPlans { title } current: actionPlan(year: 2021) { title fromYear toYear revised revisedYear revisedMonth revisedBy
      focusAreas { title measures responsible responsibleUnits { id } responsiblePersons deadline deadlineYear partners
        plannedEvents { kind title schedule year days audience note } } }
      before: actionPlan(year: 2019) { title }`);
    expect(n.actionPlans).toHaveLength(1);
    expect(n.before).toBeNull();
    const plan = n.current;
    expect(plan).toMatchObject({
      title: 'Handlingsplan 2020-2021 for Ressurssykepleienettverket i palliasjon og kreftomsorg i Innlandet',
      fromYear: 2020,
      toYear: 2021,
      revised: 'Revidert januar 2021',
      revisedYear: 2021,
      revisedMonth: 1,
      revisedBy: 'Synøve Revling Holm',
    });
    const areas = plan.focusAreas;
    expect(areas.map((a: { title: string }) => a.title)).toEqual([
      'Videreutvikle nettverket med større fokus også på andre pasientgrupper enn kreftpasienter. Sørge for at nettverket implementeres i Helsefellesskapet.',
      'Være mer synlig og kjent',
      'Pasientens helsetjeneste-bruker i sentrum',
      'Oppfølging av avtale som regulerer tjenesteavtalene 2023.',
      'Vedlikeholde samarbeid med Forløpskoordinatornettverket',
      'Basisopplæring for alle.',
      'Bidra inn i forskningsprosjekt',
      'Oppdaterte adresselister.',
      'Informere om Ressursnettverket og arbeidet der til HINN, NTNU',
      'Nyhetsbrev Høst og vår',
    ]);
    expect(areas[0]).toMatchObject({
      measures: ['Målrettet utviklingsarbeid', 'Tettere samarbeid mellom fagmiljøene i SI og kommunene.'],
      responsibleUnits: [{ id: 'innlandet-klinisk-utvalg' }, { id: 'innlandet-arbeidsgruppe' }],
      partners: ['Redional kompetansetjeneste i lindrende behandling (KLB)'],
    });
    expect(areas[2]).toMatchObject({
      responsiblePersons: ['Synøve', 'Ida Målfrid', 'Elisabeth'],
      partners: ['Brukerutvalget', 'Pas. organisasjoner og interesseorganisasjoner'],
    });
    expect(areas[3]).toMatchObject({
      responsible: null,
      deadline: 'Ny revisjon 2023',
      deadlineYear: 2023,
      partners: ['SI', 'Kommunene', 'OSU/ Helsefellesskapet'],
    });
    expect(areas[4].measures).toContain('Leder klinisk utvalg tar kontakt med Grethe Hvithammer SI.');
    expect(areas[5]).toMatchObject({
      responsible: 'Arbeidsgruppen, egen kurskomite, har ansvar for temadagen.',
      responsibleUnits: [{ id: 'innlandet-arbeidsgruppe' }],
    });
    expect(areas[5].plannedEvents).toContainEqual({
      kind: 'STUDY_DAY',
      title: 'Temadag',
      schedule: 'Vår 2021',
      year: 2021,
      days: 1,
      audience: null,
      note: 'Endring dette året pga. Corona',
    });
    expect(areas[5].plannedEvents).toContainEqual(
      expect.objectContaining({ kind: 'INTRODUCTION_COURSE', schedule: 'Annenhver høst', days: 1, audience: 'nye ressurssykepleiere' }),
    );
    expect(areas[6]).toMatchObject({ responsiblePersons: ['Karin'], partners: ['Marit Slaaen', 'Bodil S Kolsgaard'] });
    expect(areas[6].measures[0]).toBe('Delta i Stråleprosjektet fase 2, ut i 2021');
    expect(areas[7]).toMatchObject({ responsiblePersons: ['Bente Tokerud'], partners: ['Kompetansebroens redaksjon', 'Bente Langvik Olsen'] });
    expect(areas[9].measures[1]).toBe('Innhold til Nyhetsbrevet sendes sekretær Elisabeth for å sammenstilles.');
    expect(areas[9].responsible).toBe('Alle');
  });

  it('lists the governing documents: national documents with their addresses, laws and local documents', async () => {
    const n = await network(`governingDocuments { category title reference publisher year updatedYear url }
      laws: governingDocuments(category: LAW) { title year } local: governingDocuments(category: LOCAL) { title }`);
    expect(n.governingDocuments).toHaveLength(17);
    expect(n.governingDocuments.filter((d: { category: string }) => d.category === 'NATIONAL')).toHaveLength(10);
    expect(n.governingDocuments[0]).toMatchObject({
      title: 'Nasjonalt handlingsprogram for palliasjon i kreftomsorgen',
      reference: 'IS-2800',
      publisher: 'Helsedirektoratet',
      year: 2015,
      updatedYear: 2019,
    });
    expect(n.governingDocuments[0].url).toMatch(
      /^https:\/\/www\.helsedirektoratet\.no\/retningslinjer\/palliasjon-i-kreftomsorgen-handlingsprogram\/.*retningslinjer\.pdf$/,
    );
    expect(n.governingDocuments).toContainEqual(
      expect.objectContaining({ reference: 'NOU 2017: 16', year: 2017, url: 'https://www.regjeringen.no/no/dokumenter/nou-2017-16/id2582548/' }),
    );
    expect(n.governingDocuments).toContainEqual(
      expect.objectContaining({
        reference: 'Meld. St. 24 (2019–2020)',
        url: 'https://www.regjeringen.no/no/dokumenter/meld.-st.-24-20192020/id2700942/?ch=1',
      }),
    );
    expect(n.laws).toEqual([
      { title: 'Spesialisthelsetjenesteloven', year: 2014 },
      { title: 'Helse- og omsorgtjenesteloven', year: 2014 },
    ]);
    expect(n.local.map((d: { title: string }) => d.title)).toEqual([
      'Pakkeforløp kreftrehabilitering SI',
      'Anbefaling for organisering av kompetansenettverk i palliasjon og kreftomsorg i region sør-øst',
      'Avtale som regulerer Ressurssykepleiernettverket i palliasjon og kreftomsorg i Innlandet',
      'Funksjonsbeskrivelse for ressurssykepleiere i Ressurssykepleienettverket i palliasjon og kreftomsorg i Innlandet',
      'Kompetanseplan Ressurssykepleiernettverket i palliasjon og kreftomsorg i Innlandet',
    ]);
  });
});
