import { formatChange, formatNorwegianDate, formatNorwegianNumber, NOT_REPORTED, orNotReported, sumIfAllKnown } from '../format';
import type { FocusArea, GroupMember, LocalYearInReport, NetworkInReport, ReportEvent, UnitInReport, YearInReport } from './annual-report.response';
import type { Block, ReportDocument, Section } from './document';
import { networkDetails, NetworkDetails, unitDetails } from './regional-details';

/*
 * The national annual-report template (subgraphs/national/data/annual-report-template.txt) filled
 * from one network's answer: its headings in its order, each question answered from the data or
 * with "Ikke rapportert". Nothing here guesses: a value shown is a value the region gave.
 */

export interface ReportInput {
  network: NetworkInReport;
  regions: Array<{ code: string; name: string }>;
  year: number;
  /** Where the data came from, printed under the title. */
  gatewayUrl: string;
  generatedAt: Date;
}

const number = formatNorwegianNumber;
const hours = (value: number) => `${number(value)} ${value === 1 ? 'time' : 'timer'}`;
const kroner = (value: number) => `${number(value)} kr`;
const paragraph = (text: string): Block => ({ kind: 'paragraph', text });
const field = (label: string, value: string): Block => ({ kind: 'field', label, value });
const list = (items: string[]): Block => ({ kind: 'list', items });
const table = (headers: string[], rows: string[][]): Block => ({ kind: 'table', headers, rows });
const yesOrNo = (value: boolean) => (value ? 'Ja' : 'Nei');

/** "Label:" and its items, or "Label: <when empty>" on one line. */
function labelledList(label: string, items: string[], whenEmpty: string = NOT_REPORTED): Block[] {
  return items.length ? [paragraph(`${label}:`), list(items)] : [field(label, whenEmpty)];
}

function whenOf(event: Pick<ReportEvent, 'date' | 'period'>): string {
  return event.date ? formatNorwegianDate(event.date) : orNotReported(event.period);
}

export function buildAnnualReport({ network, regions, year, gatewayUrl, generatedAt }: ReportInput): ReportDocument {
  const details = networkDetails(network);
  const report = network.report;
  const regionName = regions.find((region) => region.code === network.region)?.name ?? network.region;
  const subtitle = [
    `Rapportår ${year}`,
    `${regionName} · ${network.healthTrust}`,
    `Hentet ${formatNorwegianDate(generatedAt.toISOString())} fra ${gatewayUrl}`,
  ];
  if (!report) subtitle.push(`Ingen årstall er registrert for ${year}; tallene er derfor «${NOT_REPORTED}».`);

  const sections: Section[] = [
    anchoringSection(network, details),
    purposeSection(details),
    ...organisationSections(network, details, year),
    activitySection(network, details, year),
    introductionCourseSection(report),
    studyDaySection(report),
    { level: 2, heading: 'Tema/fokusområder', blocks: report?.themes.length ? [list(report.themes)] : [paragraph(NOT_REPORTED)] },
    { level: 2, heading: 'Satsningsområder', blocks: focusAreaBlocks(report?.focusAreas ?? [], network.nextYear?.focusAreas ?? null, year) },
    economySection(report, details),
    ...localUnitSections(network, year),
  ];
  return { title: `Årsrapport for «${network.name}»`, subtitle, sections };
}

function anchoringSection(network: NetworkInReport, details: NetworkDetails): Section {
  const blocks: Block[] = [
    field('Helseforetak', network.healthTrust),
    field('Etablert', orNotReported(network.established)),
    field('Etablert etter initiativ fra', details.initiative.length ? details.initiative.join(', ') : NOT_REPORTED),
    field(
      'Kommuner i området',
      network.municipalities.length
        ? `${network.municipalities.map((municipality) => municipality.name).join(', ')} (${network.municipalities.length})`
        : NOT_REPORTED,
    ),
  ];
  if (network.agreements.length) {
    blocks.push(paragraph('Nettverket er forankret i:'));
    blocks.push(
      table(
        ['Avtale', 'Type', 'Del av', 'Parter', 'Vedtatt', 'I kraft fra', 'Revidert', 'Merknad'],
        network.agreements.map((agreement) => [
          agreement.title,
          orNotReported(agreement.kind),
          orNotReported(agreement.partOf),
          agreement.parties.length ? agreement.parties.join(', ') : NOT_REPORTED,
          orNotReported(agreement.adopted, formatNorwegianDate),
          orNotReported(agreement.inForceFrom, formatNorwegianDate),
          agreement.revised.length ? agreement.revised.map(formatNorwegianDate).join(', ') : NOT_REPORTED,
          orNotReported(agreement.note),
        ]),
      ),
    );
  } else {
    blocks.push(field('Forankring', NOT_REPORTED));
  }
  blocks.push(...details.anchoring.map(paragraph));
  blocks.push(...labelledList('Reorganisering og endringer', details.developments));
  blocks.push(field('Reorganisering i året', orNotReported(network.report?.reorganisation)));
  return { level: 2, heading: 'Organisatorisk utvikling og forankring', blocks };
}

