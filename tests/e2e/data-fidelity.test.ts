import type { RunningSystem } from '@pallnet/system';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { bearer } from '../support/auth';
import { queryOk } from '../support/graphql';
import { startTestSystem } from '../support/system';

/*
 * Issue 14: nothing stored that the documents do not state, and the facts they do state. Every
 * expected value is taken from the document's own text (the copies committed in
 * subgraphs/<name>/data/), never from the seed code, and asked of the national schema through
 * the real gateway.
 */

const REPO = path.resolve(__dirname, '../..');

/** A document's text with the PDF extraction's line breaks and doubled spaces undone. */
function documentText(subgraph: string, file = 'source-document.txt'): string {
  return readFileSync(path.join(REPO, 'subgraphs', subgraph, 'data', file), 'utf8').replace(/\s+/g, ' ');
}

const documents = {
  vest: documentText('vest'),
  innlandet: documentText('innlandet'),
  midt: documentText('midt'),
  sorOst: documentText('sor-ost'),
  template: documentText('national', 'annual-report-template.txt'),
};

/** The words as the document has them: fails when they are not there. */
function quote(document: keyof typeof documents, words: string): string {
  expect(documents[document]).toContain(words);
  return words;
}

/** The first number in a quoted passage. */
function numberIn(words: string): number {
  return Number(/\d+/.exec(words)?.[0]);
}

let system: RunningSystem & { logs(): string };

beforeAll(async () => {
  system = await startTestSystem();
}, 120_000);

afterAll(async () => {
  await system?.stop();
});

const gateway = (): string => system.gatewayUrl!;

async function network(id: string, selection: string): Promise<any> {
  const { network: found } = await queryOk(gateway(), `{ network(id: "${id}") { ${selection} } }`);
  return found;
}

const OSLO = 'sor-ost-oslo';
const INNLANDET = 'innlandet-sykehuset-innlandet';
const MIDT = 'midt-nord-trondelag';
const VEST = 'vest-helse-stavanger';

describe('statuses only where the document gives one', () => {
  it('leaves every focus area of the Innlandet action plan without a status, in both of its years', async () => {
    // The plan's table has the columns «Satsingsområde Tiltak Ansvar frist Samarbeid»: no status.
    quote('innlandet', 'Satsingsområde Tiltak Ansvar frist Samarbeid');
    const n = await network(
      INNLANDET,
      'y2020: annualReport(year: 2020) { focusAreas { title status } } y2021: annualReport(year: 2021) { focusAreas { title status } }',
    );
    const continuing = quote('innlandet', 'Vedlikeholde samarbeid med Forløpskoordinatornettverket');
    for (const report of [n.y2020, n.y2021]) {
      expect(report.focusAreas).toHaveLength(10);
      expect(report.focusAreas.map((f: { status: string | null }) => f.status)).toEqual(Array(10).fill(null));
      expect(report.focusAreas).toContainEqual({ title: continuing, status: null });
    }
  });

  it("gives Oslo's 2022 focus areas CONTINUED only where the report carries them on, and no status elsewhere", async () => {
    const n = await network(OSLO, 'annualReport(year: 2022) { localUnits { unit { name } focusAreas { title status note } } }');
    const sector = (name: string) => n.annualReport.localUnits.find((r: { unit: { name: string } }) => r.unit.name === name);
    const ous = sector('Oslo Universitetssykehus sektor');
    const status = (report: { focusAreas: Array<{ title: string; status: string | null }> }, title: string) =>
      report.focusAreas.find((f) => f.title === title)?.status;

    // «Jobbe mot mer likeverdig tilbud» was on the 2021 agenda already («Likeverdige tilbud i palliativt nettverk»): not NEW.
    quote('sorOst', 'Likeverdige tilbud i palliativt nettverk');
    expect(status(ous, quote('sorOst', 'Jobbe mot mer likeverdig tilbud i palliativt nettverk i Oslo'))).toBeNull();
    expect(status(ous, quote('sorOst', 'Utvikle ressurssykepleiernes eierskap til nettverket og sin rolle'))).toBeNull();
    expect(status(ous, quote('sorOst', 'Videre fokus på forankring av nettverksavtalen'))).toBe('CONTINUED');
    quote('sorOst', 'Dette satsningsområdet overføres til neste år');
    expect(status(ous, 'Hospitering på tvers av sykehusavdelingene eller tjenestenivåer')).toBe('CONTINUED');

    // Lovisenberg: «arbeidet videreføres til neste år».
    quote('sorOst', 'arbeidet videreføres til neste år');
    const lovisenberg = sector('Lovisenberg sektor');
    expect(status(lovisenberg, quote('sorOst', 'videreutvikle ressurssykepleiernes eierskap til nettverket og sin rolle'))).toBe('CONTINUED');

    // Diakonhjemmet's plans say neither new nor continued.
    const diakonhjemmet = sector('Diakonhjemmet sektor');
    quote('sorOst', 'Målet er å gjenoppta aktiviteten i det Palliative nettverket i Diakonhjemmet sektor');
    expect(diakonhjemmet.focusAreas.every((f: { status: string | null }) => f.status === null)).toBe(true);
  });
});

