import { GovernanceLevel } from '@pallnet/contract';

/*
 * Transcribed by hand from data/source-document.txt («Drift av nettverk innen kreftomsorg og
 * lindrende behandling», Helse Stavanger, approved 25.10.2023). Names and wording verbatim.
 * The document gives no figures, events or member names, so none are entered.
 */

export const NETWORK_ID = 'vest-helse-stavanger';

/** The document's title: «Drift av nettverk innen kreftomsorg og lindrende behandling.» */
export const DOCUMENT_TITLE = 'Drift av nettverk innen kreftomsorg og lindrende behandling.';

export const network = {
  id: NETWORK_ID,
  // The document gives the network no name of its own: this is its title's words, capitalised.
  name: 'Nettverk innen kreftomsorg og lindrende behandling',
  healthTrust: 'Helse Stavanger HF',
  sourceNotes: [
    {
      field: 'name',
      note: `Dokumentet gir ikke nettverket et eget navn. Navnet er ordene i tittelen «${DOCUMENT_TITLE}», med stor forbokstav; nettverket gjelder Helse Stavanger og kommunene i Helse Stavanger foretaksområde.`,
    },
  ],
  establishedIn: 'i alle foretaksområdene i Helseregion Vest',
  anchoredVia: 'Nettverkene er forankret via særavtaler som denne, knyttet til de overordnede samarbeidsavtalene mellom helseforetak og kommuner.',
  // «Nettverkene har en felles strategiplan og kompetanseplan utarbeidet av KLB.»
  sharedPlans: ['strategiplan', 'kompetanseplan'],
  sharedPlansPreparedBy: 'KLB',
  interMunicipalSolutions: 'Interkommunale løsninger kan vurderes for ressurspersoner i fysio- og ergoterapinettverket.',
  // The document dates the first guideline (05.12.2007), not the network itself.
  established: null,
  purpose:
    'Bidra til kompetanseheving og bedre samhandling på alle nivå i helsetjenesten, slik at kreftpasienter i alle faser av sykdommen og pasienter med behov for lindrende behandling, og deres pårørende, opplever trygghet og mottar helse- og omsorgstjenester av god kvalitet.',
  scope:
    'Sykepleiernettverket består av ressurspersoner i hver kommune/sone, fra hjemmesykepleien og/eller sykehjem, og på hver sykehusavdeling som behandler kreftpasienter eller pasienter med behov for lindrende behandling. Fysio- og ergroterapinettverket har ressurspersoner fra Stavanger Universitetssjukehus, kommunene i foretaksområdet og fra privat praksis.',
  resourcePersonTasks: ['klinisk arbeid på arbeidsplassen', 'samhandling og systemarbeid', 'klinisk forbedringsarbeid og kompetansebygging'],
  resourcePersonDefinition:
    'Ressursperson er i avtalen å forstå som fagperson med interesse for og særlig kompetanse, fortrinnsvis videreutdanning, innen kreftomsorg og/eller lindrende behandling (palliativ omsorg). Ressurspersonene har et definert ansvarsområde og funksjon innen kreftomsorg og lindrende behandling på sin arbeidsplass, og deltar i nettverket. Funksjonen som ressursperson er en personlig oppnevning knyttet til arbeidssted og kompetanse.',
  establishedBy: [
    'Kompetansesenter i lindrande behandling (KLB)',
    'helseforetak',
    'kommuner',
    'Kreftforeningen, distrikt Vestlandet',
    'aktuelle høgskoler',
    'Helseregion Vest',
  ],
  operatedBy: [
    'Helse Stavanger HF',
    'kommunene i Helse Stavanger foretaksområde',
    'Kompetansesenter i lindrande behandling Helseregion Vest',
    'Kreftforeningen',
    'Kreftomsorg Rogaland',
    'Universitet i Stavanger',
  ],
  secretariat: 'Kompetansesenter i lindrande behandling',
  basedOn: [
    'Nasjonalt handlingsprogram for palliasjon i kreftomsorgen. Nasjonal faglig retningslinje. Helsedirektoratet IS-2800, revidert 2019',
    'Leve med kreft. Nasjonal kreftstrategi 2018-2022. Helse- og omsorgsdepartementet 2018',
    'NOU 2017: 16 På liv og død- Palliasjon til alvorlig syke og døende. Helse- og omsorgsdepartementet 2017',
  ],
  partyCommitments: [
    'Avtalens parter forplikter seg til å bidra til at målsettingen for nettverkene realiseres.',
    'Avtalepartene skal legge forholdene til rette for at ressurspersonene kan utøve sine funksjoner i det daglige arbeidet og kan delta på nettverksmøter i henhold til vedtatt kompetanseplan, andre kurs/konferanser og i hospiteringsprogrammer, og bidra med de økonomiske ressursene som dette krever.',
    'Dersom en ressursperson slutter, har den enkelte avtalepart ansvar for ny oppnevning og melding til driftsgruppen og sekretariatet (Kompetansesenter i lindrande behandling) for nettverkene.',
    'Når ny ressursperson blir oppnevnt, skal leder kalle inn til et møte der forventninger, planer og ønsker avklares.',
  ],
  costSharing: 'Hver av partene dekker sine egne utgifter til deltakelse i nettverket. Møtene i nettverket blir arrangert så rimelig som mulig.',
};

