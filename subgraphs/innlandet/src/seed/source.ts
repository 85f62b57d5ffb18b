import { EventKind } from '@pallnet/contract';
import { InnlandetDocumentCategory, InnlandetTimingKind } from '../entities';

/*
 * Transcribed by hand from data/source-document.txt («Handlingsplan 2020-2021 for
 * Ressurssykepleienettverket i palliasjon og kreftomsorg i Innlandet», revised January 2021).
 * Names and wording verbatim, typos included ('Redional', 'arebidsgruppen', 'netttverket',
 * 'omsorgtjenesteloven'); only the PDF extraction's line breaks, hyphenation at line ends
 * ('Kompetanse-/broens' → 'Kompetansebroens') and doubled spaces are undone.
 *
 * The document is a plan: it reports no held events, no year-end figures, no funding and no
 * job shadowing, names no municipality and dates no agreement, so none of those are entered.
 * Its planned theme days and courses stay in the plan and the annual cycle.
 */

export const NETWORK_ID = 'innlandet-sykehuset-innlandet';

export const network = {
  id: NETWORK_ID,
  name: 'Ressurssykepleienettverket i palliasjon og kreftomsorg i Innlandet',
  // The document writes 'Sykehuset Innlandet (SI)'; it never adds 'HF'.
  healthTrust: 'Sykehuset Innlandet',
  healthTrustAbbreviation: 'SI',
  // The plan does not say when the network was established.
  established: null,
  organisationChain: ['Sykehuset Innlandet (SI)', 'overordnet samarbeidsutvalg (OSU)', 'Klinisk utvalg', 'Arbeidsgruppe', 'sykepleienettverket'],
  organisationModel: 'Visuell modell for samarbeid og samhandling, fagnettverk 3 nivåer – ulike mandat/oppgaver',
  organisationLevels: 3,
  organisationChartLabels: ['Klinisk utvalg', 'Arbeidsgruppe.', '170 ressurssykepleiere ved alle relevante enheter i kommunene og SI', 'OSU', 'GSU'],
  mainGoal:
    'Målet er et velfungerende ressurssykepleienettverk som ivaretar pasienter med behov for lindrende behandling – uavhengig av diagnose. Pasienter og pårørende skal oppleve en helhetlig behandling og omsorg også i overgangene mellom spesialisthelsetjenesten og kommunene',
  goals: [
    'Det skal være lett å finne frem til ressurssykepleierne',
    'Nettverket skal legge vekt på å bygge kompetanse innad i nettverket, og det forventes at ressurssykepleierne deler kompetansen videre på arbeidsplassene',
    'Nettverket skal legge til rette for at ressurssykepleierne får en økt rolleforståelse slik at de kan fungere som ressurs for pasienter, pårørende og kollegaer.',
    'Nettverket skal ha et tett samarbeid med brukerutvalg',
  ],
};

/** The chart's levels, top first. Names are the chain's own words in «Organisasjonskart og forankring». */
export const UNIT_IDS = {
  osu: 'innlandet-osu',
  clinicalCommittee: 'innlandet-klinisk-utvalg',
  workingGroup: 'innlandet-arbeidsgruppe',
  resourceNurses: 'innlandet-sykepleienettverket',
} as const;

export const cooperationCommittee = {
  id: UNIT_IDS.osu,
  name: 'overordnet samarbeidsutvalg (OSU)',
  parentId: null,
  abbreviation: 'OSU',
  anchoredIn: 'Sykehuset Innlandet (SI)',
  otherNames: ['OSU'],
};

export const clinicalCommittee = {
  id: UNIT_IDS.clinicalCommittee,
  name: 'Klinisk utvalg',
  parentId: UNIT_IDS.osu,
  // «Klinisk utvalg: 3 årlige møter (et via VK)»
  plannedMeetingsPerYear: 3,
  aim: 'Det kliniske utvalget har som mål å utvikle tjenester av god kvalitet for kreftpasienter og andre alvorlig syke; -tjenester som er',
  serviceQualities: [
    'Virkningsfulle',
    'Trygge og sikre',
    'Involverer brukere og gir dem innflytelse',
    'Er samordnet og preget av kontinuitet',
    'Utnytter ressursene på en god måte',
    'Er tilgjengelige og rettferdig fordelt',
  ],
  roles: ['Leder klinisk utvalg', 'brukerrepresentanten i Klinisk utvalg'],
  otherNames: ['Kl.utvalg', 'Kl. utvalg', 'kl.utvalg', 'klinisk utvalg', 'Det kliniske utvalget'],
};