describe('what the documents say, where they say it', () => {
  it("puts the 24 March meeting in Klinisk utvalg's hands", async () => {
    quote('innlandet', 'Årshjul for Klinisk utvalg og arbeidsgruppen i Innlandet');
    const text = quote('innlandet', 'Årsmelding OSU. Behandles i vårt møte 24. mars.');
    const n = await network(INNLANDET, '... on InnlandetNetwork { annualCycle { periods { activities { text month day units { name } } } } }');
    const activity = n.annualCycle.periods.flatMap((p: { activities: unknown[] }) => p.activities).find((a: { text: string }) => a.text === text);
    expect(activity).toEqual({ text, month: 3, day: numberIn('24. mars'), units: [{ name: 'Klinisk utvalg' }] });
  });

  it("records Lovisenberg's six meetings as the 2021 plan, its 69 members as counted «Pr 07.02.22», and how its meetings were held", async () => {
    const planned = quote('sorOst', 'Det var planlagt å arrangere 6 møter');
    const members = quote('sorOst', 'Lovisenberg Diakonale Sykehus Antall medlemmer: 69');
    quote('sorOst', 'Pr 07.02.22 hadde nettverket økt medlemsantallet');
    const forms = quote('sorOst', '2 møter var digitale, ett var fysisk/ hybrid-løsning');
    const n = await network(
      OSLO,
      `units { name plannedMeetingsPerYear memberFigure(year: 2021) { count asOf }
         ... on SorOstSectorNetwork { activityReports { year meetingsPlanned meetingsHeld meetingsDigital meetingsPhysicalOrHybrid } } }`,
    );
    const lovisenberg = n.units.find((u: { name: string }) => u.name === 'Lovisenberg sektor');
    expect(lovisenberg.plannedMeetingsPerYear).toBeNull();
    expect(lovisenberg.activityReports).toEqual([
      { year: 2021, meetingsPlanned: numberIn(planned), meetingsHeld: 3, meetingsDigital: numberIn(forms), meetingsPhysicalOrHybrid: 1 },
    ]);
    expect(lovisenberg.memberFigure).toEqual({ count: Number(/\d+$/.exec(members)?.[0]), asOf: '2022-02-07' });
  });

  it('keeps a stated total of participants without copying it into a single count', async () => {
    const ousTotal = quote('sorOst', 'digital gjennomføring. Antall til stede: 45');
    const courseTotal = quote('sorOst', 'Det var 22 nye ressurssykepleiere som deltok');
    const n = await network(
      OSLO,
      `annualReport(year: 2021) {
         introductionCourses { participants attendedInPerson attendedDigitally form }
         localUnits { unit { name } studyDays { participants attendedInPerson attendedDigitally form } } }`,
    );
    expect(n.annualReport.introductionCourses).toEqual([
      { participants: numberIn(courseTotal), attendedInPerson: null, attendedDigitally: null, form: 'fysisk' },
    ]);
    const ous = n.annualReport.localUnits.find((r: { unit: { name: string } }) => r.unit.name === 'Oslo Universitetssykehus sektor');
    expect(ous.studyDays).toEqual([{ participants: Number(/\d+$/.exec(ousTotal)?.[0]), attendedInPerson: null, attendedDigitally: null, form: 'digital' }]);
  });

  it("uses the documents' own names, and says where a value is derived", async () => {
    const { networks } = await queryOk(gateway(), '{ networks { id name healthTrust sourceNotes { field note } } }');
    const byId = Object.fromEntries(networks.map((n: { id: string }) => [n.id, n]));

    expect(documents.midt).not.toContain('Helse Nord-Trøndelag HF');
    expect(byId[MIDT]).toMatchObject({ healthTrust: quote('midt', 'Helse Nord-Trøndelag'), sourceNotes: [] });

    // Vest's document names no network: the name is its title's words, and a note says so.
    quote('vest', 'Drift av nettverk innen kreftomsorg og lindrende behandling.');
    expect(byId[VEST].name.toLowerCase()).toBe('nettverk innen kreftomsorg og lindrende behandling');
    expect(byId[VEST].sourceNotes.map((s: { field: string }) => s.field)).toEqual(['name']);

    // Oslo's network spans the hospitals of Oslo and Oslo kommune, not OUS alone.
    quote('sorOst', 'Hvert av sykehusene har ansvar for sektornettverket i sitt lokalsykehusområde');
    quote('sorOst', 'Samarbeidsutvalget for Oslo kommune og sykehusene i Oslo');
    expect(documents.sorOst).not.toContain('Oslo universitetssykehus HF');
    for (const hospital of ['Lovisenberg Diakonale Sykehus', 'Diakonhjemmet sykehus']) {
      expect(byId[OSLO].healthTrust).toContain(quote('sorOst', hospital));
    }
    expect(byId[OSLO].sourceNotes).toEqual([expect.objectContaining({ field: 'healthTrust' })]);
  });

  it("marks the links of Midt's hierarchy that the text does not state as inferred", async () => {
    quote('midt', 'ASU kommer inn under et politisk samarbeidsutvalg (PSU)');
    quote('midt', 'I tillegg er det lokale ressursgrupper med interesse for kreft og palliasjon');
    const n = await network(MIDT, 'units { name level parent { name } parentInferred parentNote }');
    const unit = (name: string) => n.units.find((u: { name: string }) => u.name === name);
    expect(unit('Administrativt samarbeidsutvalg (ASU)')).toMatchObject({
      parent: { name: 'politisk samarbeidsutvalg (PSU)' },
      parentInferred: false,
      parentNote: null,
    });
    expect(unit('fagråd for tjenesteavtale 2')).toMatchObject({ parentInferred: true });
    const localGroups = n.units.filter((u: { level: string; name: string }) => u.level === 'LOCAL' && !u.name.startsWith('Fagnettverk'));
    expect(localGroups).toHaveLength(5);
    for (const group of localGroups) expect(group).toMatchObject({ parentInferred: true, parentNote: expect.stringContaining('Utledet') });
  });
});

