/*
 * Transcribed by hand from data/source-document.txt: Helse Nord-Trøndelag's description of
 * «Fagnettverk for ressurspersoner i kreftomsorg og lindrende behandling i Nord-Trøndelag».
 * Names and wording verbatim, lines the PDF extraction broke rejoined. The document is undated
 * and gives no figures, events, study-day dates or member names, so none are entered: member
 * counts and annual reports stay null for this network.
 */

export const NETWORK_ID = 'midt-nord-trondelag';

const SAMHANDLINGSSIDER = 'https://ekstranett.helse-midt.no/Samhandling/hnt/kreftomsorg/SitePages/Hjemmeside.aspx';
// The extraction breaks this address after "Tje"; rejoined here.
const TJENESTEAVTALE_2_URL = 'https://hnt.no/Documents/Samhandling/Samarbeidsavtalen,%20tjenesteavtaler%20og%20felles%20rutiner/Tjenesteavtale%202.pdf';

/** Unit ids, fixed here because units, agreements and the mandate point at one another. */
export const UNIT = {
  psu: 'midt-psu',
  asu: 'midt-asu',
  fagrad: 'midt-fagrad-tjenesteavtale-2',
  fagnettverkNord: 'midt-fagnettverk-nord-namsos',
  fagnettverkSor: 'midt-fagnettverk-sor-levanger',
  vaernesregionen: 'midt-kreft-og-lindrende-gruppe-vaernesregionen',
  verdalLevanger: 'midt-palliativt-forum-verdal-levanger',
  dmsInnTrondelag: 'midt-kommunesamarbeidet-dms-inn-trondelag',
  namsos: 'midt-fagnettverkgruppe-namsos',
  ytreNamdal: 'midt-ytre-namdal',
} as const;

// "Fagnettverket er knyttet til fagråd for tjenesteavtale 21": the "1" is a footnote marker the
// extraction glued to the number (the linked file is "Tjenesteavtale 2.pdf", and the mandate says
// "fagrådet for tjenesteavtale 2" twice), so it is tjenesteavtale 2.
const ANCHORING = 'Fagnettverket er knyttet til fagråd for tjenesteavtale 2 (Brukere med behov for koordinerte tjenester) og rapporterer årlig til fagrådet.';

export const network = {
  id: NETWORK_ID,
  name: 'Fagnettverk for ressurspersoner i kreftomsorg og lindrende behandling i Nord-Trøndelag',
  // The document writes 'Helse Nord-Trøndelag' (and 'HNT'); it never adds 'HF'.
  healthTrust: 'Helse Nord-Trøndelag',
  // "har vært etablert siden 2010"
  established: 2010,
  purpose:
    'Målet med fagnettverket er kompetanseheving, bedre samhandling og at pasient og pårørende opplever trygghet og mottar helse- og omsorgstjenester med god kvalitet på tvers av kommuner og helseforetak.',
  anchoring: ANCHORING,
  reportsToUnitId: UNIT.fagrad,
  goals: [
    'Systematisk oppdatering, vedlikehold og implementering av kunnskap innen fagområdet',
    'Felles møtefora mellom Helse Nord-Trøndelag og kommunene',
    'Årlig prioritering av hvilke områder det skal satses på, med fokus på samhandling og utvikling',
  ],
  targetGroup: 'Helsepersonell i Helse Nord-Trøndelag og kommunehelsetjenesten.',
  organisation: [
    'Nettverket består av helsepersonell fra 1. og 2. linjetjenesten og utvikles i et samarbeid mellom partene.',
    'Leder og sekretærfunksjon rulleres mellom kommuner og Helse Nord-Trøndelag.',
    'Selve fagdagene er gratis, og partene tar selv ansvar for kostnadene ved å arrangere fagdager',
  ],
  rotatingRoles: ['Leder', 'sekretærfunksjon'],
  rotatesBetween: ['kommuner', 'Helse Nord-Trøndelag'],
  // "Arrangerer to årlige fagdager"
  plannedStudyDaysPerYear: 2,
  studyDaysFree: true,
  costSharing: 'partene tar selv ansvar for kostnadene ved å arrangere fagdager',
};

export const agreements = [
  {
    title: 'Tjenesteavtale 2 (Brukere med behov for koordinerte tjenester)',
    kind: 'Tjenesteavtale',
    unitId: UNIT.fagrad,
    // The document names neither its parties nor its dates.
    note: `${ANCHORING} ${TJENESTEAVTALE_2_URL}`,
  },
  {
    title: 'samhandlingsavtaler mellom kommunene og helseforetaket',
    kind: 'Samhandlingsavtale',
    parties: ['kommunene', 'helseforetaket'],
    unitId: UNIT.asu,
    note: 'Opprettelsen av administrativt samarbeidsutvalg følger inngåtte samhandlingsavtaler mellom kommunene og helseforetaket.',
  },
  { title: 'Mandat', kind: 'Mandat', unitId: null, note: null },
];

