import { midtSubgraph } from '@pallnet/subgraph-midt';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { resolveEntities } from '../../../tests/support/graphql';
import { startTestSubgraph, TestSubgraph } from '../../../tests/support/subgraph';

const NETWORK = { __typename: 'MidtNetwork', id: 'midt-nord-trondelag' };
const numbers = (list: Array<{ number: string }>) => list.map((m) => m.number).sort();

/** The Midt subgraph on its own: every entity resolves by key, and the document's facts are there. */
describe('Midt subgraph (Helse Nord-Trøndelag)', () => {
  let subgraph: TestSubgraph;

  beforeAll(async () => {
    subgraph = await startTestSubgraph(midtSubgraph);
  });

  afterAll(async () => {
    await subgraph?.stop();
  });

  const entities = (representations: Array<Record<string, string>>, selection: string) => resolveEntities(subgraph, representations, selection);

  const network = (selection: string) => entities([NETWORK], `... on MidtNetwork { ${selection} }`).then(([{ __typename, ...fields }]) => fields);

  it.each([
    ['MidtNetwork', 'midt-nord-trondelag', 'Fagnettverk for ressurspersoner i kreftomsorg og lindrende behandling i Nord-Trøndelag'],
    ['MidtCooperationCommittee', 'midt-asu', 'Administrativt samarbeidsutvalg (ASU)'],
    ['MidtProfessionalCouncil', 'midt-fagrad-tjenesteavtale-2', 'fagråd for tjenesteavtale 2'],
    ['MidtProfessionalNetwork', 'midt-fagnettverk-nord-namsos', 'Fagnettverk / kreftspl, Nord (Namsos)'],
    ['MidtLocalResourceGroup', 'midt-palliativt-forum-verdal-levanger', 'Palliativt forum Verdal/Levanger'],
  ])('resolves %s by its key', async (typename, id, name) => {
    const [entity] = await entities([{ __typename: typename, id }], `... on ${typename} { id name }`);
    expect(entity).toEqual({ __typename: typename, id, name });
  });

  it('answers null for an unknown key or a key of another unit type', async () => {
    const result = await entities(
      [
        { __typename: 'MidtNetwork', id: 'no-such-network' },
        { __typename: 'MidtProfessionalCouncil', id: 'midt-asu' },
        { __typename: 'MidtLocalResourceGroup', id: 'midt-fagnettverk-sor-levanger' },
      ],
      '... on MidtNetwork { id }',
    );
    expect(result).toEqual([null, null, null]);
  });

  it('has the name, health trust, year and purpose of the document', async () => {
    expect(await network('name region healthTrust established purpose targetGroup')).toEqual({
      name: 'Fagnettverk for ressurspersoner i kreftomsorg og lindrende behandling i Nord-Trøndelag',
      region: 'MIDT',
      // The document writes «Helse Nord-Trøndelag» and never adds «HF».
      healthTrust: 'Helse Nord-Trøndelag',
      established: 2010,
      purpose:
        'Målet med fagnettverket er kompetanseheving, bedre samhandling og at pasient og pårørende opplever trygghet og mottar helse- og omsorgstjenester med god kvalitet på tvers av kommuner og helseforetak.',
      targetGroup: 'Helsepersonell i Helse Nord-Trøndelag og kommunehelsetjenesten.',
    });
  });

  it('lists the goals and the organisation: rotating leader and secretary, free study days at own cost', async () => {
    const n = await network('goals organisation rotatingRoles rotatesBetween plannedStudyDaysPerYear studyDaysFree costSharing');
    expect(n.goals).toEqual([
      'Systematisk oppdatering, vedlikehold og implementering av kunnskap innen fagområdet',
      'Felles møtefora mellom Helse Nord-Trøndelag og kommunene',
      'Årlig prioritering av hvilke områder det skal satses på, med fokus på samhandling og utvikling',
    ]);
    expect(n.organisation).toHaveLength(3);
    expect(n.organisation[0]).toBe('Nettverket består av helsepersonell fra 1. og 2. linjetjenesten og utvikles i et samarbeid mellom partene.');
    expect(n.organisation[1]).toBe('Leder og sekretærfunksjon rulleres mellom kommuner og Helse Nord-Trøndelag.');
    expect(n.rotatingRoles).toEqual(['Leder', 'sekretærfunksjon']);
    expect(n.rotatesBetween).toEqual(['kommuner', 'Helse Nord-Trøndelag']);
    expect(n).toMatchObject({
      plannedStudyDaysPerYear: 2,
      studyDaysFree: true,
      costSharing: 'partene tar selv ansvar for kostnadene ved å arrangere fagdager',
    });
  });

  it('puts PSU over ASU (6 + 6, plus Fylkesmannen, employees and users), and the council of service agreement 2 under ASU as an inferred link', async () => {
    const n = await network(`anchoring reportsTo { id }
      units { __typename id name localTerm level plannedMeetingsPerYear parent { id } parentInferred
        ... on MidtCooperationCommittee { description abbreviation representativesChosenByMunicipalities representativesChosenByHealthTrust alsoRepresented }
        ... on MidtProfessionalCouncil { description serviceAgreementNumber serviceAgreementTitle serviceAgreementUrl } }`);
    const [psu, asu, council] = n.units;
    expect(psu).toMatchObject({
      __typename: 'MidtCooperationCommittee',
      name: 'politisk samarbeidsutvalg (PSU)',
      abbreviation: 'PSU',
      localTerm: 'Samarbeidsutvalg',
      level: 'STEERING',
      parent: null,
      parentInferred: false,
      representativesChosenByMunicipalities: null,
    });
    expect(psu.description).toContain('PSU skal legge overordnede føringer for styring av samhandling.');
    expect(asu).toMatchObject({
      name: 'Administrativt samarbeidsutvalg (ASU)',
      level: 'STEERING',
      // «ASU kommer inn under et politisk samarbeidsutvalg (PSU)»: stated.
      parent: { id: 'midt-psu' },
      parentInferred: false,
      representativesChosenByMunicipalities: 6,
      representativesChosenByHealthTrust: 6,
      alsoRepresented: ['Fylkesmannen', 'ansatte', 'brukerne'],
    });
    expect(asu.description).toMatch(/^ASU et samarbeidsutvalg mellom spesialisthelsetjenesten og kommunene/);
    expect(council).toEqual({
      __typename: 'MidtProfessionalCouncil',
      id: 'midt-fagrad-tjenesteavtale-2',
      name: 'fagråd for tjenesteavtale 2',
      localTerm: 'Fagråd',
      level: 'STEERING',
      plannedMeetingsPerYear: null,
      description: null,
      // The text never says the fagråd is under ASU: the link is marked inferred.
      parent: { id: 'midt-asu' },
      parentInferred: true,
      serviceAgreementNumber: 2,
      serviceAgreementTitle: 'Brukere med behov for koordinerte tjenester',
      serviceAgreementUrl: 'https://hnt.no/Documents/Samhandling/Samarbeidsavtalen,%20tjenesteavtaler%20og%20felles%20rutiner/Tjenesteavtale%202.pdf',
    });
    expect(n.reportsTo).toEqual({ id: 'midt-fagrad-tjenesteavtale-2' });
    expect(n.anchoring).toBe(
      'Fagnettverket er knyttet til fagråd for tjenesteavtale 2 (Brukere med behov for koordinerte tjenester) og rapporterer årlig til fagrådet.',
    );
  });

  it("has the two professional networks, north in Namsos and south in Levanger, led by the palliative team's cancer nurse", async () => {
    const n = await network(`units { ... on MidtProfessionalNetwork { id name localTerm level parent { id } municipalities { number }
      area seat seatMunicipality { number } ledBy participantsServeAs description } }`);
    const fagnettverk = n.units.filter((u: { id?: string }) => u.id);
    expect(fagnettverk).toEqual([
      expect.objectContaining({
        name: 'Fagnettverk / kreftspl, Nord (Namsos)',
        area: 'Nord-Trøndelag nord',
        seat: 'Namsos',
        seatMunicipality: { number: '5007' },
      }),
      expect.objectContaining({
        name: 'Fagnettverk/ kreftspl, Sør (Levanger)',
        area: 'Nord-Trøndelag sør',
        seat: 'Levanger',
        seatMunicipality: { number: '5037' },
      }),
    ]);
    for (const unit of fagnettverk) {
      expect(unit).toMatchObject({
        localTerm: 'Fagnettverk',
        level: 'LOCAL',
        parent: { id: 'midt-fagrad-tjenesteavtale-2' },
        ledBy: 'kreftsykepleier i palliativt team',
        participantsServeAs: 'ressurspersoner i sin kommune',
        // The seat is where they gather; the document does not say which municipalities they cover.
        municipalities: [],
      });
      expect(unit.description).toContain('Deltakere i denne gruppa fungerer som ressurspersoner i sin kommune.');
    }
  });

  it("has the five local resource groups with their municipalities by today's numbers", async () => {
    const n = await network(`municipalities { number } units { ... on MidtLocalResourceGroup { id name localTerm level parent { id }
      area documentWording municipalityNote municipalities { number } } }`);
    const groups = n.units.filter((u: { id?: string }) => u.id);
    expect(groups.map((g: { name: string }) => g.name)).toEqual([
      'Kreft og lindrende gruppe, Værnesregionen',
      'Palliativt forum Verdal/Levanger',
      'kommunesamarbeidet tilknyttet DMS Inn-Trøndelag',
      'fagnettverkgruppe i kreft og palliativ omsorg i Namsos kommune',
      'Ytre Namdal',
    ]);
    expect(groups.every((g: { level: string; localTerm: string }) => g.level === 'LOCAL' && g.localTerm === 'Lokal ressursgruppe')).toBe(true);
    const [vaernes, verdalLevanger, dms, namsos, ytreNamdal] = groups;
    expect(numbers(vaernes.municipalities)).toEqual(['5031', '5032', '5033', '5034', '5035', '5036']);
    expect(vaernes.municipalityNote).toContain('Dokumentet nevner bare Værnesregionen');
    expect(numbers(verdalLevanger.municipalities)).toEqual(['5037', '5038']);
    expect(dms).toMatchObject({ area: 'DMS Inn-Trøndelag', municipalities: [] });
    expect(dms.municipalityNote).toContain('nevner ikke');
    expect(numbers(namsos.municipalities)).toEqual(['5007']);
    // Nærøy and Vikna are both Nærøysund today; Bindal is in Nordland.
    expect(numbers(ytreNamdal.municipalities)).toEqual(['1811', '5060']);
    expect(ytreNamdal.documentWording).toBe('i Ytre Namdal, bestående av Nærøy, Vikna og Bindal');
    expect(numbers(n.municipalities)).toEqual(['1811', '5007', '5031', '5032', '5033', '5034', '5035', '5036', '5037', '5038', '5060']);
  });

  it("keeps the document's municipality names with their numbers before 2018, in 2018–2019 and from 2020, as the reference list gives them", async () => {
    const [ytreNamdal] = await entities(
      [{ __typename: 'MidtLocalResourceGroup', id: 'midt-ytre-namdal' }],
      `... on MidtLocalResourceGroup { historicalMunicipalities { name namedInDocument numberUntil2017 number2018To2019 numberFrom2020 nameFrom2020 municipality { number } } }`,
    );
    expect(ytreNamdal.historicalMunicipalities).toEqual([
      {
        name: 'Nærøy',
        namedInDocument: true,
        numberUntil2017: '1751',
        number2018To2019: '5051',
        numberFrom2020: '5060',
        nameFrom2020: 'Nærøysund',
        municipality: { number: '5060' },
      },
      {
        name: 'Vikna',
        namedInDocument: true,
        numberUntil2017: '1750',
        number2018To2019: '5050',
        numberFrom2020: '5060',
        nameFrom2020: 'Nærøysund',
        municipality: { number: '5060' },
      },
      {
        name: 'Bindal',
        namedInDocument: true,
        numberUntil2017: '1811',
        number2018To2019: '1811',
        numberFrom2020: '1811',
        nameFrom2020: 'Bindal',
        municipality: { number: '1811' },
      },
    ]);

    const n = await network(`historicalMunicipalities { name namedInDocument numberUntil2017 countyUntil2017 number2018To2019 numberFrom2020
      nameFrom2020 county2024 note unit { id } }`);
    const csv = readFileSync(path.join(__dirname, '../data/historical-municipalities.csv'), 'utf8').trim().split('\n').slice(1);
    const byName = new Map(n.historicalMunicipalities.map((row: { name: string }) => [row.name, row]));
    // Every municipality the groups cover matches its line of the reference list (Leka is not in the document).
    for (const line of csv) {
      const [name, numberUntil2017, countyUntil2017, number2018To2019, numberFrom2020, nameFrom2020, county2024] = line.split(',');
      if (name === 'Leka') continue;
      expect(byName.get(name)).toMatchObject({ numberUntil2017, countyUntil2017, number2018To2019, numberFrom2020, nameFrom2020, county2024 });
    }
    expect(n.historicalMunicipalities).toHaveLength(12);
    expect(byName.get('Malvik')).toMatchObject({
      namedInDocument: false,
      countyUntil2017: 'Sør-Trøndelag',
      unit: { id: 'midt-kreft-og-lindrende-gruppe-vaernesregionen' },
    });
    expect(byName.get('Namsos')).toMatchObject({ namedInDocument: true, numberUntil2017: '1703', number2018To2019: '5005', numberFrom2020: '5007' });
  });

  it('has the mandate: two study days a year, one with the competence centre responsible, the yearly summary to the council', async () => {
    const n = await network('mandate { duty timesPerYear responsible counterpart { id } }');
    expect(n.mandate).toHaveLength(6);
    expect(n.mandate[0]).toEqual({
      duty: 'Arrangerer to årlige fagdager for interesserte innen fagfeltet.',
      timesPerYear: 2,
      responsible: null,
      counterpart: null,
    });
    expect(n.mandate[1]).toMatchObject({ timesPerYear: 1, responsible: 'Kompetansesenter Lindrende Behandling' });
    expect(n.mandate[2].duty).toBe('Informere hverandre om ulike kurs og fagdager som avholdes');
    expect(n.mandate[4]).toEqual({
      duty: 'Fagnettverket lager en årlig oppsummering av aktiviteten som sendes fagrådet for tjenesteavtale 2.',
      timesPerYear: 1,
      responsible: null,
      counterpart: { id: 'midt-fagrad-tjenesteavtale-2' },
    });
    expect(n.mandate[5]).toMatchObject({
      duty: 'Fagnettverket kan også få oppdrag fra fagrådet for tjenesteavtale 2.',
      counterpart: { id: 'midt-fagrad-tjenesteavtale-2' },
    });
  });

  it('lists the participants and the partner organisations represented in the network', async () => {
    const n = await network('participants { name abbreviation representedPartner }');
    expect(n.participants).toEqual([
      { name: 'Kreftsykepleiere fra palliativt team ved sykehusene i Nord-Trøndelag', abbreviation: null, representedPartner: false },
      { name: 'kreftsykepleiere/koordinator og representanter fra kommunene', abbreviation: null, representedPartner: false },
      { name: 'Kompetansesenteret lindrende behandling i Midt Norge', abbreviation: null, representedPartner: true },
      { name: 'Nord Universitet', abbreviation: null, representedPartner: true },
      { name: 'faggruppe for kreftsykepleie (FKS)', abbreviation: 'FKS', representedPartner: true },
      { name: 'Kreftforeningen', abbreviation: null, representedPartner: true },
    ]);
  });

  it('keeps the documents preceding the service agreement, the agreements and the web pages', async () => {
    const n = await network(`precedingDocuments { citation title issuedBy fromYear toYear revision }
      agreements { title kind partOf parties adopted revised inForceFrom } webPages { url context publishedBy }`);
    expect(n.precedingDocuments).toEqual([
      {
        citation: 'Nasjonalt handlingsprogram med retningslinjer for palliasjon i kreftomsorgen. Sosial- og Helsedirektoratet 2007, revidert sist 2015.',
        title: 'Nasjonalt handlingsprogram med retningslinjer for palliasjon i kreftomsorgen',
        issuedBy: 'Sosial- og Helsedirektoratet',
        fromYear: 2007,
        toYear: null,
        revision: 'revidert sist 2015',
      },
      { citation: 'Nasjonal kreftstrategi 2013-2017', title: 'Nasjonal kreftstrategi', issuedBy: null, fromYear: 2013, toYear: 2017, revision: null },
      {
        citation: 'Strategi 2012-2015 Kreftforeningen, revidert 2016–19',
        title: 'Strategi',
        issuedBy: 'Kreftforeningen',
        fromYear: 2012,
        toYear: 2015,
        revision: 'revidert 2016–19',
      },
      {
        citation: 'Regional kreftplan, Helse Midt-Norge RHF 2011-2020',
        title: 'Regional kreftplan',
        issuedBy: 'Helse Midt-Norge RHF',
        fromYear: 2011,
        toYear: 2020,
        revision: null,
      },
    ]);
    expect(n.agreements[0]).toEqual({
      title: 'Tjenesteavtale 2 (Brukere med behov for koordinerte tjenester)',
      kind: 'Tjenesteavtale',
      partOf: null,
      parties: [],
      adopted: null,
      revised: [],
      inForceFrom: null,
    });
    expect(n.agreements[1]).toMatchObject({ kind: 'Samhandlingsavtale', parties: ['kommunene', 'helseforetaket'] });
    expect(n.agreements[2]).toMatchObject({ title: 'Mandat', kind: 'Mandat' });
    const samhandlingssider = 'https://ekstranett.helse-midt.no/Samhandling/hnt/kreftomsorg/SitePages/Hjemmeside.aspx';
    expect(n.webPages).toContainEqual({
      url: samhandlingssider,
      context: 'Informasjon om fagdager og kurs legges ut på felles samhandlingssider av samhandlingsavdelingen i HNT',
      publishedBy: 'samhandlingsavdelingen i HNT',
    });
    expect(n.webPages).toContainEqual({ url: samhandlingssider, context: 'Nettverkets medlemmer', publishedBy: null });
    expect(n.webPages[0].url).toMatch(/Tjenesteavtale%202\.pdf$/);
  });

  it('records no figures or events the document does not give', async () => {
    const n = await network('memberCount memberCount2021: memberCount(year: 2021) annualReport(year: 2021) { year } events { title } units { memberCount }');
    expect(n.memberCount).toBeNull();
    expect(n.memberCount2021).toBeNull();
    expect(n.annualReport).toBeNull();
    expect(n.events).toEqual([]);
    expect(n.units.every((u: { memberCount: number | null }) => u.memberCount === null)).toBe(true);
  });
});
