import { EventKind, FocusAreaStatus } from '@pallnet/contract';
import { SorOstGoalKind } from '../entities/sor-ost-goal-kind.enum';

/*
 * Transcribed by hand from data/source-document.txt (Palliativt nettverk i Oslo, årsrapport 2021).
 * Names and wording verbatim, typos included ('Spesialrådgvier', 'kompetjeneste', 'Livisenberg',
 * 'ressursykepleierrollen'); only line breaks and hyphenation of the PDF extraction are undone.
 * Where the report is vague the figure is left null and its words kept in a note.
 */

export const NETWORK_ID = 'sor-ost-oslo';

const YEAR = 2021;
const NEXT_YEAR = 2022;
/** The date the report gives the groups' composition for ("pr. 31.12. 2021"). */
const COMPOSITION_DATE = '2021-12-31';

export const network = {
  id: NETWORK_ID,
  name: 'Palliativt nettverk i Oslo',
  // No single health trust runs it: each hospital has its sector, and Oslo kommune is a party.
  healthTrust: 'Oslo universitetssykehus, Lovisenberg Diakonale Sykehus og Diakonhjemmet sykehus',
  sourceNotes: [
    {
      field: 'healthTrust',
      note: 'Nettverket har ikke ett helseforetak: «Hvert av sykehusene har ansvar for sektornettverket i sitt lokalsykehusområde» (Oslo universitetssykehus (OUS), Lovisenberg Diakonale Sykehus (LDS), Diakonhjemmet sykehus (DHS)), og avtalen ble vedtatt i «Samarbeidsutvalget for Oslo kommune og sykehusene i Oslo». Verdien lister de tre sykehusene med navnene rapporten bruker.',
    },
  ],
  established: 2001,
  mandate:
    'Palliativt nettverk skal arbeide for økt samarbeid og samhandling mellom kommune- og spesialisthelsetjenesten ved å bygge opp og spre kompetanse mellom bydeler, hjemmetjenester, sykehjem og sykehus. Formålet er å øke kompetansen hos sykepleiere slik at de kan fungere som ressurser for pasienter, pårørende og kollegaer. I tillegg å bidra til at pasienter med behov for palliativ omsorg samt deres pårørende, i større grad opplever helsevesenet som en kompetent og sammenhengende behandlingskjede, samt bidra til bedre ressursutnyttelse og økt forutsigbarhet for alle involverte.',
  guidelineBasis:
    'Nasjonalt handlingsprogram med retningslinjer for palliasjon i kreftomsorgen gir føringer for organisering av nettverk av ressurssykepleiere innen palliasjon og kreftomsorg. Nettverket er sentralt for å ivareta kontinuiteten i pleie- og omsorgstilbudet til kreftpasientene og for å spre kompetanse om palliasjon i hele foretaksområdet. Det bør være en ressurssykepleier i hver kommune/sone, i hvert sykehjem og på hver sykehusavdeling som behandler pasienter med behov for palliasjon. Det er naturlig at ressurssykepleierne har en sentral rolle i den kliniske palliative virksomheten på egen arbeidsplass, samhandlingen på tvers av tjenestenivåene for palliative pasienter og bidrar i lokal kompetanseheving: Les mer: Palliasjon i kreftomsorgen – handlingsprogram - Helsedirektoratet',
  guidelineUrl: 'https://www.helsebiblioteket.no/retningslinjer/palliasjon/vedlegg-1-organisering#Kompetansenettverkavressurssykepleiere',
  governance:
    'Nettverket ledes av en styringsgruppe og driftes av en driftsgruppe. Hvert av sykehusene har ansvar for sektornettverket i sitt lokalsykehusområde.',
  resourcePersonRole: 'Utøver sin funksjon i henhold til funksjonsbeskrivelse som bla. innebærer;',
  resourcePersonTasks: [
    'Fungere som en ressursperson for pasienter og deres pårørende',
    'Planlegge arbeidet med nærmeste leder',
    'Veiledning og rådgivning av kollegaer',
    'Holde kollegaer oppdatert om nyheter og referere fra fagdager',
    'Skal arbeide for å implementere rutiner for samarbeid og samhandling',
    'Møte på nettverksdager og felles fagdager',
  ],
  website: 'http://www.oslo-universitetssykehus.no/palliativt-nettverk-i-oslo',
  figureCaptions: ['Figur 1: Strukturen i palliativt nettverk i Oslo-regionen', 'Figur 2: Årshjul for palliativt nettverk i 2022'],
};

/** Historisk forankring. */
export const history = [
  {
    period: '2001',
    fromYear: 2001,
    toYear: null,
    description:
      'I 2001 tok Kompetansesenter for lindrende behandling (KSLB), Ullevål universitetssykehus i samarbeid med Kreftforeningen, initiativ til opprettelse av et sykepleiernettverk i Oslo med fokus på alvorlig syke og døende.',
    actors: ['Kompetansesenter for lindrende behandling (KSLB), Ullevål universitetssykehus', 'Kreftforeningen'],
    resultingNetworks: ['sykepleiernettverk i Oslo'],
  },
  {
    period: 'Høsten 2007/2008',
    fromYear: 2007,
    toYear: 2008,
    description:
      'Høsten 2007/2008 ble Oslo-nettverket delt i fire lokale nettverk; Diakonhjemmet (DHS), Lovisenberg (LDS), Ullevål og Aker sektor. I tillegg ble bydeler og kommuner i Akershus universitetssykehus (Ahus) sitt opptaksområde inkludert i Aker sektor.',
    actors: [],
    resultingNetworks: ['Diakonhjemmet (DHS)', 'Lovisenberg (LDS)', 'Ullevål', 'Aker sektor'],
  },
  {
    period: '2010/2011',
    fromYear: 2010,
    toYear: 2011,
    description:
      'I 2010/2011 ble Aker og Ullevål slått sammen til Palliativt nettverk, Oslo universitetssykehus (OUS), mens bydelene i Ahus sitt opptaksområde ble innlemmet i eget nettverk ved Ahus.',
    actors: [],
    resultingNetworks: ['Palliativt nettverk, Oslo universitetssykehus (OUS)', 'eget nettverk ved Ahus'],
  },
];