const PARTIES = ['Helse Stavanger HF', 'kommunene i Helse Stavanger foretaksområde'];

export const agreements = [
  {
    title: 'Drift av nettverk innen kreftomsorg og lindrende behandling',
    kind: 'Vedlegg',
    partOf: 'Delavtale nr. 2d Samarbeidsavtale om behandlingsforløp for palliasjon',
    parties: PARTIES,
    adopted: '2023-10-25',
    revised: [],
    inForceFrom: '2023-10-25',
    note: 'Det som kommer fram i Delavtale nr. 2d, gjelder i tillegg. Dersom det er motsetninger mellom denne avtalen og Delavtale nr. 2d, så skal delavtalen ha forrang. Helse Stavanger HF forplikter seg til å ha gjeldende avtale liggende på internett.',
  },
  {
    title:
      'Retningslinje for etablering og drift av Nettverk av ressurssykepleiere i kreftomsorg og lindrende behandling mellom Helse Stavanger og kommunene i Helse Stavanger foretaksområde',
    kind: 'Retningslinje',
    partOf: null,
    parties: PARTIES,
    adopted: null,
    revised: [],
    inForceFrom: '2007-12-05',
    note: 'Trådte første gang i kraft 05.12.2007. I forbindelse med Samhandlingsreformen og nye samarbeidsavtaler endret til et vedlegg under Delavtale nr. 2d; videreført i avtalen godkjent 25.10.2023.',
  },
];

const STEERING_RESPONSIBILITIES = [
  'Styringsgruppen har det overordnede ansvar for nettverket',
  'Styringsgruppen har ansvar for å sikre en helhetlig organisering av nettverkene gjennom forpliktende avtaler.',
  'Styringsgruppen skal bidra med evaluering og forslag til revisjon av samarbeidsavtaler som berører nettverkene.',
  'Styringsgruppen skal følge opp driftsgruppenes arbeid.',
  'Styringsgruppen skal håndtere avvik som ikke blir løst på lavere nivå.',
];

const OPERATIONS_RESPONSIBILITIES = [
  'Driftsgruppene skal bidra til at det forpliktende samarbeidet fungerer etter intensjonen',
  'Driftsgruppene har ansvar for den praktiske driften av nettverket og skal lage en plan for arbeidet',
  'Driftsgruppene skal bidra til kompetanseutvikling i nettverket i henhold til vedtatt kompetanseplan.',
  'Driftsgruppene skal bidra til at det utarbeides og implementeres kliniske retningslinjer, prosedyrer og kvalitetssystemer innen fagområdet',
  'Driftsgruppene bør arrangere en årlig fagdag for nettverket og introduksjonskurs for nye ressurspersoner etter behov.',
  'Driftsgruppenes ledere rapporterer til styringsgruppen.',
  'Driftsgruppene skal håndtere eventuelle avvik som blir meldt i forbindelse med driften av nettverket, og som ikke løses internt hos den aktuelle parten.',
];

