import { registerEnumType } from 'type-graphql';

/** The health regions of this federation. Each one is served by its own subgraph. */
export enum HealthRegion {
  VEST = 'VEST',
  INNLANDET = 'INNLANDET',
  MIDT = 'MIDT',
  SOR_OST = 'SOR_OST',
}

/** Norway's four regional health authorities (regionale helseforetak), which own the health trusts. */
export enum RegionalHealthAuthority {
  HELSE_NORD = 'HELSE_NORD',
  HELSE_MIDT_NORGE = 'HELSE_MIDT_NORGE',
  HELSE_VEST = 'HELSE_VEST',
  HELSE_SOR_OST = 'HELSE_SOR_OST',
}

/** The national level that a region's own kind of unit corresponds to. */
export enum GovernanceLevel {
  STEERING = 'STEERING',
  OPERATIONS = 'OPERATIONS',
  LOCAL = 'LOCAL',
}

export enum EventKind {
  NETWORK_MEETING = 'NETWORK_MEETING',
  STUDY_DAY = 'STUDY_DAY',
  INTRODUCTION_COURSE = 'INTRODUCTION_COURSE',
  GOVERNANCE_MEETING = 'GOVERNANCE_MEETING',
}

export enum FocusAreaStatus {
  NEW = 'NEW',
  CONTINUED = 'CONTINUED',
  COMPLETED = 'COMPLETED',
}

/** Where a member count comes from. */
export enum FigureSource {
  /** A figure the network reported (annual report, plan). */
  REPORTED = 'REPORTED',
  /** Counted from the region's register of resource persons. */
  REGISTER = 'REGISTER',
}

registerEnumType(HealthRegion, {
  name: 'HealthRegion',
  description: 'The health regions of this federation. Each one is served by its own subgraph.',
});
registerEnumType(RegionalHealthAuthority, {
  name: 'RegionalHealthAuthority',
  description:
    "Norway's four regional health authorities (RHF). A network belongs to the one that owns its health trust area; this federation's regions are not the same division (Innlandet is its own region here but lies in Helse Sør-Øst).",
  valuesConfig: {
    HELSE_NORD: { description: 'Helse Nord RHF.' },
    HELSE_MIDT_NORGE: { description: 'Helse Midt-Norge RHF.' },
    HELSE_VEST: { description: 'Helse Vest RHF.' },
    HELSE_SOR_OST: { description: 'Helse Sør-Øst RHF.' },
  },
});
registerEnumType(GovernanceLevel, {
  name: 'GovernanceLevel',
  description: "The national level that a region's own kind of unit corresponds to.",
  valuesConfig: {
    STEERING: { description: 'Overall responsibility: styringsgruppe, fagråd, klinisk utvalg, cooperation committees.' },
    OPERATIONS: { description: 'Practical running: driftsgruppe, arbeidsgruppe.' },
    LOCAL: { description: 'Where resource persons meet: nettverksgruppe, sektornettverk, fagnettverk, local resource group.' },
  },
});
registerEnumType(EventKind, {
  name: 'EventKind',
  valuesConfig: {
    NETWORK_MEETING: { description: 'A gathering of a local unit (samling, nettverksmøte).' },
    STUDY_DAY: { description: 'Fagdag, temadag, felles fagdag.' },
    INTRODUCTION_COURSE: { description: 'Introduksjonskurs, basiskurs.' },
    GOVERNANCE_MEETING: { description: 'A meeting of a steering or operations unit.' },
  },
});
registerEnumType(FocusAreaStatus, { name: 'FocusAreaStatus' });
registerEnumType(FigureSource, {
  name: 'FigureSource',
  description: 'Where a member count comes from.',
  valuesConfig: {
    REPORTED: { description: 'A figure the network reported (annual report, plan).' },
    REGISTER: { description: "Counted from the region's register of resource persons: those appointed on the day." },
  },
});