export const precedingDocuments = [
  {
    citation: 'Nasjonalt handlingsprogram med retningslinjer for palliasjon i kreftomsorgen. Sosial- og Helsedirektoratet 2007, revidert sist 2015.',
    title: 'Nasjonalt handlingsprogram med retningslinjer for palliasjon i kreftomsorgen',
    issuedBy: 'Sosial- og Helsedirektoratet',
    fromYear: 2007,
    toYear: null,
    revision: 'revidert sist 2015',
  },
  {
    citation: 'Nasjonal kreftstrategi 2013-2017',
    title: 'Nasjonal kreftstrategi',
    issuedBy: null,
    fromYear: 2013,
    toYear: 2017,
    revision: null,
  },
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
];

export const participants = [
  { name: 'Kreftsykepleiere fra palliativt team ved sykehusene i Nord-Trøndelag', abbreviation: null, representedPartner: false },
  { name: 'kreftsykepleiere/koordinator og representanter fra kommunene', abbreviation: null, representedPartner: false },
  // "I tillegg er … representert i nettverket."
  { name: 'Kompetansesenteret lindrende behandling i Midt Norge', abbreviation: null, representedPartner: true },
  { name: 'Nord Universitet', abbreviation: null, representedPartner: true },
  { name: 'faggruppe for kreftsykepleie (FKS)', abbreviation: 'FKS', representedPartner: true },
  { name: 'Kreftforeningen', abbreviation: null, representedPartner: true },
];

export const mandate = [
  { duty: 'Arrangerer to årlige fagdager for interesserte innen fagfeltet.', timesPerYear: 2, responsible: null, counterpartUnitId: null },
  {
    duty: 'Kompetansesenter Lindrende Behandling har det faglige ansvaret på den ene fagdagen.',
    timesPerYear: 1,
    responsible: 'Kompetansesenter Lindrende Behandling',
    counterpartUnitId: null,
  },
  { duty: 'Informere hverandre om ulike kurs og fagdager som avholdes', timesPerYear: null, responsible: null, counterpartUnitId: null },
  {
    duty: 'Informasjon om fagdager og kurs legges ut på felles samhandlingssider av samhandlingsavdelingen i HNT',
    timesPerYear: null,
    responsible: 'samhandlingsavdelingen i HNT',
    counterpartUnitId: null,
  },
  {
    duty: 'Fagnettverket lager en årlig oppsummering av aktiviteten som sendes fagrådet for tjenesteavtale 2.',
    timesPerYear: 1,
    responsible: null,
    counterpartUnitId: UNIT.fagrad,
  },
  {
    duty: 'Fagnettverket kan også få oppdrag fra fagrådet for tjenesteavtale 2.',
    timesPerYear: null,
    responsible: null,
    counterpartUnitId: UNIT.fagrad,
  },
];

export const webPages = [
  { url: TJENESTEAVTALE_2_URL, context: ANCHORING, publishedBy: null },
  {
    url: SAMHANDLINGSSIDER,
    context: 'Informasjon om fagdager og kurs legges ut på felles samhandlingssider av samhandlingsavdelingen i HNT',
    publishedBy: 'samhandlingsavdelingen i HNT',
  },
  { url: SAMHANDLINGSSIDER, context: 'Nettverkets medlemmer', publishedBy: null },
  { url: SAMHANDLINGSSIDER, context: 'Illustrasjon av organisering av nettverket', publishedBy: null },
];

/** PSU over ASU, as the document's «ASU kommer inn under et politisk samarbeidsutvalg (PSU)» states. */
export const cooperationCommittees = [
  {
    id: UNIT.psu,
    name: 'politisk samarbeidsutvalg (PSU)',
    abbreviation: 'PSU',
    parentId: null,
    description: 'ASU kommer inn under et politisk samarbeidsutvalg (PSU). PSU skal legge overordnede føringer for styring av samhandling.',
    representativesChosenByMunicipalities: null,
    representativesChosenByHealthTrust: null,
    alsoRepresented: [],
  },
  {
    id: UNIT.asu,
    name: 'Administrativt samarbeidsutvalg (ASU)',
    abbreviation: 'ASU',
    parentId: UNIT.psu,
    // "ASU et samarbeidsutvalg": the missing "er" is the document's.
    description:
      'ASU et samarbeidsutvalg mellom spesialisthelsetjenesten og kommunene for å styrke det samlede tjenestetilbudet. Utvalget består av seks representanter valgt av kommunene og seks representanter valgt av Helse Nord-Trøndelag. I tillegg er Fylkesmannen, ansatte og brukerne representert i utvalget. Opprettelsen av administrativt samarbeidsutvalg følger inngåtte samhandlingsavtaler mellom kommunene og helseforetaket.',
    representativesChosenByMunicipalities: 6,
    representativesChosenByHealthTrust: 6,
    alsoRepresented: ['Fylkesmannen', 'ansatte', 'brukerne'],
  },
];