const AGREEMENT_TITLE = 'Avtale som regulerer nettverk av ressurssykepleiere innen palliasjon og kreftomsorg';

export const agreements = [
  {
    title: AGREEMENT_TITLE,
    kind: 'underavtale',
    partOf: 'Tjenesteavtale 1-koordinerte tjenester',
    // The body that adopted it is "Samarbeidsutvalget for Oslo kommune og sykehusene i Oslo".
    parties: ['Oslo kommune', 'sykehusene i Oslo'],
    adopted: '2013-03-28',
    revised: ['2017-09-15'],
    note: 'Palliativt nettverk i Oslo er forankret i avtalen. Forankringen sikrer at partene har en gjensidig forventning om at ressurssykepleierne gis anledning til å delta i nettverket, samt utføre de oppgaver som ligger i rollen. Avtalen er på nytt under revidering i 2021-2022 i forbindelse med etableringen av Helsefellesskapet i Oslo.',
  },
];

export const agreementMilestones = [
  {
    agreementTitle: AGREEMENT_TITLE,
    step: 'vedtatt',
    date: '2013-03-28',
    period: null,
    decidedBy: 'Samarbeidsutvalget for Oslo kommune og sykehusene i Oslo',
    change:
      'Avtalen ble vedtatt i Samarbeidsutvalget for Oslo kommune og sykehusene i Oslo den 28.03.2013, og er underavtale til Tjenesteavtale 1-koordinerte tjenester.',
  },
  {
    agreementTitle: AGREEMENT_TITLE,
    step: 'revidert',
    date: '2017-09-15',
    period: null,
    decidedBy: 'samarbeidsutvalget',
    change: 'Den viktigste endringen var at nettverket fikk ny styringsstruktur med styringsgruppe og driftsgruppe.',
  },
  {
    agreementTitle: AGREEMENT_TITLE,
    step: 'under revidering',
    date: null,
    period: '2021-2022',
    decidedBy: null,
    change: 'Avtalen er på nytt under revidering i 2021-2022 i forbindelse med etableringen av Helsefellesskapet i Oslo.',
  },
];

/** «Nettverket arbeider etter føringer fra», each with the link the report's footer gives for it. */
export const governingDocuments = [
  {
    issuer: null,
    title: `${AGREEMENT_TITLE} – underavtale til Tjenesteavtale 1- koordinerte tjenester`,
    url: 'https://oslo-universitetssykehus.no/seksjon/kompetansesenter-for-lindrende-behandling-helseregion-sor-ost-kslb/Documents/Avtale%20som%20regulerer%20nettverket%20revidert%20sept.%202017_.pdf',
  },
  {
    issuer: 'Helsedirektoratet',
    title: 'Nasjonalt handlingsprogram med retningslinjer for palliasjon i kreftomsorgen',
    url: 'https://www.helsedirektoratet.no/retningslinjer/palliasjon-i-kreftomsorgen-handlingsprogram/Palliasjon%20i%20kreftomsorgen%20%E2%80%93%20Nasjonalt%20handlingsprogram%20med%20retningslinjer.pdf?download=false',
  },
  {
    issuer: 'Helse- og omsorgsdepartementet',
    title: 'Meld.St. 24 (2019-2020) Lindrende behandling og omsorg',
    url: 'https://www.regjeringen.no/no/dokumenter/meld.-st.-24-20192020/id2700942/',
  },
  {
    issuer: 'Helse- og omsorgsdepartementet',
    title: 'NOU 2017: 16. På liv og død – Palliasjon til alvorlig syke og døende.',
    url: 'https://www.regjeringen.no/no/dokumenter/nou-2017-16/id2582548/',
  },
  {
    issuer: 'Helse- og omsorgsdepartementet',
    title: 'Leve med kreft. Nasjonal kreftstrategi 2018-2022',
    url: 'https://www.regjeringen.no/no/dokumenter/leve-med-kreft/id2598282/',
  },
  {
    issuer: null,
    title: 'Lov om spesialisthelsetjeneste m. m §2-1e',
    url: 'https://lovdata.no/dokument/NL/lov/1999-07-02-61/KAPITTEL_2#KAPITTEL_2',
  },
  {
    issuer: null,
    title: 'Lov om kommunale helse- og omsorgstjenester m. m §6-2 nr 2,5,6',
    url: 'https://lovdata.no/dokument/NL/lov/2011-06-24-30#KAPITTEL_6',
  },
];

const STEERING_AGENDA = [
  'Utskiftninger i styringsgruppen (Lederfunksjon og representant fra Samhandlingsavd. rullerer hvert 3. år, Lovisenberg hadde 1. periode)',
  'Årsrapport 2020 (Godkjenning og forslag til endring av mal)',
  'Aktuelt fra driftsgruppen (Likeverdige tilbud i palliativt nettverk, Samarbeid med sykehjemsetaten, Hvordan sikre og styrke kompetansen blant private aktører i hjemmetjenesten, Nedleggelsen av Seksjon for alvorlig syke i bydel Nordstrand)',
];

