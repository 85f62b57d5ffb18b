import type { EventKind, FocusAreaStatus, GovernanceLevel, RegionalHealthAuthority } from './generated/graphql';

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