/** The links of the hierarchy the text does not state; every other link it states. */
export const INFERRED_PARENT = {
  fagrad:
    'Utledet, ikke oppgitt: dokumentet sier at fagnettverket er knyttet til fagråd for tjenesteavtale 2 og at ASU kommer inn under PSU, men ikke at fagrådet hører inn under ASU.',
  localResourceGroup:
    'Utledet, ikke oppgitt: dokumentet knytter ikke de lokale ressursgruppene til noen enhet («I tillegg er det lokale ressursgrupper med interesse for kreft og palliasjon»); de er plassert under fagrådet, som fagnettverket rapporterer til.',
};

export const professionalCouncil = {
  id: UNIT.fagrad,
  name: 'fagråd for tjenesteavtale 2',
  parentId: UNIT.asu,
  parentNote: INFERRED_PARENT.fagrad,
  serviceAgreementNumber: 2,
  serviceAgreementTitle: 'Brukere med behov for koordinerte tjenester',
  serviceAgreementUrl: TJENESTEAVTALE_2_URL,
};

const FAGNETTVERK_DESCRIPTION =
  'Fagnettverk / Samlinger med kreftsykepleier i Nord-Trøndelag nord (Namsos) og Nord-Trøndelag sør (Levanger), ledes av kreftsykepleier i palliativt team. Deltakere i denne gruppa fungerer som ressurspersoner i sin kommune.';

/**
 * Names as the organisation chart labels them. The network as a whole reports to the council,
 * and the document puts no other unit between, so the council is their parent. The seat is
 * where they gather, not the area they cover, so no covered municipalities are entered.
 */
export const professionalNetworks = [
  {
    id: UNIT.fagnettverkNord,
    name: 'Fagnettverk / kreftspl, Nord (Namsos)',
    area: 'Nord-Trøndelag nord',
    seat: 'Namsos',
    seatMunicipalityNumber: '5007',
  },
  {
    id: UNIT.fagnettverkSor,
    name: 'Fagnettverk/ kreftspl, Sør (Levanger)',
    area: 'Nord-Trøndelag sør',
    seat: 'Levanger',
    seatMunicipalityNumber: '5037',
  },
].map((unit) => ({
  ...unit,
  parentId: UNIT.fagrad,
  ledBy: 'kreftsykepleier i palliativt team',
  participantsServeAs: 'ressurspersoner i sin kommune',
  description: FAGNETTVERK_DESCRIPTION,
}));

/** A municipality of a local group: today's number, the document's wording, and the reference list's history. */
export interface GroupMunicipality {
  number: string;
  wording: string;
  /** False when the document names only the region (Værnesregionen). */
  namedInDocument: boolean;
  history: HistoricalMunicipality;
}

/** One row of data/historical-municipalities.csv. */
export interface HistoricalMunicipality {
  name: string;
  numberUntil2017: string;
  countyUntil2017: string;
  number2018To2019: string;
  numberFrom2020: string;
  nameFrom2020: string;
  county2024: string;
  note: string | null;
}