/** A member row: everything not given on the report's line stays null. */
function member(m: {
  name: string;
  sourceWording: string;
  function?: string;
  title?: string;
  workplace?: string;
  organisation?: string;
  replaces?: string;
  note?: string;
}) {
  return {
    function: null,
    title: null,
    workplace: null,
    organisation: null,
    replaces: null,
    note: null,
    asOf: COMPOSITION_DATE,
    ...m,
  };
}

export const steeringGroup = {
  id: 'sor-ost-styringsgruppen',
  name: 'Styringsgruppen',
  rotationYears: 3,
  rotationNote: 'Lederfunksjon og representant fra Samhandlingsavd. rullerer hvert 3. år, Lovisenberg hadde 1. periode',
  responsibilities: [
    'Sikre helhetlig organisering av nettverket gjennom forpliktende samarbeidsavtale',
    'Oppfølging av driftsgruppens arbeid. Påse at nettverket driftes etter de til enhver tid gjeldende nasjonale og politiske føringer',
    'Støtte for driftsgruppen',
    'Sørge for at samarbeidsavtale, funksjonsbeskrivelse og kompetanseplan jevnlig evalueres',
    'Håndtere avvik eller dissens',
  ],
  members: [
    member({
      name: 'Ellen Bjerkeset',
      function: 'Leder',
      workplace: 'Regional kompetjeneste for lindrende behandling',
      organisation: 'Helse Sør-Øst',
      sourceWording: 'Leder: Ellen Bjerkeset, Regional kompetjeneste for lindrende behandling, Helse Sør-Øst',
    }),
    member({
      name: 'Sigrun Skåland Brun',
      title: 'Spesialrådgvier',
      workplace: 'avdeling for samhandling, helsekompetanse og likeverdige tjenester',
      organisation: 'OUS',
      replaces: 'Rigmor Vinskei Lindahl',
      note: 'Erstatter representant fra LDS, Rigmor Vinskei Lindahl',
      sourceWording:
        'Sigrun Skåland Brun, Spesialrådgvier ved avdeling for samhandling, helsekompetanse og likeverdige tjenester, OUS (Erstatter representant fra LDS, Rigmor Vinskei Lindahl)',
    }),
    member({
      name: 'Solrun Merete Tjøstheim',
      workplace: 'Sykehjemsetaten',
      organisation: 'Oslo kommune',
      sourceWording: 'Solrun Merete Tjøstheim, Sykehjemsetaten, Oslo kommune',
    }),
    member({
      name: 'Heidi Strömborg Sand',
      workplace: 'Helseetaten',
      organisation: 'Oslo kommune',
      sourceWording: 'Heidi Strömborg Sand, Helseetaten, Oslo kommune',
    }),
    member({ name: 'Heidi Fugli', organisation: 'Statsforvalteren i Oslo og Viken', sourceWording: 'Heidi Fugli, Statsforvalteren i Oslo og Viken' }),
    member({ name: 'Vibeche Fahsing', organisation: 'Kreftforeningen', sourceWording: 'Vibeche Fahsing, Kreftforeningen' }),
    member({
      name: 'Elias David Lundereng',
      title: 'nettverksleder OUS sektor og Oslo',
      sourceWording: 'Elias David Lundereng, nettverksleder OUS sektor og Oslo',
    }),
  ],
  activityReport: {
    meetingsSummary: null,
    meetingsHeld: 1,
    meetingsCancelled: 1,
    activity: 'Avholdt ett styringsgruppemøte i mars 2021.',
    mainMatters: STEERING_AGENDA,
    note: 'Høstens møte ble avlyst pga sykdom.',
  },
  events: [
    {
      kind: EventKind.GOVERNANCE_MEETING,
      title: 'Styringsgruppemøte',
      year: YEAR,
      period: 'mars 2021',
      themes: STEERING_AGENDA,
    },
  ],
};

/** The line "Bente Westad, Lovisenberg Diakonale sykehus, Lisbeth Klemetsen, bydel Nordstrand" names two members. */
const TWO_MEMBER_LINE = 'Bente Westad, Lovisenberg Diakonale sykehus, Lisbeth Klemetsen, bydel Nordstrand';