export const workingGroup = {
  id: UNIT_IDS.workingGroup,
  name: 'Arbeidsgruppe',
  parentId: UNIT_IDS.clinicalCommittee,
  // «Arbeidsgruppen: 4 årlige møter (gjerne via VK)»
  plannedMeetingsPerYear: 4,
  courseCommittee: 'egen kurskomite, har ansvar for temadagen.',
  otherNames: ['Arbeidsgruppen', 'arbeidsgruppen', 'Arb.gr', 'arb.gr', 'arebidsgruppen'],
};

export const RESOURCE_NURSE_CHART_LABEL = '170 ressurssykepleiere ved alle relevante enheter i kommunene og SI';

export const resourceNurseNetwork = {
  id: UNIT_IDS.resourceNurses,
  name: 'sykepleienettverket',
  parentId: UNIT_IDS.workingGroup,
  coverage: 'ved alle relevante enheter i kommunene og SI',
  chartLabel: RESOURCE_NURSE_CHART_LABEL,
  otherNames: ['Ressurssykepleienettverket', 'Ressurssykepleiernettverket', 'ressurssykepleiernettverket', 'Ressursnettverket'],
};

/** The 170 of the chart: a count the plan gives without the year-end it belongs to. */
export const membership = {
  count: 170,
  note: RESOURCE_NURSE_CHART_LABEL,
};

export const meetingRules = [
  {
    unitId: UNIT_IDS.clinicalCommittee,
    wording: '3 årlige møter (et via VK)',
    meetingsPerYear: 3,
    videoConferenceMeetings: 1,
    videoConferencePreferred: false,
    jointWithUnitId: null,
    minimumJointMeetings: null,
  },
  {
    unitId: UNIT_IDS.workingGroup,
    wording: '4 årlige møter (gjerne via VK) Minst ett av møtene er felles med Klinisk utvalg.',
    meetingsPerYear: 4,
    videoConferenceMeetings: null,
    videoConferencePreferred: true,
    jointWithUnitId: UNIT_IDS.clinicalCommittee,
    minimumJointMeetings: 1,
  },
];

export const annualCycle = {
  title: 'Årshjul for Klinisk utvalg og arbeidsgruppen i Innlandet',
  principle: 'EN fast struktur – som rulleres. I tillegg handlingsplan med spesiell satsing de neste to årene.',
};

interface CycleActivitySource {
  text: string;
  eventKind?: EventKind;
  month?: number;
  day?: number;
  unitIds?: string[];
  digital?: boolean;
  jointMeeting?: boolean;
}

const { clinicalCommittee: ku, workingGroup: ag } = UNIT_IDS;