const NETWORK_GROUP_RESPONSIBILITIES = [
  'Nettverksgruppene skal bidra til at det forpliktende samarbeidet fungerer etter intensjonen',
  'Nettverksgruppene skal bidra til samhandling og faglig kvalitet i tilbudet til pasienter og pårørende',
  'Nettverksgruppene skal bidra med erfaringsutveksling, veiledning, faglig utvikling og kompetanseheving, innad i gruppen og på arbeidsplassen til den enkelte ressursperson.',
  'Nettverksgruppene skal bidra til at det utarbeides og implementeres kliniske retningslinjer, prosedyrer og kvalitetssystemer innen fagområdet',
  'Nettverksgruppene forplikter seg til jevnlige lokale møter, minimum en gang pr halvår.',
];

export const steeringGroup = {
  id: 'vest-fagrad-i-palliasjon',
  name: 'Fagråd i palliasjon',
  healthTrustRepresentatives: 5,
  municipalityRepresentatives: 5,
  attendanceRights:
    'Leder av driftsgruppen for sykepleiernettverket har møte- og talerett i styringsgruppen, og skal delta på minst ett møte årlig i denne, og ellers ved behov.',
  responsibilities: STEERING_RESPONSIBILITIES,
};

export const operationsGroups = [
  {
    id: 'vest-driftsgruppe-sykepleiernettverket',
    name: 'Driftsgruppen for sykepleiernettverket',
    professionalNetwork: 'Nettverk av ressurssykepleiere',
    representativesFrom: [
      'Palliativt team ved Stavanger Universitetssjukehus',
      'Kompetansesenter i lindrande behandling Helseregion Vest (regionale medarbeidere)',
      'alle nettverksgruppene',
      'Kreftforeningen',
      'Kreftomsorg Rogaland',
      'Universitet i Stavanger',
    ],
    compositionRule: 'Partene bør tilstrebe kontinuitet og nyrekruttering i driftsgruppen ved oppnevning av nye representanter.',
    appointmentTermYears: 2,
    leaderTermYears: 2,
    responsibilities: OPERATIONS_RESPONSIBILITIES,
  },
  {
    id: 'vest-driftsgruppe-fysio-ergoterapinettverket',
    name: 'Driftsgruppen for fysio- og ergoterapinettverket',
    professionalNetwork: 'Nettverk av ressursfysio- og ergoterapeuter',
    representativesFrom: ['Helse Stavanger HF', 'Stavanger kommune', 'Sandnes kommune', 'en mindre kommune', 'en lindrende enhet/avdeling'],
    compositionRule:
      'Det skal være minimum en ergoterapeut i driftsgruppen. Partene bør tilstrebe kontinuitet og nyrekruttering i driftsgruppen ved oppnevning av nye representanter.',
    appointmentTermYears: 2,
    leaderTermYears: 2,
    responsibilities: [...OPERATIONS_RESPONSIBILITIES, 'Driftsgruppen har ansvar for driften av nettverket, og rapporterer til styringsgruppen.'],
  },
];