export const operationsGroup = {
  id: 'sor-ost-driftsgruppen',
  name: 'Driftsgruppen',
  parentId: steeringGroup.id,
  responsibilities: [
    'Ansvar for praktisk drift av nettverket',
    'Sørge for enhetlig drift av de ulike lokalnettverkene gjennom felles handlingsplan',
    'Etablere og utnevne medlemmer til driftsgruppe som skal bidra til praktisk drift, planarbeid og kompetanseutvikling',
    'Arrangere årlige felles samlinger for Oslo-nettverket med fokus på samhandling og kompetanseheving (jfr. kompetanseplanen)',
    'Arrangere introduksjonskurs for nye ressurssykepleiere',
    'Utarbeide og revidere felles dokumenter og arbeidsverktøy.',
    'Videreformidle aktuelle nyheter til nettverket',
    'Helsepolitisk påvirkningsarbeid',
  ],
  members: [
    member({
      name: 'Elias David Lundereng',
      function: 'Leder',
      title: 'nettverksleder OUS sektor',
      sourceWording: 'Leder: Elias David Lundereng, nettverksleder OUS sektor',
    }),
    member({
      name: 'Liv Fuglum Sætre',
      function: 'Nestleder',
      title: 'nettverksleder Lovisenberg sektor',
      sourceWording: 'Nestleder: Liv Fuglum Sætre, nettverksleder Lovisenberg sektor',
    }),
    member({ name: 'Tone Oraug', title: 'nettverksleder Diakonhjemmet sektor', sourceWording: 'Tone Oraug, nettverksleder Diakonhjemmet sektor' }),
    member({ name: 'Anne Kristine Espegren', organisation: 'Fransiskushjelpen', sourceWording: 'Anne Kristine Espegren, Fransiskushjelpen' }),
    member({ name: 'Bente Westad', organisation: 'Lovisenberg Diakonale sykehus', sourceWording: TWO_MEMBER_LINE }),
    member({ name: 'Lisbeth Klemetsen', workplace: 'bydel Nordstrand', sourceWording: TWO_MEMBER_LINE }),
    member({
      name: 'Elsie Hannon',
      workplace: 'Senter for fagutvikling og forskning',
      organisation: 'Helseetaten Oslo kommune',
      sourceWording: 'Elsie Hannon, Senter for fagutvikling og forskning, Helseetaten Oslo kommune',
    }),
    member({
      name: 'Reidun Nordlien',
      title: 'avdelingsleder',
      workplace: 'lindrende enhet på Solvang Helsehus',
      organisation: 'SYE',
      sourceWording: 'Reidun Nordlien, avdelingsleder på lindrende enhet på Solvang Helsehus, SYE',
    }),
  ],
  activityReport: {
    meetingsHeld: 4,
    activity: 'Driftsgruppen har hatt fire møter.',
    mainMatters: [
      'Ny ledelse og endringer i Diakonhjemmet sektor. Lars Holtet har takket av etter lang og tro tjeneste som leder av nettverket ved Diakonhjemmet. Inn kom Anne Beate Moland, som dessverre også sluttet etter kort tid. Vilde Witzøe var konstituert leder av nettverket gjennom høsten, og Tone Oraug ble ny leder fra 1.12.2021.',
      'Ny mal for årsrapport og utarbeidelse av årshjul for kommende år er laget. Formålet er å øke forutsigbarheten for nettverksmedlemmene, samt gi årsrapporten en mer universell utforming.',
      'Det har blitt gjennomført samarbeidsmøter mellom nettverkslederne og sykehjemsetaten for å styrke sykehjemmenes deltakelse i nettverket. Dette for å sikre at tilbudet oppleves mer likeverdig for alle aktører i palliasjon i kommunen.',
      'Nettsiden til palliativt nettverk oppdateres regelmessig. Oppdatert informasjon om nettverkets aktiviteter legges ut her: www.oslo-universitetssykehus.no/palliativt-nettverk-i-oslo',
      'Vilde Witzøe, Liv Sætre, Elias Lundereng og Elsie Hannon deltok på nettverksledersamling i regi av regional kompetansetjeneste for lindrende behandling, Helse Sør-øst',
      'Det har blitt jobbet med introduksjonskurs og felles fagdag, og hele driftsgruppen har bidratt med gjennomføringen av disse dagene. Se egne punkter.',
    ],
    postponedMatters: [
      'Arbeid med å kartlegge private aktører i hjemmetjenesten og sørge for at disse også blir en del av palliativt nettverk.',
      'Hospitering har vært et uttalt mål i palliativt nettverk de siste årene, men dette har ikke latt seg gjøre med tanke på pandemisituasjonen.',
      'Arbeid med mål/strategiplan for 2020-2024 utarbeidet av styringsgruppa',
    ],
  },
  // "Driftsgruppen har hatt fire møter": four meetings, none of them dated.
  events: Array.from({ length: 4 }, () => ({
    kind: EventKind.GOVERNANCE_MEETING,
    title: 'Driftsgruppemøte',
    year: YEAR,
    note: 'Driftsgruppen har hatt fire møter.',
  })),
};

const SECTOR_TASKS = [
  'Arrangere lokale samlinger for nettverket 12 timer i året jf. kompetanseplan',
  'Velge et eller flere tema ut fra strategiplanen som er definert som utviklingsområde',
  'Nettverket melder inn sin aktivitet til styringsgruppen for å sikre at ikke flere jobber med samme sak.',
  'Videreformidle aktuelle nyheter til nettverket',
  'Arbeidet presenteres og deles med de andre palliative nettverkene på en felles fagdag en gang i året.',
];

/** "Arrangere lokale samlinger for nettverket 12 timer i året jf. kompetanseplan". */
const PLANNED_GATHERING_HOURS = 12;

const NO_JOB_SHADOWING_OUS =
  'Grunnet pandemisituasjonen har det ikke vært anledning for hospitering på tvers av sykehusavdelingene eller tjenestenivåer. Dette satsningsområdet overføres til neste år.';
const WORKED_BY_PLAN = 'Nettverket har arbeidet etter vedtatt handlingsplan, årshjul og kompetanseplan.';
const JOB_SHADOWING_FOCUS = 'Hospitering på tvers av sykehusavdelingene eller tjenestenivåer';

/**
 * The sectors serve Oslo's city districts by local hospital area; the report lists no districts,
 * so each sector is linked to Oslo as a whole and no district list is made up.
 */
const OSLO = { number: '0301', wording: 'Oslo', note: 'Hvert av sykehusene har ansvar for sektornettverket i sitt lokalsykehusområde.' };

const OUS_THEMES = [
  'Systematisk symptomkartlegging og symptomforståelse',
  'samhandling ved utskrivelse av kreftpasienter',
  'sykepleieres erfaringer med bruk av ESAS',
  'helsepersonells erfaringer med bruk av total parenteral ernæring hos palliative pasienter',
];

/*
 * Focus areas for 2022 (Satsningsområde 2022): CONTINUED only where the report itself says the item
 * goes on (overføres, videreføres, «Videre fokus»); everywhere else the report gives no status and
 * it stays null. An item is never marked NEW for lack of such words: OUS's «Jobbe mot mer likeverdig
 * tilbud» was on the operations group's 2021 agenda already. The report's words are kept in the note.
 */