function purposeSection(details: NetworkDetails): Section {
  const blocks: Block[] = details.purpose.length ? details.purpose.map(paragraph) : [paragraph(NOT_REPORTED)];
  if (details.standingGoals.length) blocks.push(...labelledList('Mål', details.standingGoals));
  blocks.push(...labelledList('Nettverket arbeider etter føringer fra', details.governingDocuments));
  return { level: 2, heading: 'Formål', blocks };
}

const MEMBER_HEADERS = ['Navn', 'Tittel', 'Arbeidsplass', 'Sykehus/kommune/organisasjon', 'Funksjon'];

function memberRows(members: GroupMember[]): string[][] {
  return members.map((member) => [
    member.name,
    orNotReported(member.title),
    orNotReported(member.workplace),
    orNotReported(member.organisation),
    // A member without a named function is an ordinary member of the group.
    member.function ?? 'Medlem',
  ]);
}

/** The steering and operations groups, each with its members, meetings and mandate. */
function organisationSections(network: NetworkInReport, details: NetworkDetails, year: number): Section[] {
  const governing = network.units.filter((unit) => unit.level !== 'LOCAL');
  const ordered = [...governing.filter((unit) => unit.level === 'STEERING'), ...governing.filter((unit) => unit.level === 'OPERATIONS')];
  const local = network.units.filter((unit) => unit.level === 'LOCAL');
  const intro: Block[] = details.organisation.map(paragraph);
  if (!ordered.length) intro.push(field('Styringsgruppe/driftsgruppe/arbeidsgruppe', NOT_REPORTED));
  if (local.length) intro.push(field('Lokale enheter (se «Beskrivelse av lokallag og deres aktivitet»)', local.map((unit) => unit.name).join(', ')));
  return [
    { level: 2, heading: 'Organiseringen av nettverket og fokusområder', blocks: intro },
    ...ordered.map((unit): Section => {
      const unitInfo = unitDetails(unit, year);
      const blocks: Block[] = [field('Type', `${unit.localTerm}${unit.parent ? `, under ${unit.parent.name}` : ''}`)];
      blocks.push(...unitInfo.description.map(paragraph));
      if (unitInfo.members) {
        blocks.push(paragraph(`${unit.name} besto i ${year} av følgende:`));
        blocks.push(table(MEMBER_HEADERS, memberRows(unitInfo.members)));
        const notes = unitInfo.members.filter((member) => member.note).map((member) => `${member.name}: ${member.note}`);
        if (notes.length) blocks.push(...labelledList('Endringer i sammensetning', notes));
      } else {
        const givenFor = unitInfo.membersGivenFor ? ` for ${year} (sist oppgitt per ${formatNorwegianDate(unitInfo.membersGivenFor)})` : '';
        blocks.push(field('Medlemmer (navn, tittel, arbeidsplass, sykehus/kommune/organisasjon, funksjon)', `${NOT_REPORTED}${givenFor}`));
      }
      if (unitInfo.composition.length) blocks.push(...labelledList('Sammensetning', unitInfo.composition));
      blocks.push(field('Møteaktivitet', meetingActivity(network, unit, unitInfo.meetingsHeld, unitInfo.meetingsCancelled)));
      blocks.push(...unitInfo.activity.map(paragraph));
      if (unitInfo.mainMatters.length) blocks.push(...labelledList('Hovedsaker', unitInfo.mainMatters));
      if (unitInfo.postponedMatters.length) blocks.push(...labelledList('Saker som ble utsatt og videreføres', unitInfo.postponedMatters));
      blocks.push(...labelledList('Mandat', unitInfo.mandate));
      return { level: 3, heading: unit.name, blocks };
    }),
  ];
}

