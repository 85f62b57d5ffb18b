import type { AuditAction, EventKind, FocusAreaStatus, GovernanceLevel, Profession, RegionalHealthAuthority, WorkplaceKind } from './generated/graphql';

/*
 * The dashboard's Norwegian words, in one place. Figures carry the terms of the national
 * annual-report template (subgraphs/national/data/annual-report-template.txt); units keep the
 * region's own word (localTerm) from the data.
 */

export const REGIONAL_HEALTH_AUTHORITY_LABEL: Record<RegionalHealthAuthority, string> = {
  HELSE_NORD: 'Helse Nord RHF',
  HELSE_MIDT_NORGE: 'Helse Midt-Norge RHF',
  HELSE_VEST: 'Helse Vest RHF',
  HELSE_SOR_OST: 'Helse Sør-Øst RHF',
};

/** The national levels, top first: the order the organisation is drawn in. */
export const LEVELS: readonly GovernanceLevel[] = ['STEERING', 'OPERATIONS', 'LOCAL'];

export const LEVEL_LABEL: Record<GovernanceLevel, string> = {
  STEERING: 'Styringsnivå',
  OPERATIONS: 'Driftsnivå',
  LOCAL: 'Lokalt nivå (lokallag)',
};

export const EVENT_KIND_LABEL: Record<EventKind, string> = {
  NETWORK_MEETING: 'Samling',
  STUDY_DAY: 'Fagdag',
  INTRODUCTION_COURSE: 'Introduksjonskurs',
  GOVERNANCE_MEETING: 'Møte i styrings- eller driftsgruppe',
};

export const FOCUS_AREA_STATUS_LABEL: Record<FocusAreaStatus, string> = {
  NEW: 'Nytt satsningsområde',
  CONTINUED: 'Videreføres',
  COMPLETED: 'Gjennomført',
};

/** A focus area whose report does not say whether it is new, continued or completed. */
export const FOCUS_AREA_STATUS_NOT_STATED = 'Status ikke oppgitt';

/** The national template's own answer where a report leaves one of its questions open. */
export const NOT_REPORTED = 'Ikke rapportert';

/** Shown wherever a figure is unknown: the sources leave many blank, and a blank is not a zero. */
export const UNKNOWN = '–';

/* The editors' pages. */

export const PROFESSION_LABEL: Record<Profession, string> = {
  NURSE: 'Sykepleier',
  PHYSIOTHERAPIST: 'Fysioterapeut',
  OCCUPATIONAL_THERAPIST: 'Ergoterapeut',
  OTHER: 'Annet',
};

export const WORKPLACE_KIND_LABEL: Record<WorkplaceKind, string> = {
  HOME_CARE: 'Hjemmetjeneste',
  NURSING_HOME: 'Sykehjem',
  HOSPITAL_WARD: 'Sykehusavdeling',
  OTHER: 'Annet',
};

export const AUDIT_ACTION_LABEL: Record<AuditAction, string> = {
  CREATE: 'Opprettet',
  UPDATE: 'Endret',
  END_APPOINTMENT: 'Oppnevning avsluttet',
  ERASE: 'Slettet (personopplysninger fjernet)',
};

/** The audit log's record types, in Norwegian; a region's own kinds of unit keep their type name. */
export const ENTITY_LABEL: Record<string, string> = {
  ResourcePerson: 'Ressursperson',
  Event: 'Aktivitet',
  YearFigures: 'Årstall',
  FocusArea: 'Satsningsområde',
  Funding: 'Finansiering',
  HospitalUnit: 'Sykehusenhet',
};

/** The fields editors see, by the API's field name (forms, errors, the audit log's differences). */
export const FIELD_LABEL: Record<string, string> = {
  name: 'Navn',
  profession: 'Yrke',
  workplaceKind: 'Type arbeidssted',
  workplaceName: 'Arbeidssted',
  municipalityNumber: 'Kommunenummer',
  hospitalUnitId: 'Sykehusenhet',
  appointedFrom: 'Oppnevnt fra',
  appointedTo: 'Oppnevnt til',
  email: 'E-post',
  phone: 'Telefon',
  memberships: 'Medlemskap',
  unitId: 'Enhet',
  from: 'Fra',
  to: 'Til',
  kind: 'Type',
  title: 'Tittel',
  date: 'Dato',
  year: 'År',
  period: 'Tidspunkt i ord',
  hours: 'Timer',
  registered: 'Påmeldte',
  attendedInPerson: 'Deltok fysisk',
  attendedDigitally: 'Deltok digitalt',
  participants: 'Deltakere i alt',
  form: 'Form',
  location: 'Sted',
  themes: 'Temaer',
  note: 'Merknad',
  membersAtYearEnd: 'Medlemmer per 31.12.',
  joined: 'Nye i året',
  left: 'Sluttet i året',
  membershipNote: 'Merknad om medlemstall',
  goalsReached: 'Måloppnåelse',
  status: 'Status',
  source: 'Kilde',
  amountNok: 'Beløp (kr)',
  purpose: 'Formål',
  hospital: 'Sykehus',
  parentId: 'Ligger under',
  plannedMeetingsPerYear: 'Planlagte møter per år',
  municipalityNumbers: 'Kommuner (kommunenummer)',
  responsibilities: 'Funksjon og ansvar',
  appointedToDay: 'Siste dag',
};

export const fieldLabel = (field: string): string => FIELD_LABEL[field] ?? field;

/** A stored value as an editor reads it: enums in Norwegian (the audit log, conflicts). */
export function valueLabel(field: string, value: unknown): unknown {
  const tables: Record<string, Record<string, string>> = {
    profession: PROFESSION_LABEL,
    workplaceKind: WORKPLACE_KIND_LABEL,
    kind: EVENT_KIND_LABEL,
    status: FOCUS_AREA_STATUS_LABEL,
  };
  return typeof value === 'string' && tables[field]?.[value] ? tables[field][value] : value;
}