export const sectorNetworks = [
  {
    id: 'sor-ost-oslo-universitetssykehus-sektor',
    name: 'Oslo Universitetssykehus sektor',
    hospital: 'Oslo Universitetssykehus',
    hospitalAbbreviation: 'OUS',
    plannedMeetingsPerYear: null,
    leadership: [
      {
        name: 'Elias David Lundereng',
        role: 'Leder',
        affiliation: 'Seksjon Lindrende Behandling, Kreftklinikken, Oslo Universitetssykehus',
        current: true,
      },
    ],
    figures: [
      { year: 2020, count: 132, asOf: null, note: 'en oppgang fra 132 fra 2020' },
      { year: YEAR, count: 145, asOf: '2021-12-31', note: null },
    ],
    yearReport: { themes: OUS_THEMES, goalsReached: WORKED_BY_PLAN, membershipNote: null, note: null },
    events: [
      {
        kind: EventKind.STUDY_DAY,
        title: 'Fagdag',
        year: YEAR,
        hours: 6,
        form: 'digital',
        // «digital gjennomføring. Antall til stede: 45»: a total; how many in person or digitally is not given.
        participants: 45,
        themes: OUS_THEMES,
        note: 'Samlinger: 1 fagdag (6 timer), digital gjennomføring. Antall til stede: 45.',
      },
    ],
    activityReport: {
      meetingsSummary: 'Antall møter: 1 fagdag (6 timer)',
      meetingsHeld: 1,
      activity:
        'Per 31. desember 2021 hadde kompetansenettverket ved OUS 145 medlemmer, en oppgang fra 132 fra 2020, noe som er positivt i et år som igjen har vært preget av pandemi og utfordringer med nettverksarbeid. Nettverket har arbeidet etter vedtatt handlingsplan, årshjul og kompetanseplan.',
      gatherings: '1 fagdag (6 timer), digital gjennomføring. Antall til stede: 45.',
      jobShadowing: NO_JOB_SHADOWING_OUS,
      plansForYear: NEXT_YEAR,
      plans:
        'Implementering av nasjonale faglige råd for lindrende behandling i livets sluttfase. Videre fokus på forankring av nettverksavtalen. Jobbe mot mer likeverdig tilbud i palliativt nettverk i Oslo. Arbeide for økt aktiv deltakelse i nettverket. Utvikle ressurssykepleiernes eierskap til nettverket og sin rolle. Opprette arbeidsgruppe som støtter nettverkslederen i å arrangere fagdager.',
    },
    focusAreas: [
      { title: JOB_SHADOWING_FOCUS, status: FocusAreaStatus.CONTINUED, note: 'Dette satsningsområdet overføres til neste år.' },
      { title: 'Implementering av nasjonale faglige råd for lindrende behandling i livets sluttfase', status: null, note: null },
      { title: 'Videre fokus på forankring av nettverksavtalen', status: FocusAreaStatus.CONTINUED, note: 'Videre fokus' },
      { title: 'Jobbe mot mer likeverdig tilbud i palliativt nettverk i Oslo', status: null, note: null },
      { title: 'Arbeide for økt aktiv deltakelse i nettverket', status: null, note: null },
      { title: 'Utvikle ressurssykepleiernes eierskap til nettverket og sin rolle', status: null, note: null },
      { title: 'Opprette arbeidsgruppe som støtter nettverkslederen i å arrangere fagdager', status: null, note: null },
    ],
    jobShadowing: [],
  },
  {
    id: 'sor-ost-lovisenberg-sektor',
    name: 'Lovisenberg sektor',
    hospital: 'Lovisenberg Diakonale Sykehus',
    hospitalAbbreviation: 'LDS',
    // «Det var planlagt å arrangere 6 møter» is the plan for 2021 (activityReport.meetingsPlanned), not a standing rule.
    plannedMeetingsPerYear: null,
    leadership: [
      {
        name: 'Liv Fuglum Sætre',
        role: 'Leder',
        affiliation: 'Livshjelpsenteret, Lovisenberg Diakonale Sykehus',
        current: true,
      },
    ],
    // The 2020 figure is not given: only that membership grew by "rundt 15" (kept on the year report).
    // «Antall medlemmer: 69 … Pr 07.02.22 hadde nettverket …»: counted on 7 February 2022, reported for 2021.
    figures: [{ year: YEAR, count: 69, asOf: '2022-02-07', note: 'Pr 07.02.22' }],
    yearReport: {
      themes: [
        'Erfaringsdeling etter et år med pandemi og konsekvenser for palliative kreftpasienter, deres pårørende og personalet.',
        'Opprettelse og bruk av palliativ plan',
        'Erfaring fra veiledning og personalomsorg under en pandemi. Bl.a knyttet til erfaringer fra psykososialt team ved LDS.',
      ],
      goalsReached: WORKED_BY_PLAN,
      membershipNote: 'rundt 15',
      note: 'Pr 07.02.22 hadde nettverket økt medlemsantallet med rundt 15 fra 2020.',
    },
    // 1 meeting in spring, 2 in autumn, 1.5 hours each. Two were digital and one physical/hybrid, but
    // which one the report does not say (activityReport.meetingsDigital/-PhysicalOrHybrid), and
    // attendance was not counted ("Vil tro rundt 10- 15"): form and attendance stay null.
    events: ['våren 2021', 'høsten 2021', 'høsten 2021'].map((period) => ({
      kind: EventKind.NETWORK_MEETING,
      title: 'Nettverksmøte',
      year: YEAR,
      period,
      hours: 1.5,
      note: 'antall med digitaldeltakelse har dessverre ikke blitt registrert. Vil tro rundt 10- 15 personer per møte',
    })),
    activityReport: {
      meetingsSummary: 'Antall møter: 3 (x 1,5 time)',
      meetingsHeld: 3,
      meetingsPlanned: 6,
      // «2 møter var digitale, ett var fysisk/ hybrid-løsning.»
      meetingsDigital: 2,
      meetingsPhysicalOrHybrid: 1,
      plannedHoursPerMeeting: 1.5,
      activity:
        'Pr 07.02.22 hadde nettverket økt medlemsantallet med rundt 15 fra 2020. Gledelig å registrere flere nye medlemmer fra hjemmesykepleien i forskjellige bydeler.',
      gatherings:
        'Det var planlagt å arrangere 6 møter, hver på 1, 5 time. På grunn av pandemisituasjonen ble det kun arrangert 1 møte på våren og 2 på høsten. 2 møter var digitale, ett var fysisk/ hybrid-løsning.',
      participation:
        'Det har vært noe færre deltakere på fysisk møte, antall med digitaldeltakelse har dessverre ikke blitt registrert. Vil tro rundt 10- 15 personer per møte',
      jobShadowing:
        'Grunnet pandemisituasjonen har det ikke vært anledning for hospitering på tvers av sykehusavdelingene eller tjenestenivåer. Dette satsningsområdet overføres til neste år',
      plansForYear: NEXT_YEAR,
      plans:
        'Intensjonen var å fortsette å arbeide med forankring av avtale, og å videreutvikle ressurssykepleiernes eierskap til nettverket og sin rolle. Arbeide med å øke deltakelse på møter, fagdag og at introduksjonskurs blir prioritert for nye medlemmer. Pandemisituasjon har gjort dette arbeidet utfordrende, arbeidet videreføres til neste år.',
      note: WORKED_BY_PLAN,
    },
    focusAreas: [
      { title: JOB_SHADOWING_FOCUS, status: FocusAreaStatus.CONTINUED, note: 'Dette satsningsområdet overføres til neste år' },
      { title: 'forankring av avtale', status: FocusAreaStatus.CONTINUED, note: 'fortsette å arbeide med; arbeidet videreføres til neste år' },
      {
        title: 'videreutvikle ressurssykepleiernes eierskap til nettverket og sin rolle',
        status: FocusAreaStatus.CONTINUED,
        note: 'arbeidet videreføres til neste år',
      },
      {
        title: 'Arbeide med å øke deltakelse på møter, fagdag og at introduksjonskurs blir prioritert for nye medlemmer',
        status: FocusAreaStatus.CONTINUED,
        note: 'Pandemisituasjon har gjort dette arbeidet utfordrende, arbeidet videreføres til neste år.',
      },
    ],
    jobShadowing: [],
  },
  {
    id: 'sor-ost-diakonhjemmet-sektor',
    name: 'Diakonhjemmet sektor',
    hospital: 'Diakonhjemmet sykehus',
    hospitalAbbreviation: 'DHS',
    plannedMeetingsPerYear: null,
    leadership: [
      {
        name: 'Lars Holtet',
        role: 'Leder',
        note: 'Lars Holtet har takket av etter lang og tro tjeneste som leder av nettverket ved Diakonhjemmet.',
      },
      {
        name: 'Anne Beate Moland',
        role: 'Leder',
        note: 'Inn kom Anne Beate Moland, som dessverre også sluttet etter kort tid.',
      },
      {
        name: 'Vilde Witzøe',
        role: 'Konstituert leder',
        period: 'gjennom høsten',
        // The sector's own section says nobody led it that autumn; both statements are kept.
        note: 'Vilde Witzøe var konstituert leder av nettverket gjennom høsten. (Diakonhjemmet sektor: gjennom høsten var det ingen som ledet nettverket. Vilde Witzøe var med i planleggingen av felles fagdag.)',
      },
      {
        name: 'Tone Oraug',
        role: 'Konstituert leder',
        affiliation: 'sykepleier i palliativt team Diakonhjemmet sykehus',
        fromDate: '2021-12-01',
        employedFrom: '2021-11-01',
        current: true,
        note: 'Fra 01.12 ny leder for nettverket Tone Oraug (Ansatt fra 01.11.21).',
      },
    ],
    figures: [{ year: YEAR, count: 57, asOf: null, note: null }],
    // No meetings: the year report makes the zero gatherings a recorded fact.
    yearReport: {
      themes: [],
      goalsReached: 'Det har ikke vært aktivitet i nettverket gjennom året, og ingen møter er gjennomført.',
      membershipNote: null,
      note: null,
    },
    events: [],
    activityReport: {
      meetingsSummary: 'Antall møter: 0',
      meetingsHeld: 0,
      activity: 'Nytt Palliativt team fra August- 21. Fra 01.12 ny leder for nettverket Tone Oraug (Ansatt fra 01.11.21).',
      gatherings:
        'Det har vært store utskiftninger i Palliativt team 2021, gjennom høsten var det ingen som ledet nettverket. Vilde Witzøe var med i planleggingen av felles fagdag, og Palliativt team var med på gjennomføringen av fagdagen. Det har ikke vært aktivitet i nettverket gjennom året, og ingen møter er gjennomført. Fra Diakonhjemmet sektor, deltok 10 personer på fagdag 30.november. Situasjonen i Diakonhjemmet sektor er kjent for driftsgruppe og styringsgruppe.',
      jointStudyDayParticipants: 10,
      jobShadowing: 'Palliativt team har hospitert hos Fransiskushjelpen.',
      plansForYear: NEXT_YEAR,
      plans:
        'Målet er å gjenoppta aktiviteten i det Palliative nettverket i Diakonhjemmet sektor, og med fokus på forankring i avtalen. Hovedfokus vil være å styrke ressurssykepleierenes rolle på sin arbeidsplass og i nettverket. Økt deltakelse og gjensidig forpliktelse til nettverksarbeidet vil være sentralt i arbeidet.',
    },
    focusAreas: [
      { title: 'gjenoppta aktiviteten i det Palliative nettverket i Diakonhjemmet sektor', status: null, note: 'Målet er å' },
      { title: 'forankring i avtalen', status: null, note: 'med fokus på' },
      { title: 'styrke ressurssykepleierenes rolle på sin arbeidsplass og i nettverket', status: null, note: 'Hovedfokus' },
      { title: 'Økt deltakelse og gjensidig forpliktelse til nettverksarbeidet', status: null, note: null },
    ],
    // The number of days is not given.
    jobShadowing: [{ who: 'Palliativt team', host: 'Fransiskushjelpen', days: null, note: 'Palliativt team har hospitert hos Fransiskushjelpen.' }],
  },
].map((sector) => ({
  parentId: operationsGroup.id,
  plannedGatheringHoursPerYear: PLANNED_GATHERING_HOURS,
  responsibilities: SECTOR_TASKS,
  municipalities: [OSLO],
  ...sector,
}));