function meetingActivity(network: NetworkInReport, unit: UnitInReport, meetingsHeld: number | null, meetingsCancelled: number | null): string {
  const recorded = network.events.filter((event) => event.unit?.id === unit.id && event.kind === 'GOVERNANCE_MEETING').length;
  const held = meetingsHeld ?? (recorded > 0 ? recorded : null);
  const parts: string[] = [];
  if (held !== null) parts.push(`${held} ${held === 1 ? 'møte' : 'møter'} avholdt`);
  if (meetingsCancelled) parts.push(`${meetingsCancelled} avlyst`);
  if (unit.plannedMeetingsPerYear !== null) parts.push(`planlagt ${unit.plannedMeetingsPerYear} i året`);
  if (held === null) parts.unshift(NOT_REPORTED);
  return parts.join(', ');
}

/**
 * Members at year end, the change, left and joined: the same table for the network and each local
 * unit. Without a figure for the year, the latest the region has is shown as what it is.
 */
function membershipTable(year: number, figures: YearInReport | null, latestMemberCount: number | null): Block[] {
  const rows: string[][] = [[`Medlemmer per 31. desember ${year}`, orNotReported(figures?.membersAtYearEnd, number)]];
  const atYearEnd = figures?.membersAtYearEnd ?? null;
  if (atYearEnd === null && latestMemberCount !== null && latestMemberCount !== figures?.membersPreviousYearEnd) {
    rows.push([`Sist registrerte medlemstall (ikke for ${year})`, number(latestMemberCount)]);
  }
  rows.push(
    [`Medlemmer per 31. desember ${year - 1}`, orNotReported(figures?.membersPreviousYearEnd, number)],
    [`Endring fra ${year - 1}`, orNotReported(figures?.membersChange, formatChange)],
  );
  if (figures?.membershipNote) rows.push([`Endring fra ${year - 1} (kildens ord)`, figures.membershipNote]);
  rows.push(['Sluttet i sin funksjon', orNotReported(figures?.left, number)]);
  rows.push(['Nye ressurspersoner', orNotReported(figures?.joined, number)]);
  return [table(['Medlemmer', String(year)], rows)];
}

function activitySection(network: NetworkInReport, details: NetworkDetails, year: number): Section {
  const report = network.report;
  const blocks: Block[] = [...membershipTable(year, report, network.latestMemberCount)];
  blocks.push(
    table(
      ['Aktivitet', String(year)],
      [
        ['Samlinger', orNotReported(report?.gatherings, number)],
        ['Timer på samlinger', orNotReported(report?.gatheringHours, number)],
        ['Hospiteringsdager', orNotReported(report?.jobShadowingDays, number)],
      ],
    ),
  );
  blocks.push(...details.activity.map(paragraph));
  blocks.push(field('Samarbeid med andre nettverk', orNotReported(report?.cooperationWithOtherNetworks)));
  blocks.push(paragraph('Hvilke mål er oppnådd?'));
  blocks.push(paragraph(orNotReported(report?.goalsReached)));
  if (details.yearGoals.length) blocks.push(...labelledList(`Mål for ${year}`, details.yearGoals));
  return { level: 2, heading: 'Aktiviteter i nettverket', blocks };
}

function eventThemes(events: ReportEvent[]): Block[] {
  return events.flatMap((event) => [
    ...(event.themes.length ? labelledList(`Temaer (${event.title})`, event.themes) : []),
    ...(event.note ? [field(`Merknad (${event.title})`, event.note)] : []),
  ]);
}

function introductionCourseSection(report: NetworkInReport['report']): Section {
  const courses = report?.introductionCourses ?? [];
  const blocks: Block[] = courses.length
    ? [
        table(
          ['Kurs', 'Dato', 'Timer', 'Deltakere', 'Gjennomføring', 'Sted'],
          courses.map((course) => [
            course.title,
            whenOf(course),
            orNotReported(course.hours, number),
            orNotReported(course.participants, number),
            orNotReported(course.form),
            orNotReported(course.location),
          ]),
        ),
        ...eventThemes(courses),
      ]
    : [paragraph(NOT_REPORTED)];
  return { level: 2, heading: 'Introduksjonskurs', blocks };
}

