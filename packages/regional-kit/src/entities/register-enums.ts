import { registerEnumType } from 'type-graphql';

/** A resource person's profession (the networks began with nurses and widened to these). */
export enum Profession {
  NURSE = 'NURSE',
  PHYSIOTHERAPIST = 'PHYSIOTHERAPIST',
  OCCUPATIONAL_THERAPIST = 'OCCUPATIONAL_THERAPIST',
  OTHER = 'OTHER',
}

/** Where a resource person works: the kinds the national template's coverage rule counts. */
export enum WorkplaceKind {
  HOME_CARE = 'HOME_CARE',
  NURSING_HOME = 'NURSING_HOME',
  HOSPITAL_WARD = 'HOSPITAL_WARD',
  OTHER = 'OTHER',
}

/** What a change did, in the audit log. */
export enum AuditAction {
  CREATE = 'CREATE',
  UPDATE = 'UPDATE',
  END_APPOINTMENT = 'END_APPOINTMENT',
  /** The person was erased from the register; their earlier entries are pseudonymised. */
  ERASE = 'ERASE',
}

registerEnumType(Profession, {
  name: 'Profession',
  valuesConfig: {
    NURSE: { description: 'Sykepleier (ressurssykepleier).' },
    PHYSIOTHERAPIST: { description: 'Fysioterapeut.' },
    OCCUPATIONAL_THERAPIST: { description: 'Ergoterapeut.' },
    OTHER: { description: 'Any other profession.' },
  },
});
registerEnumType(WorkplaceKind, {
  name: 'WorkplaceKind',
  valuesConfig: {
    HOME_CARE: { description: 'Hjemmetjeneste, hjemmesykepleie, hjemmebaserte tjenester.' },
    NURSING_HOME: { description: 'Sykehjem.' },
    HOSPITAL_WARD: { description: 'Sykehusavdeling, palliativt team.' },
    OTHER: { description: 'Any other workplace.' },
  },
});
registerEnumType(AuditAction, { name: 'AuditAction', description: 'What a change did.' });