/** Members of the whole network: "Antall medlemmer i hele nettverket: 271". */
export const networkFigures = [{ year: YEAR, count: 271 }];

export const networkYearReport = {
  year: YEAR,
  goalsReached:
    'Følgende saker måtte utsettes og videreføres til neste år: Arbeid med å kartlegge private aktører i hjemmetjenesten og sørge for at disse også blir en del av palliativt nettverk. Hospitering har vært et uttalt mål i palliativt nettverk de siste årene, men dette har ikke latt seg gjøre med tanke på pandemisituasjonen. Arbeid med mål/strategiplan for 2020-2024 utarbeidet av styringsgruppa',
  note: 'Antall møter/fagdager: 1 felles fagdag – 1 introduksjonskurs',
};

export const networkActivityReport = {
  year: YEAR,
  meetingsSummary: 'Antall møter/fagdager: 1 felles fagdag – 1 introduksjonskurs',
  activity:
    'De byovergripende aktivitetene i palliativt nettverk i Oslo har bestått av en felles heldags fagdag for hele Oslo-nettverket og ett introduksjonskurs for nye ressurssykepleiere i Oslo-nettverket. Dette er mer beskrevet i punktene under. Aktivitetene i lokalnettverkene er mer utfyllende beskrevet på side 9 og 10. I tillegg har mange ressurssykepleiere i Oslo-nettverket deltatt på kursserien «Den lille forskjellen», og «Digital opplæringspakke i lindrende behandling og omsorg ved livets slutt» som arrangeres av Utviklingssenter for sykehjem og hjemmetjenester/Senter for fagutvikling og forskning (USHT/SFF).',
};