/** The four periods of the årshjul with every bullet, in the document's order. */
export const cyclePeriods: Array<{ label: string; fromMonth: number; toMonth: number; activities: CycleActivitySource[] }> = [
  {
    label: 'Jan-febr',
    fromMonth: 1,
    toMonth: 2,
    activities: [
      { text: 'Strategimøte kl.utvalg- ( Videokonferanse-møte ):', eventKind: EventKind.GOVERNANCE_MEETING, unitIds: [ku], digital: true },
      { text: 'Evaluering.' },
      { text: 'Digital temadag', eventKind: EventKind.STUDY_DAY, digital: true },
      { text: 'Handlingsplan -prioriteringer-2-årig plan' },
      { text: 'Fortløpende dialogmøter m. SI, Brukerutvalg, forløpskoordinatorer , arb.gr, ev. andre', unitIds: [ag] },
      { text: 'Arbeidsgruppemøte', eventKind: EventKind.GOVERNANCE_MEETING, unitIds: [ag] },
    ],
  },
  {
    label: 'mars April-mai-juni',
    fromMonth: 3,
    toMonth: 6,
    activities: [
      {
        text: 'Vårmøte Kl.utvalg: Sammen med arbeidsgruppen deler av møtet',
        eventKind: EventKind.GOVERNANCE_MEETING,
        unitIds: [ku, ag],
        jointMeeting: true,
      },
      // «vårt møte» is Klinisk utvalg's: the årshjul is «for Klinisk utvalg og arbeidsgruppen», and this
      // bullet follows the Vårmøte Kl.utvalg. OSU is what the report (Årsmelding) is for, not who meets.
      { text: 'Årsmelding OSU. Behandles i vårt møte 24. mars.', month: 3, day: 24, unitIds: [ku] },
      { text: 'Nyhetsbrev medlemmene.' },
      { text: 'Planlegging av basiskurs høst 2021.' },
    ],
  },
  {
    label: 'Juli-aug-sept',
    fromMonth: 7,
    toMonth: 9,
    activities: [
      { text: 'Arbeidsgruppemøte', eventKind: EventKind.GOVERNANCE_MEETING, unitIds: [ag] },
      { text: 'dialog og samarbeid forløpskoord.netttverket -utdanningsinstitusjonene/brukerutvalg eller andre relevante' },
      { text: 'husk involvering av kommunikasjonsavdeling SI' },
    ],
  },
  {
    label: 'Okt-nov-des',
    fromMonth: 10,
    toMonth: 12,
    activities: [
      { text: 'Basiskurs- oktober', eventKind: EventKind.INTRODUCTION_COURSE, month: 10 },
      {
        text: 'Klinisk utvalg og arbeidsgruppemøte ( helst samme dag, men ikke felles).',
        eventKind: EventKind.GOVERNANCE_MEETING,
        unitIds: [ku, ag],
        jointMeeting: false,
      },
      { text: 'Gjennomgå og oppnevne medlemmer i klinisk utvalg og arebidsgruppen.', unitIds: [ku, ag] },
      { text: 'Nyhetsbrev desember', month: 12 },
    ],
  },
];

export const actionPlan = {
  title: 'Handlingsplan 2020-2021 for Ressurssykepleienettverket i palliasjon og kreftomsorg i Innlandet',
  fromYear: 2020,
  toYear: 2021,
  revised: 'Revidert januar 2021',
  revisedYear: 2021,
  revisedMonth: 1,
  revisedBy: 'Synøve Revling Holm',
};

interface PlannedEventSource {
  kind: EventKind;
  title: string;
  schedule: string;
  year?: number;
  days?: number;
  audience?: string;
  note?: string;
}

interface FocusAreaSource {
  title: string;
  measures: string[];
  responsible: string | null;
  responsibleUnitIds: string[];
  responsiblePersons: string[];
  deadline: string | null;
  deadlineYear: number | null;
  timing?: string;
  timingKind?: InnlandetTimingKind;
  timingSeasons?: string[];
  timingUntilYear?: number;
  partners: string[];
  plannedEvents?: PlannedEventSource[];
}

const BASIC_COURSE_RULE = 'Annenhver høst basiskurs for nye ressurssykepleiere 1 dag og temadag påfølgende dag for alle.';
const CORONA_CHANGE = 'Endring dette året pga. Corona';

/*
 * The table «Handlingsplan 2020-2021». Its columns are Satsingsområde | Tiltak | Ansvar/frist |
 * Samarbeid; the extraction prints each row's cells one after another, and in the
 * 'Basisopplæring' row it interleaves the Ansvar cell ('Arbeids-gruppen, egen kurskomite, har
 * ansvar for tema-dagen.') with the measures. Only the 'Oppfølging av avtale' row fills the
 * frist part of the cell ('Ny revisjon 2023'). In the user row, the extraction's lines give
 * 'Synøve' / 'Ida Målfrid' / 'og' / 'Elisabeth'; they are kept as three names in that order.
 */