/** Transcribed from data/historical-municipalities.csv: the rows for the municipalities this network's groups cover. */
export const HISTORY: Record<string, HistoricalMunicipality> = Object.fromEntries(
  (
    [
      [
        'Nærøy',
        '1751',
        'Nord-Trøndelag',
        '5051',
        '5060',
        'Nærøysund',
        'Trøndelag',
        'merged with Vikna 2020-01-01 into Nærøysund; the small Lund area of Nærøy went to Namsos',
      ],
      ['Vikna', '1750', 'Nord-Trøndelag', '5050', '5060', 'Nærøysund', 'Trøndelag', 'merged with Nærøy 2020-01-01 into Nærøysund'],
      [
        'Bindal',
        '1811',
        'Nordland',
        '1811',
        '1811',
        'Bindal',
        'Nordland',
        'always in Nordland; 2017-06-08 Storting decision to merge it with Leka/Vikna/Nærøy was reversed 2017-12-07',
      ],
      [
        'Namsos',
        '1703',
        'Nord-Trøndelag',
        '5005',
        '5007',
        'Namsos',
        'Trøndelag',
        '2020 merger of Namsos (5005), Namdalseid (5040) and Fosnes (5048) gave new number 5007',
      ],
      ['Levanger', '1719', 'Nord-Trøndelag', '5037', '5037', 'Levanger', 'Trøndelag', "SSB name from 2024: 'Levanger - Levangke'"],
      ['Verdal', '1721', 'Nord-Trøndelag', '5038', '5038', 'Verdal', 'Trøndelag', null],
      ['Stjørdal', '1714', 'Nord-Trøndelag', '5035', '5035', 'Stjørdal', 'Trøndelag', 'Værnesregionen (host municipality)'],
      ['Frosta', '1717', 'Nord-Trøndelag', '5036', '5036', 'Frosta', 'Trøndelag', 'Værnesregionen'],
      ['Meråker', '1711', 'Nord-Trøndelag', '5034', '5034', 'Meråker', 'Trøndelag', 'Værnesregionen'],
      ['Malvik', '1663', 'Sør-Trøndelag', '5031', '5031', 'Malvik', 'Trøndelag', 'Værnesregionen'],
      ['Selbu', '1664', 'Sør-Trøndelag', '5032', '5032', 'Selbu', 'Trøndelag', 'Værnesregionen'],
      ['Tydal', '1665', 'Sør-Trøndelag', '5033', '5033', 'Tydal', 'Trøndelag', 'Værnesregionen'],
    ] as const
  ).map(([name, numberUntil2017, countyUntil2017, number2018To2019, numberFrom2020, nameFrom2020, county2024, note]) => [
    name,
    { name, numberUntil2017, countyUntil2017, number2018To2019, numberFrom2020, nameFrom2020, county2024, note },
  ]),
);

function named(name: string, wording = name): GroupMunicipality {
  const history = HISTORY[name];
  return { number: history.numberFrom2020, wording, namedInDocument: true, history };
}

// The document names only "Værnesregionen"; its members come from the reference list, and the
// document's own word for each of them is the region's name.
function vaernesMember(name: string): GroupMunicipality {
  return { ...named(name, 'Værnesregionen'), namedInDocument: false };
}

const LOCAL_GROUP_DESCRIPTION =
  'I tillegg er det lokale ressursgrupper med interesse for kreft og palliasjon. Disse gruppene viderefører kunnskap og opplæring til helsepersonell som jobber i kommunen.';

/** "Pr i dag eksisterer det: …", in the document's order. */
export const localResourceGroups = [
  {
    id: UNIT.vaernesregionen,
    name: 'Kreft og lindrende gruppe, Værnesregionen',
    area: 'Værnesregionen',
    documentWording: 'Kreft og lindrende gruppe, Værnesregionen',
    municipalityNote: 'Dokumentet nevner bare Værnesregionen; kommunene er Værnesregionens medlemmer etter referanselisten (historical-municipalities.csv).',
    municipalities: ['Stjørdal', 'Frosta', 'Meråker', 'Malvik', 'Selbu', 'Tydal'].map(vaernesMember),
  },
  {
    id: UNIT.verdalLevanger,
    name: 'Palliativt forum Verdal/Levanger',
    area: 'Verdal/Levanger',
    documentWording: 'Palliativt forum Verdal/Levanger',
    municipalityNote: null,
    municipalities: [named('Verdal'), named('Levanger')],
  },
  {
    id: UNIT.dmsInnTrondelag,
    name: 'kommunesamarbeidet tilknyttet DMS Inn-Trøndelag',
    area: 'DMS Inn-Trøndelag',
    documentWording: 'kommunesamarbeidet tilknyttet DMS Inn-Trøndelag',
    // Which municipalities cooperate around the DMS is not said, so none are guessed.
    municipalityNote: 'Dokumentet nevner ikke hvilke kommuner som inngår i kommunesamarbeidet.',
    municipalities: [],
  },
  {
    id: UNIT.namsos,
    name: 'fagnettverkgruppe i kreft og palliativ omsorg i Namsos kommune',
    area: 'Namsos kommune',
    documentWording: 'ei fagnettverkgruppe i kreft og palliativ omsorg i Namsos kommune',
    municipalityNote: null,
    municipalities: [named('Namsos', 'Namsos kommune')],
  },
  {
    // The document lists it as "… i Namsos kommune og i Ytre Namdal": its only own name is the area.
    id: UNIT.ytreNamdal,
    name: 'Ytre Namdal',
    area: 'Ytre Namdal',
    documentWording: 'i Ytre Namdal, bestående av Nærøy, Vikna og Bindal',
    municipalityNote: null,
    municipalities: [named('Nærøy'), named('Vikna'), named('Bindal')],
  },
].map((group) => ({ ...group, parentId: UNIT.fagrad, parentNote: INFERRED_PARENT.localResourceGroup, description: LOCAL_GROUP_DESCRIPTION }));