export const JOINT_STUDY_DAY = { title: 'Felles fagdag for palliative nettverk i Oslo 2021', date: '2021-11-30' };

const JOINT_STUDY_DAY_THEMES = [
  'Markering av 20-årsjubileum for palliativt nettverk i Oslo',
  'Ernæring og livskvalitet',
  'Forhåndssamtaler i sykehjem',
  'Palliasjon under en pandemi',
  'Samhandling ved utskrivelse av kreftpasienter',
];

/** Events of the whole network (no unit): the joint study day and the introduction course. */
export const networkEvents = [
  {
    kind: EventKind.STUDY_DAY,
    ...JOINT_STUDY_DAY,
    // "felles heldags fagdag": a full day, but its hours are not given.
    registered: 110,
    attendedInPerson: 87,
    attendedDigitally: 5,
    form: 'hybrid',
    location: 'store auditorium ved VID høgskole/Diakonhjemmet sykehus',
    themes: JOINT_STUDY_DAY_THEMES,
    note: 'Felles heldags fagdag for hele Oslo-nettverket, arrangert som hybridløsning med digital og fysisk gjennomføring. Deltakelse: Det var 110 påmeldte hvor 87 møtte fysisk og 5 deltok digitalt.',
  },
  {
    kind: EventKind.INTRODUCTION_COURSE,
    title: 'Introduksjonskurs for nye ressurssykepleiere 2021',
    date: '2021-09-22',
    // «gjennomført fysisk … Det var 22 nye ressurssykepleiere som deltok»: the total; form says how.
    participants: 22,
    form: 'fysisk',
    location: 'Livisenberg livshjelpsenter',
    themes: [
      'Palliasjon, nettverk og ressursykepleierrollen',
      'Individuell plan i palliasjon',
      'Palliative tilbud i Oslo',
      'Hvordan kartlegge plager og symptomer hos den palliative pasient',
      'Lindring av symptomer hos den døende pasient',
    ],
    note: 'Dagen ble gjennomført med god hjelp fra frivillige og ansatte ved Livshjelpssenteret som bidro med matlaging, servering og rydding.',
  },
];