export const focusAreas: FocusAreaSource[] = [
  {
    title:
      'Videreutvikle nettverket med større fokus også på andre pasientgrupper enn kreftpasienter. Sørge for at nettverket implementeres i Helsefellesskapet.',
    measures: ['Målrettet utviklingsarbeid', 'Tettere samarbeid mellom fagmiljøene i SI og kommunene.'],
    responsible: 'Kl. utvalg Arb.gr',
    responsibleUnitIds: [ku, ag],
    responsiblePersons: [],
    deadline: null,
    deadlineYear: null,
    partners: ['Redional kompetansetjeneste i lindrende behandling (KLB)'],
  },
  {
    title: 'Være mer synlig og kjent',
    measures: [
      'Videreutvikle vår mulighet gjennom Kompetansebroen.',
      'Markedsføre Kompetansebroen gjennom webinar og all kontakt med Ressursnettverket, ledere i SI og kommuner.',
    ],
    responsible: 'Kl.utvalg',
    responsibleUnitIds: [ku],
    responsiblePersons: [],
    deadline: null,
    deadlineYear: null,
    partners: ['Kompetansebroens redaksjon'],
  },
  {
    title: 'Pasientens helsetjeneste-bruker i sentrum',
    measures: [
      'Kontakt med brukerutvalg via brukerrepresentanten i Klinisk utvalg.',
      'Bidra til utvikling av likepersons-tjenesten',
      'Brukerperspektivet på fagdager',
    ],
    responsible: 'Synøve Ida Målfrid og Elisabeth',
    responsibleUnitIds: [],
    responsiblePersons: ['Synøve', 'Ida Målfrid', 'Elisabeth'],
    deadline: null,
    deadlineYear: null,
    partners: ['Brukerutvalget', 'Pas. organisasjoner og interesseorganisasjoner'],
  },
  {
    title: 'Oppfølging av avtale som regulerer tjenesteavtalene 2023.',
    measures: ['Dialog med ledere i SI og kommuner vedrørende avtale.', 'Dialog med Samhandlingsavdelingen SI'],
    responsible: null,
    responsibleUnitIds: [],
    responsiblePersons: [],
    deadline: 'Ny revisjon 2023',
    deadlineYear: 2023,
    partners: ['SI', 'Kommunene', 'OSU/ Helsefellesskapet'],
  },
  {
    title: 'Vedlikeholde samarbeid med Forløpskoordinatornettverket',
    measures: ['Legg inn i årshjulet.', 'Leder klinisk utvalg tar kontakt med Grethe Hvithammer SI.'],
    responsible: 'Kl.utvalg, Synøve',
    responsibleUnitIds: [ku],
    responsiblePersons: ['Synøve'],
    deadline: null,
    deadlineYear: null,
    partners: [],
  },
  {
    title: 'Basisopplæring for alle.',
    measures: ['Hver høst temadag.', BASIC_COURSE_RULE, 'Endring dette året pga. Corona: Vår 2021: Temadag( 1 dag) Høst 2021 Basiskurs'],
    responsible: 'Arbeidsgruppen, egen kurskomite, har ansvar for temadagen.',
    responsibleUnitIds: [ag],
    responsiblePersons: [],
    deadline: null,
    deadlineYear: null,
    partners: [],
    plannedEvents: [
      { kind: EventKind.STUDY_DAY, title: 'temadag', schedule: 'Hver høst' },
      {
        kind: EventKind.INTRODUCTION_COURSE,
        title: 'basiskurs',
        schedule: 'Annenhver høst',
        days: 1,
        audience: 'nye ressurssykepleiere',
        note: BASIC_COURSE_RULE,
      },
      { kind: EventKind.STUDY_DAY, title: 'temadag', schedule: 'påfølgende dag', audience: 'alle', note: BASIC_COURSE_RULE },
      { kind: EventKind.STUDY_DAY, title: 'Temadag', schedule: 'Vår 2021', year: 2021, days: 1, note: CORONA_CHANGE },
      { kind: EventKind.INTRODUCTION_COURSE, title: 'Basiskurs', schedule: 'Høst 2021', year: 2021, note: CORONA_CHANGE },
    ],
  },
  {
    title: 'Bidra inn i forskningsprosjekt',
    measures: ['Delta i Stråleprosjektet fase 2, ut i 2021', 'Eldre, kreft, stråling'],
    responsible: 'Kl.utvalg Karin',
    responsibleUnitIds: [ku],
    responsiblePersons: ['Karin'],
    deadline: null,
    deadlineYear: null,
    timing: 'ut i 2021',
    timingKind: InnlandetTimingKind.UNTIL,
    timingUntilYear: 2021,
    partners: ['Marit Slaaen', 'Bodil S Kolsgaard'],
  },
  {
    title: 'Oppdaterte adresselister.',
    measures: ['Kontinuerlig. Ligger som nettsider på Kompetansebroen'],
    responsible: 'Bente Tokerud',
    responsibleUnitIds: [],
    responsiblePersons: ['Bente Tokerud'],
    deadline: null,
    deadlineYear: null,
    timing: 'Kontinuerlig',
    timingKind: InnlandetTimingKind.CONTINUOUS,
    partners: ['Kompetansebroens redaksjon', 'Bente Langvik Olsen'],
  },
  {
    title: 'Informere om Ressursnettverket og arbeidet der til HINN, NTNU',
    measures: ['Målgruppe – studentene innen videreutdanning i kreftomsorg, palliasjon og rehabilitering.', 'Søke kontakt med ansvarlige lektorer/lærere.'],
    responsible: 'Synøve',
    responsibleUnitIds: [],
    responsiblePersons: ['Synøve'],
    deadline: null,
    deadlineYear: null,
    partners: [],
  },
  {
    title: 'Nyhetsbrev Høst og vår',
    measures: [
      'Formål er informasjon, kunnskapsdeling og et bidrag til engasjement.',
      'Innhold til Nyhetsbrevet sendes sekretær Elisabeth for å sammenstilles.',
      'Frist for innlevering av stoff til nyhetsbrevet avtales',
    ],
    responsible: 'Alle',
    responsibleUnitIds: [],
    responsiblePersons: [],
    deadline: null,
    deadlineYear: null,
    timing: 'Høst og vår',
    timingKind: InnlandetTimingKind.RECURRING,
    timingSeasons: ['Høst', 'vår'],
    partners: [],
  },
];