/** The municipalities of each group: the document's names with today's kommunenummer. */
export const networkGroups = [
  {
    id: 'vest-nettverksgruppen-stavanger',
    name: 'Nettverksgruppen Stavanger',
    parentId: 'vest-driftsgruppe-sykepleiernettverket',
    groupNumber: 1,
    memberSources: ['Alle virksomhetsområder i Hjemmebaserte tjenester', 'Alle sykehjem', 'Bestillerkontor', 'Helse Stavanger HF'],
    municipalities: [{ number: '1103', wording: 'Stavanger' }],
  },
  {
    id: 'vest-nettverksgruppe-sandnes',
    name: 'Nettverksgruppe Sandnes',
    parentId: 'vest-driftsgruppe-sykepleiernettverket',
    groupNumber: 2,
    memberSources: ['Alle distrikt i Hjemmebaserte tjenester', 'Alle sykehjem', 'Helse Stavanger HF'],
    municipalities: [{ number: '1108', wording: 'Sandnes' }],
  },
  {
    id: 'vest-nettverksgruppe-ryfylke-nord-jaeren',
    name: 'Nettverksgruppe Ryfylke/Nord-Jæren',
    parentId: 'vest-driftsgruppe-sykepleiernettverket',
    groupNumber: 3,
    memberSources: ['Hjelmeland', 'Kvitsøy', 'Strand', 'Randaberg', 'Sola', 'Klepp', 'Helse Stavanger HF'],
    municipalities: [
      { number: '1133', wording: 'Hjelmeland' },
      { number: '1144', wording: 'Kvitsøy' },
      { number: '1130', wording: 'Strand' },
      { number: '1127', wording: 'Randaberg' },
      { number: '1124', wording: 'Sola' },
      { number: '1120', wording: 'Klepp' },
    ],
  },
  {
    id: 'vest-nettverksgruppe-dalane-sor-jaeren',
    name: 'Nettverksgruppe Dalane/Sør-Jæren',
    parentId: 'vest-driftsgruppe-sykepleiernettverket',
    groupNumber: 4,
    memberSources: ['Bjerkreim', 'Eigersund', 'Lund', 'Sokndal', 'Time', 'Gjesdal', 'Hå', 'Helse Stavanger HF'],
    municipalities: [
      { number: '1114', wording: 'Bjerkreim' },
      { number: '1101', wording: 'Eigersund' },
      { number: '1112', wording: 'Lund' },
      { number: '1111', wording: 'Sokndal' },
      { number: '1121', wording: 'Time' },
      { number: '1122', wording: 'Gjesdal' },
      { number: '1119', wording: 'Hå' },
    ],
  },
  {
    // Section 7.3 names no group; it is "en nettverksgruppe som dekker hele Helse Stavanger foretaksområde".
    id: 'vest-nettverksgruppe-fysio-ergoterapeuter',
    name: 'Nettverk av ressursfysio- og ergoterapeuter',
    parentId: 'vest-driftsgruppe-fysio-ergoterapinettverket',
    groupNumber: null,
    memberSources: ['Stavanger Universitetssjukehus', 'kommunene i foretaksområdet', 'privat praksis'],
    coversWholeArea: true,
    // The whole area's municipalities are not listed in the document, so none are guessed.
    municipalities: [],
  },
].map((group) => ({ coversWholeArea: false, responsibilities: NETWORK_GROUP_RESPONSIBILITIES, ...group }));

export const obligations = [
  {
    appliesTo: 'Nettverksgruppene',
    level: GovernanceLevel.LOCAL,
    duty: 'Nettverksgruppene forplikter seg til jevnlige lokale møter, minimum en gang pr halvår.',
    minimumPerYear: 2,
  },
  {
    appliesTo: 'Nettverket',
    level: GovernanceLevel.LOCAL,
    duty: 'Nettverket forplikter seg til å delta på årlig fagdag arrangert av driftsgruppen minst en gang pr år',
    minimumPerYear: 1,
  },
  {
    appliesTo: 'Driftsgruppene',
    level: GovernanceLevel.OPERATIONS,
    duty: 'Driftsgruppene bør arrangere en årlig fagdag for nettverket og introduksjonskurs for nye ressurspersoner etter behov.',
    minimumPerYear: 1,
  },
  {
    appliesTo: 'Leder av driftsgruppen for sykepleiernettverket',
    level: GovernanceLevel.OPERATIONS,
    duty: 'Skal delta på minst ett møte årlig i styringsgruppen, og ellers ved behov.',
    minimumPerYear: 1,
  },
  {
    appliesTo: 'Den enkelte ressursperson',
    level: null,
    duty: 'Den enkelte ressursperson skal en gang i året på forespørsel rapportere om sin funksjon.',
    minimumPerYear: 1,
  },
];