/** The joint study day's programme («v/ …»), speakers as the programme describes them. */
export const talks = [
  {
    theme: JOINT_STUDY_DAY_THEMES[0],
    speakers: [
      { name: 'Inger Fossli', role: null },
      { name: 'Torunn Wester', role: null },
    ],
  },
  { theme: JOINT_STUDY_DAY_THEMES[1], speakers: [{ name: 'Kristine Nordkvelle', role: 'klinisk ernæringsfysiolog ved LDS' }] },
  { theme: JOINT_STUDY_DAY_THEMES[2], speakers: [{ name: 'Trygve Johannes Lereim Sævareid', role: 'Sykepleier og postdoktor' }] },
  {
    theme: JOINT_STUDY_DAY_THEMES[3],
    speakers: [
      { name: 'Liv Inger Stokvold', role: 'kreftkoordinator Gamle Oslo' },
      { name: 'Anne Kristine Espegren', role: 'pleietjenesten, Fransiskushjelpen' },
      { name: 'Mette Thilesen', role: 'avdelingssykepleier, Sofienberghjemmet' },
      { name: 'Mari Falck', role: 'overlege, nyfødtintensiv, OUS, pårørende' },
    ],
  },
  {
    theme: JOINT_STUDY_DAY_THEMES[4],
    speakers: [{ name: 'Elias David Lundereng', role: 'kreftsykepleier, MSc, Seksjon for lindrende behandling, OUS' }],
  },
].map((talk) => ({ eventDate: JOINT_STUDY_DAY.date, eventTitle: JOINT_STUDY_DAY.title, ...talk }));

// The budget table under "Budsjett for arrangementet:" is an image the text extraction lacks.
export const funding = [
  {
    year: YEAR,
    source: 'Bundistiftelsen',
    amountNok: 50000,
    purpose: JOINT_STUDY_DAY.title,
    note: 'Det ble søkt om midler til gjennomføring fra Bundistiftelsen, som støttet fagdagen med NOK 50 000,-. Gjenværende beløp tilbakeføres til Bundistiftelsen etter avtale ved søketidspunkt. Innbetalinger og utbetalinger har blitt organisert av Knif Regnskap via Fransiskushjelpen.',
  },
];

const USHT_SFF = 'Utviklingssenter for sykehjem og hjemmetjenester/Senter for fagutvikling og forskning (USHT/SFF)';

export const externalActivities = [
  {
    year: YEAR,
    title: 'Den lille forskjellen',
    kind: 'kursserie',
    organiser: USHT_SFF,
    participants: [],
    participantsNote: 'mange ressurssykepleiere i Oslo-nettverket',
    note: null,
  },
  {
    year: YEAR,
    title: 'Digital opplæringspakke i lindrende behandling og omsorg ved livets slutt',
    kind: 'opplæringspakke',
    organiser: USHT_SFF,
    participants: [],
    participantsNote: 'mange ressurssykepleiere i Oslo-nettverket',
    note: null,
  },
  {
    year: YEAR,
    title: 'nettverksledersamling',
    kind: 'nettverksledersamling',
    organiser: 'regional kompetansetjeneste for lindrende behandling, Helse Sør-øst',
    participants: ['Vilde Witzøe', 'Liv Sætre', 'Elias Lundereng', 'Elsie Hannon'],
    participantsNote: null,
    note: null,
  },
  {
    year: YEAR,
    title: 'samarbeidsmøter mellom nettverkslederne og sykehjemsetaten',
    kind: 'samarbeidsmøter',
    organiser: null,
    participants: [],
    participantsNote: 'nettverkslederne og sykehjemsetaten',
    note: 'for å styrke sykehjemmenes deltakelse i nettverket. Dette for å sikre at tilbudet oppleves mer likeverdig for alle aktører i palliasjon i kommunen.',
  },
];

const MAIN_GOALS_HEADING = 'Overordnete mål og hovedsatsninger for driftsgruppa, overføres til 2022 – Hovedmål for nettverket';
const SUB_GOALS_HEADING = 'Delmål for 2021, overføres til 2022';

const MAIN_GOALS = [
  'Bidra til at helse – og omsorgstilbudet til pasient og pårørende er av høy kvalitet',
  'Styrke kompetansen i palliasjon og kreftomsorg til ressurspersonene, og dermed i alle avdelinger, enheter/soner der det er pasienter med behov for lindrende behandling',
  'At nettverket er forankret i ledelsen, på alle nivå i helsetjenesten',
  'At leder og ressursperson er gjensidig forpliktet til nettverksarbeidet',
  'Bidra til bedre samhandling rundt pasienter i palliativ fase, på tvers av nivåer, etater og faggrupper i helsetjenesten',
];

export const SUB_GOALS = [
  'Implementere Nasjonale faglige råd for lindrende behandling i livets sluttfase på egen arbeidsplass',
  'Økt etisk bevissthet i det daglige arbeidet',
  'Ressurspersoner med kompetanse tilsvarende nivå B i handlingsprogrammet.',
  'Økt fokus på hospitering når smittesituasjonen tillater det',
  'Sikre at rollen som ressursperson er kjent og mest mulig likt definert i hele Oslo-nettverket',
  'Oppnå tettere samarbeid med ressurssykepleiernes ledere',
  'Kartlegge bruken av ulike anbefalte verktøy (ESAS, IP, Livets siste dager, Mobid 2, CSNAT m.m.) i de ulike nettverkene og arbeidsplassene.',
  'Arbeide etter årshjulet (se figur 2), med forbehold om lokale variasjoner.',
];

export const goals = [
  ...MAIN_GOALS.map((title) => ({ kind: SorOstGoalKind.MAIN, number: null, title, heading: MAIN_GOALS_HEADING })),
  ...SUB_GOALS.map((title, index) => ({ kind: SorOstGoalKind.SUB, number: index + 1, title, heading: SUB_GOALS_HEADING })),
].map((goal) => ({ ...goal, year: YEAR, carriedOverTo: NEXT_YEAR }));

/** The sub-goals carried into 2022 are the whole network's focus areas of that year. */
export const networkFocusAreas = SUB_GOALS.map((title) => ({
  year: NEXT_YEAR,
  title,
  status: FocusAreaStatus.CONTINUED,
  note: SUB_GOALS_HEADING,
}));

export const networkMunicipalities = [{ number: '0301', wording: 'Oslo' }];