describe('facts the documents state that were missing', () => {
  it('answers all networks of Helse Sør-Øst with Innlandet and Oslo', async () => {
    expect(documents.innlandet).toMatch(/region sør-\s*øst/);
    const { networks } = await queryOk(gateway(), '{ networks(regionalHealthAuthority: HELSE_SOR_OST) { id region regionalHealthAuthority } }');
    expect(networks).toEqual([
      { id: INNLANDET, region: 'INNLANDET', regionalHealthAuthority: 'HELSE_SOR_OST' },
      { id: OSLO, region: 'SOR_OST', regionalHealthAuthority: 'HELSE_SOR_OST' },
    ]);
    const { networks: all } = await queryOk(gateway(), '{ networks { id regionalHealthAuthority } }');
    const rhf = Object.fromEntries(all.map((n: { id: string; regionalHealthAuthority: string }) => [n.id, n.regionalHealthAuthority]));
    expect(rhf[VEST]).toBe('HELSE_VEST');
    // The Midt document cites «Regional kreftplan, Helse Midt-Norge RHF».
    quote('midt', 'Helse Midt-Norge RHF');
    expect(rhf[MIDT]).toBe('HELSE_MIDT_NORGE');
    const { networks: combined } = await queryOk(gateway(), '{ networks(region: INNLANDET, regionalHealthAuthority: HELSE_VEST) { id } }');
    expect(combined).toEqual([]);
  });

  it("has Vest's shared plans by KLB, its anchoring, its inter-municipal note and where such networks exist", async () => {
    quote('vest', 'Nettverkene har en felles strategiplan og kompetanseplan utarbeidet av KLB.');
    const n = await network(VEST, '... on VestNetwork { establishedIn anchoredVia sharedPlans sharedPlansPreparedBy interMunicipalSolutions }');
    expect(n).toEqual({
      establishedIn: quote('vest', 'i alle foretaksområdene i Helseregion Vest'),
      anchoredVia: expect.stringContaining(quote('vest', 'Nettverkene er forankret via særavtaler som denne')),
      sharedPlans: ['strategiplan', 'kompetanseplan'],
      sharedPlansPreparedBy: 'KLB',
      interMunicipalSolutions: quote('vest', 'Interkommunale løsninger kan vurderes for ressurspersoner i fysio- og ergoterapinettverket.'),
    });
  });

  it("has Innlandet's timings as data", async () => {
    const n = await network(INNLANDET, '... on InnlandetNetwork { actionPlan { focusAreas { title timing timingKind timingSeasons timingUntilYear } } }');
    const timed = n.actionPlan.focusAreas.filter((f: { timing: string | null }) => f.timing !== null);
    expect(timed).toEqual([
      {
        title: 'Bidra inn i forskningsprosjekt',
        timing: quote('innlandet', 'Delta i Stråleprosjektet fase 2, ut i 2021').slice(-9),
        timingKind: 'UNTIL',
        timingSeasons: [],
        timingUntilYear: numberIn(quote('innlandet', 'ut i 2021')),
      },
      { title: 'Oppdaterte adresselister.', timing: quote('innlandet', 'Kontinuerlig'), timingKind: 'CONTINUOUS', timingSeasons: [], timingUntilYear: null },
      {
        title: 'Nyhetsbrev Høst og vår',
        timing: quote('innlandet', 'Høst og vår'),
        timingKind: 'RECURRING',
        timingSeasons: ['Høst', 'vår'],
        timingUntilYear: null,
      },
    ]);
  });

  it('has a place for every field of the national template, null where a report does not give it', async () => {
    for (const field of [
      'Kursavgift?',
      'andre enn ressurspersoner invitert?',
      'Samarbeide med andre nettverk',
      'fra -kommune har hospitert',
      'Beskriv eventuell reorganisering',
    ]) {
      quote('template', field);
    }
    const n = await network(
      OSLO,
      `annualReport(year: 2021) { courseFee reorganisation cooperationWithOtherNetworks studyDays { othersThanResourcePersonsInvited }
         localUnits { jobShadowing { who homeMunicipality { number } } } }`,
    );
    // The Oslo report says nothing of fees, reorganisation, cooperation with other networks, guests or home municipalities.
    expect(n.annualReport).toMatchObject({
      courseFee: null,
      reorganisation: null,
      cooperationWithOtherNetworks: null,
      studyDays: [{ othersThanResourcePersonsInvited: null }],
    });
    const shadowing = n.annualReport.localUnits.flatMap((r: { jobShadowing: unknown[] }) => r.jobShadowing);
    expect(shadowing).toEqual([{ who: 'Palliativt team', homeMunicipality: null }]);
  });

  it("lets a region's editors record the template's answers and a focus area whose status the report does not give", async () => {
    const editor = await bearer({ role: 'editor', region: 'MIDT', subject: 'fidelity-editor' });
    // Midt's own words on fees: «Selve fagdagene er gratis».
    const fee = quote('midt', 'Selve fagdagene er gratis');
    await queryOk(
      gateway(),
      `mutation($fee: String!) {
         figures: midtRecordYearFigures(networkId: "${MIDT}", input: { year: 2025, courseFee: $fee, reorganisation: "Ingen", cooperationWithOtherNetworks: "Felles fagdag med nabonettverket" }) { courseFee version }
         day: midtRecordEvent(networkId: "${MIDT}", input: { kind: STUDY_DAY, title: "Fagdag høst", date: "2025-10-02", othersThanResourcePersonsInvited: true }) { othersThanResourcePersonsInvited }
         focus: midtRecordFocusArea(networkId: "${MIDT}", input: { year: 2025, title: "Pårørendearbeid" }) { title status }
       }`,
      { fee },
      editor,
    );
    const n = await network(
      MIDT,
      'annualReport(year: 2025) { courseFee reorganisation cooperationWithOtherNetworks studyDays { othersThanResourcePersonsInvited } focusAreas { title status } }',
    );
    expect(n.annualReport).toEqual({
      courseFee: fee,
      reorganisation: 'Ingen',
      cooperationWithOtherNetworks: 'Felles fagdag med nabonettverket',
      studyDays: [{ othersThanResourcePersonsInvited: true }],
      focusAreas: [{ title: 'Pårørendearbeid', status: null }],
    });
  });
});