/**
 * The national template's view of the plan: its focus areas belong to both of its years. The plan
 * gives none of them a status (new, continued, completed), so the status is null, not inferred.
 */
export const FOCUS_AREA_NOTE = 'Handlingsplan 2020-2021. Planen oppgir ikke om satsingsområdet er nytt, videreført eller fullført.';
export const focusAreaYears = [2020, 2021];

const HANDLINGSPROGRAM_URL =
  'https://www.helsedirektoratet.no/retningslinjer/palliasjon-i-kreftomsorgen-handlingsprogram/Palliasjon%20i%20kreftomsorgen%20–%20Nasjonalt%20handlingsprogram%20med%20retningslinjer.pdf/_/attachment/inline/95636e37-ce73-4f2f-a61d-ee3f9e1ccada:fd30165370557eebcb60adcdb8473e4b786776b4/Palliasjon%20i%20kreftomsorgen%20–%20Nasjonalt%20handlingsprogram%20med%20retningslinjer.pdf';

const AGREEMENT_CITATION =
  'Avtale som regulerer Ressurssykepleiernettverket i palliasjon og kreftomsorg i Innlandet Underavtale til Tjenesteavtale 1 – ansvar og oppgaver.';

interface GoverningDocumentSource {
  category: InnlandetDocumentCategory;
  citation: string;
  title: string;
  reference?: string;
  publisher?: string;
  year?: number;
  updatedYear?: number;
  url?: string;
}

/*
 * «Sentrale dokumenter og føringer». The extraction moved the title of Meld. St. 24 below the
 * URL list; it is put back with its number. The reference numbers are those the entries give
 * in their text (IS-2091 appears only inside a URL, so that entry has none).
 */