function studyDaySection(report: NetworkInReport['report']): Section {
  const days = report?.studyDays ?? [];
  const blocks: Block[] = days.length
    ? [
        table(
          ['Fagdag', 'Dato', 'Påmeldte', 'Møtte fysisk', 'Deltok digitalt', 'Deltakere i alt', 'Gjennomføring', 'Sted'],
          days.map((day) => [
            day.title,
            whenOf(day),
            orNotReported(day.registered, number),
            orNotReported(day.attendedInPerson, number),
            orNotReported(day.attendedDigitally, number),
            orNotReported(day.participants, number),
            orNotReported(day.form),
            orNotReported(day.location),
          ]),
        ),
        ...eventThemes(days),
        ...days.map((day) => field(`Andre enn ressurspersoner invitert (${day.title})`, orNotReported(day.othersThanResourcePersonsInvited, yesOrNo))),
      ]
    : [paragraph(NOT_REPORTED)];
  return { level: 2, heading: 'Felles fagdag(er)', blocks };
}

/**
 * What the year worked on, and for the next year what is continued and what is new. The next
 * year's list is where a region records its plans; an empty list there is "none", no list at all
 * "not reported".
 */
function focusAreaBlocks(thisYear: FocusArea[], nextYear: FocusArea[] | null, year: number): Block[] {
  const titles = (status: FocusArea['status']) => (nextYear ?? []).filter((area) => area.status === status).map((area) => area.title);
  const whenNoneNext = nextYear && nextYear.length ? 'Ingen' : NOT_REPORTED;
  const withoutStatus = titles(null);
  return [
    ...labelledList(
      `Satsningsområder for året som har vært (${year})`,
      thisYear.map((area) => area.title),
    ),
    ...labelledList(`Følgende områder videreføres (${year + 1})`, titles('CONTINUED'), whenNoneNext),
    ...labelledList(`Nye satsningsområder (${year + 1})`, titles('NEW'), whenNoneNext),
    // Where the report does not say whether an area is new or continued, neither list claims it.
    ...(withoutStatus.length ? labelledList(`Satsningsområder uten oppgitt status, nye eller videreførte (${year + 1})`, withoutStatus) : []),
  ];
}

function economySection(report: NetworkInReport['report'], details: NetworkDetails): Section {
  const funding = report?.funding ?? [];
  const blocks: Block[] = funding.length
    ? [
        paragraph('Tilskuddsmidler:'),
        table(
          ['Kilde', 'Beløp', 'Formål'],
          funding.map((grant) => [grant.source, orNotReported(grant.amountNok, kroner), orNotReported(grant.purpose)]),
        ),
      ]
    : [field('Tilskuddsmidler', NOT_REPORTED)];
  blocks.push(field('Kursavgift', orNotReported(report?.courseFee)));
  blocks.push(...labelledList('Annet', details.fundingNotes));
  return { level: 2, heading: 'Økonomi', blocks };
}

/** One section per local unit (lokallag), in the same shape as the network's. */
function localUnitSections(network: NetworkInReport, year: number): Section[] {
  const units = network.units.filter((unit) => unit.level === 'LOCAL');
  const heading: Section = {
    level: 2,
    heading: 'Beskrivelse av lokallag og deres aktivitet',
    blocks: units.length ? [] : [paragraph(NOT_REPORTED)],
  };
  return [heading, ...units.flatMap((unit) => localUnitSection(network, unit, year))];
}

function localUnitSection(network: NetworkInReport, unit: UnitInReport, year: number): Section[] {
  const info = unitDetails(unit, year);
  const figures: LocalYearInReport | null = network.report?.localUnits.find((report) => report.unit?.id === unit.id) ?? null;
  const nextYear = network.nextYear?.localUnits.find((report) => report.unit?.id === unit.id)?.focusAreas ?? null;
  const gatherings = network.events.filter((event) => event.unit?.id === unit.id && (event.kind === 'NETWORK_MEETING' || event.kind === 'STUDY_DAY'));

  const about: Block[] = [field('Type', `${unit.localTerm}${unit.parent ? `, under ${unit.parent.name}` : ''}`)];
  if (info.leader) about.push(field(info.leader.role, info.leader.description));
  about.push(...info.description.map(paragraph));
  about.push(...membershipTable(year, figures, unit.latestMemberCount));
  about.push(...info.activity.map(paragraph));
  about.push(field('Måloppnåelse', orNotReported(figures?.goalsReached)));

  const gatheringBlocks: Block[] = [paragraph(gatheringSentence(figures, gatherings))];
  if (gatherings.length) {
    gatheringBlocks.push(
      table(
        ['Samling', 'Når', 'Timer', 'Deltakere', 'Gjennomføring'],
        gatherings.map((event) => [
          event.title,
          whenOf(event),
          orNotReported(event.hours, number),
          orNotReported(event.participants, number),
          orNotReported(event.form),
        ]),
      ),
    );
  }
  gatheringBlocks.push(...info.gatherings.map(paragraph));

  const participants = gatherings.length ? sumIfAllKnown(gatherings.map((event) => event.participants)) : null;
  const participantBlocks: Block[] = [field('Deltakere på samlingene', figures?.gatherings === 0 ? 'Ingen samlinger' : orNotReported(participants, number))];
  participantBlocks.push(...info.participation.map(paragraph));
  if (info.jointStudyDayParticipants !== null) participantBlocks.push(field('Deltok på felles fagdag', number(info.jointStudyDayParticipants)));

  const jobShadowing = figures?.jobShadowing ?? [];
  const jobShadowingBlocks: Block[] = [];
  if (jobShadowing.length) {
    jobShadowingBlocks.push(
      list(
        jobShadowing.map(
          (visit) =>
            `${visit.who} har hospitert${visit.host ? ` hos ${visit.host}` : ''}: ${visit.days !== null ? `${number(visit.days)} dager` : `antall dager ${NOT_REPORTED.toLowerCase()}`}, hjemkommune ${visit.homeMunicipality?.name ?? NOT_REPORTED.toLowerCase()}`,
        ),
      ),
    );
  } else {
    jobShadowingBlocks.push(...(info.jobShadowing.length ? info.jobShadowing.map(paragraph) : [paragraph(NOT_REPORTED)]));
  }
  jobShadowingBlocks.push(field('Hospiteringsdager i alt', orNotReported(figures?.jobShadowingDays, number)));

  const planBlocks = focusAreaBlocks(figures?.focusAreas ?? [], nextYear, year);
  // The region's own words on the plans, when it has not split them into focus areas.
  if (!nextYear?.length) planBlocks.push(...info.plans.map(paragraph));

  const coverage: Block[] = [
    field('Kommuner', unit.municipalities.length ? unit.municipalities.map((municipality) => municipality.name).join(', ') : NOT_REPORTED),
    field('Ressursperson i hjemmetjenesten og sykehjemmet i hver kommune, og på hver sykehusavdeling', NOT_REPORTED),
  ];

  return [
    { level: 3, heading: unit.name, blocks: about },
    { level: 4, heading: 'Samlinger', blocks: gatheringBlocks },
    { level: 4, heading: 'Antall deltakere', blocks: participantBlocks },
    { level: 4, heading: 'Tema/fokusområder', blocks: figures?.themes.length ? [list(figures.themes)] : [paragraph(NOT_REPORTED)] },
    { level: 4, heading: 'Hospitering', blocks: jobShadowingBlocks },
    { level: 4, heading: `Satsningsområder for ${year + 1}`, blocks: planBlocks },
    { level: 4, heading: 'Dekning', blocks: coverage },
    { level: 4, heading: 'Samarbeide med andre nettverk', blocks: [paragraph(orNotReported(figures?.cooperationWithOtherNetworks))] },
  ];
}

/** "Lokallaget har hatt 3 samlinger à 1,5 timer." — the template's sentence, from the counted figures. */
function gatheringSentence(figures: YearInReport | null, gatherings: ReportEvent[]): string {
  const count = figures?.gatherings ?? null;
  const total = figures?.gatheringHours ?? null;
  if (count === null) return `Samlinger: ${NOT_REPORTED}`;
  if (count === 0) return 'Lokallaget har ikke hatt samlinger.';
  const eachHours = new Set(gatherings.map((event) => event.hours));
  const each = eachHours.size === 1 && gatherings.length === count ? [...eachHours][0] : null;
  const noun = count === 1 ? 'samling' : 'samlinger';
  if (each !== null) return `Lokallaget har hatt ${number(count)} ${noun} à ${hours(each)}${count > 1 && total !== null ? ` (${hours(total)} i alt)` : ''}.`;
  return `Lokallaget har hatt ${number(count)} ${noun}${total !== null ? `, ${hours(total)} i alt` : `; timer: ${NOT_REPORTED.toLowerCase()}`}.`;
}