export const governingDocuments: GoverningDocumentSource[] = [
  {
    category: InnlandetDocumentCategory.NATIONAL,
    citation: 'Nasjonalt handlingsprogram for palliasjon i kreftomsorgen -IS-2800. Helsedirektoratet.2015, oppdatert 2019',
    title: 'Nasjonalt handlingsprogram for palliasjon i kreftomsorgen',
    reference: 'IS-2800',
    publisher: 'Helsedirektoratet',
    year: 2015,
    updatedYear: 2019,
    url: HANDLINGSPROGRAM_URL,
  },
  {
    category: InnlandetDocumentCategory.NATIONAL,
    citation: 'Nasjonale faglige råd for lindrende behandling i livets sluttfase. Helsedirektoratet 2018',
    title: 'Nasjonale faglige råd for lindrende behandling i livets sluttfase',
    publisher: 'Helsedirektoratet',
    year: 2018,
    url: 'https://helsedirektoratet.no/palliasjon/nasjonale-faglige-rad-for-lindrende-behandling-i-livetssluttfase',
  },
  {
    category: InnlandetDocumentCategory.NATIONAL,
    citation:
      'Rapport om tilbudet til personer med behov for lindrende behandling og omsorg mot livets slutt – å skape liv til dagene. Rapport fra Helsedirektoratet IS-2278, 2015',
    title: 'Rapport om tilbudet til personer med behov for lindrende behandling og omsorg mot livets slutt – å skape liv til dagene',
    reference: 'IS-2278',
    publisher: 'Helsedirektoratet',
    year: 2015,
    url: 'https://www.regjeringen.no/contentassets/a4b45c8f57e741bdbb3bfb32c6b9ef43/rapport_hdir_palliasjonsrapport_160315.pdf',
  },
  {
    category: InnlandetDocumentCategory.NATIONAL,
    citation: 'NOU 2017: 16 «På liv og død» Palliasjon til alvorlig syke og døende. Regjeringen 2017',
    title: '«På liv og død» Palliasjon til alvorlig syke og døende',
    reference: 'NOU 2017: 16',
    publisher: 'Regjeringen',
    year: 2017,
    url: 'https://www.regjeringen.no/no/dokumenter/nou-2017-16/id2582548/',
  },
  {
    category: InnlandetDocumentCategory.NATIONAL,
    citation: 'Meld. St. 24 (2019–2020) Lindrende behandling og omsorg — Vi skal alle dø en dag. Men alle andre dager skal vi leve.',
    title: 'Lindrende behandling og omsorg — Vi skal alle dø en dag. Men alle andre dager skal vi leve.',
    reference: 'Meld. St. 24 (2019–2020)',
    url: 'https://www.regjeringen.no/no/dokumenter/meld.-st.-24-20192020/id2700942/?ch=1',
  },
  {
    category: InnlandetDocumentCategory.NATIONAL,
    citation: 'Leve med kreft, Nasjonal kreftstrategi 2018-2022. Helse og omsorgsdepartementet,',
    title: 'Leve med kreft, Nasjonal kreftstrategi 2018-2022',
    publisher: 'Helse og omsorgsdepartementet',
    url: 'https://www.regjeringen.no/contentassets/266bf1eec38940888a589ec86d79da20/regjeringens_kreftstrategi_180418.pdf',
  },
  {
    category: InnlandetDocumentCategory.NATIONAL,
    citation: 'Beslutningsprosesser ved begrensning av livsforlengende behandling Helsedirektoratet 2013',
    title: 'Beslutningsprosesser ved begrensning av livsforlengende behandling',
    publisher: 'Helsedirektoratet',
    year: 2013,
    url: 'https://helsedirektoratet.no/Lists/Publikasjoner/Attachments/67/IS-2091-Beslutningsprosesser-ved-begrensning-av-livsforlengende-behandling.pdf',
  },
  {
    category: InnlandetDocumentCategory.NATIONAL,
    citation: 'Pårørendeveileder Nasjonal veileder. Helsedirektoratet 2017',
    title: 'Pårørendeveileder Nasjonal veileder',
    publisher: 'Helsedirektoratet',
    year: 2017,
    url: 'https://helsedirektoratet.no/Retningslinjer/Pårørendeveileder.pdf',
  },
  {
    category: InnlandetDocumentCategory.NATIONAL,
    citation: 'Håndbok i lindrende behandling. Lindring i nord UNN 2012',
    title: 'Håndbok i lindrende behandling',
    publisher: 'Lindring i nord UNN',
    year: 2012,
    url: 'https://unn.no/Documents/Kompetansetjenester,%20-sentre%20og%20fagråd/Regionalt%20kompetansesenter%20for%20lindrende%20behandling/Håndbok%20i%20lindrende%20behandling/Håndbok%20i%20lindrende%20behandling.pdf',
  },
  {
    category: InnlandetDocumentCategory.NATIONAL,
    citation: 'Palliasjon til barn og unge. Nasjonal faglig retningslinje for palliasjon til barn og unge uavhengig av diagnose. Helsedirektoratet, 2017',
    title: 'Palliasjon til barn og unge. Nasjonal faglig retningslinje for palliasjon til barn og unge uavhengig av diagnose',
    publisher: 'Helsedirektoratet',
    year: 2017,
    url: 'https://helsedirektoratet.no/retningslinjer/palliasjon-til-barn-og-unge',
  },
  {
    category: InnlandetDocumentCategory.LAW,
    citation: 'Spesialisthelsetjenesteloven, Helse og omsorgsdepartementet.2014.',
    title: 'Spesialisthelsetjenesteloven',
    publisher: 'Helse og omsorgsdepartementet',
    year: 2014,
  },
  {
    category: InnlandetDocumentCategory.LAW,
    citation: 'Helse- og omsorgtjenesteloven, Helse- og omsorgsdepartementet, 2014.',
    title: 'Helse- og omsorgtjenesteloven',
    publisher: 'Helse- og omsorgsdepartementet',
    year: 2014,
  },
  {
    category: InnlandetDocumentCategory.LOCAL,
    citation: 'Pakkeforløp kreftrehabilitering SI',
    title: 'Pakkeforløp kreftrehabilitering SI',
  },
  {
    category: InnlandetDocumentCategory.LOCAL,
    citation: 'Anbefaling for organisering av kompetansenettverk i palliasjon og kreftomsorg i region sør-øst',
    title: 'Anbefaling for organisering av kompetansenettverk i palliasjon og kreftomsorg i region sør-øst',
  },
  {
    category: InnlandetDocumentCategory.LOCAL,
    citation: AGREEMENT_CITATION,
    title: 'Avtale som regulerer Ressurssykepleiernettverket i palliasjon og kreftomsorg i Innlandet',
  },
  {
    category: InnlandetDocumentCategory.LOCAL,
    citation: 'Funksjonsbeskrivelse for ressurssykepleiere i Ressurssykepleienettverket i palliasjon og kreftomsorg i Innlandet.',
    title: 'Funksjonsbeskrivelse for ressurssykepleiere i Ressurssykepleienettverket i palliasjon og kreftomsorg i Innlandet',
  },
  {
    category: InnlandetDocumentCategory.LOCAL,
    citation: 'Kompetanseplan Ressurssykepleiernettverket i palliasjon og kreftomsorg i Innlandet.',
    title: 'Kompetanseplan Ressurssykepleiernettverket i palliasjon og kreftomsorg i Innlandet',
  },
];

/** The one agreement that anchors the network; the plan lists it among its local documents and dates it nowhere. */
export const agreements = [
  {
    title: 'Avtale som regulerer Ressurssykepleiernettverket i palliasjon og kreftomsorg i Innlandet',
    kind: 'Underavtale',
    partOf: 'Tjenesteavtale 1 – ansvar og oppgaver',
    parties: [],
    adopted: null,
    revised: [],
    inForceFrom: null,
    note: `Lokale dokumenter: ${AGREEMENT_CITATION}`,
  },
];
