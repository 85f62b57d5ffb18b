/*
 * Each region's own kinds of unit and their own fields, as its editors create and update them
 * (`vestCreateNetworkGroup(networkId, input: VestNetworkGroupInput)` …). The fields every kind
 * shares (name, parent, planned meetings, municipalities) are in COMMON_UNIT_FIELDS. A unit test
 * checks this table against the schema's input types, so it cannot drift from the API.
 */

export type UnitFieldType = 'text' | 'longText' | 'int' | 'float' | 'bool' | 'lines';

export interface UnitField {
  name: string;
  label: string;
  type: UnitFieldType;
  required?: boolean;
}

export interface UnitKindSpec {
  region: string;
  /** The GraphQL type, e.g. VestNetworkGroup; also the audit log's entity. */
  typename: string;
  /** In the mutations: vestCreateNetworkGroup, vestUpdateNetworkGroup. */
  mutationName: string;
  /** The region's own word, as its documents use it. */
  label: string;
  fields: UnitField[];
}

export const COMMON_UNIT_FIELDS: UnitField[] = [
  { name: 'name', label: 'Navn', type: 'text', required: true },
  { name: 'parentId', label: 'Ligger under', type: 'text' },
  { name: 'plannedMeetingsPerYear', label: 'Planlagte møter per år', type: 'int' },
  { name: 'municipalityNumbers', label: 'Kommuner (ett kommunenummer per linje)', type: 'lines' },
];

const responsibilities: UnitField = { name: 'responsibilities', label: 'Funksjon og ansvar (én per linje)', type: 'lines' };
const otherNames: UnitField = { name: 'otherNames', label: 'Andre navn (ett per linje)', type: 'lines' };
const description: UnitField = { name: 'description', label: 'Beskrivelse', type: 'longText' };

export const UNIT_KINDS: UnitKindSpec[] = [
  {
    region: 'VEST',
    typename: 'VestSteeringGroup',
    mutationName: 'SteeringGroup',
    label: 'Fagråd (styringsgruppe)',
    fields: [
      responsibilities,
      { name: 'healthTrustRepresentatives', label: 'Representanter fra helseforetaket', type: 'int', required: true },
      { name: 'municipalityRepresentatives', label: 'Representanter fra kommunene', type: 'int', required: true },
      { name: 'attendanceRights', label: 'Møterett', type: 'longText', required: true },
    ],
  },
  {
    region: 'VEST',
    typename: 'VestOperationsGroup',
    mutationName: 'OperationsGroup',
    label: 'Driftsgruppe',
    fields: [
      responsibilities,
      { name: 'professionalNetwork', label: 'Faglig nettverk', type: 'text', required: true },
      { name: 'representativesFrom', label: 'Representanter fra (én per linje)', type: 'lines', required: true },
      { name: 'compositionRule', label: 'Regel for sammensetning', type: 'text' },
      { name: 'appointmentTermYears', label: 'Oppnevnt for (år)', type: 'int', required: true },
      { name: 'leaderTermYears', label: 'Leder velges for (år)', type: 'int', required: true },
    ],
  },
  {
    region: 'VEST',
    typename: 'VestNetworkGroup',
    mutationName: 'NetworkGroup',
    label: 'Nettverksgruppe',
    fields: [
      responsibilities,
      { name: 'groupNumber', label: 'Gruppenummer', type: 'int' },
      { name: 'memberSources', label: 'Medlemmer fra (én per linje)', type: 'lines', required: true },
      { name: 'coversWholeArea', label: 'Dekker hele området', type: 'bool' },
    ],
  },
  {
    region: 'INNLANDET',
    typename: 'InnlandetCooperationCommittee',
    mutationName: 'CooperationCommittee',
    label: 'Samarbeidsutvalg',
    fields: [
      otherNames,
      { name: 'abbreviation', label: 'Forkortelse', type: 'text', required: true },
      { name: 'anchoredIn', label: 'Forankret i', type: 'text', required: true },
    ],
  },
  {
    region: 'INNLANDET',
    typename: 'InnlandetClinicalCommittee',
    mutationName: 'ClinicalCommittee',
    label: 'Klinisk utvalg',
    fields: [
      otherNames,
      { name: 'aim', label: 'Mål', type: 'longText', required: true },
      { name: 'serviceQualities', label: 'Tjenestekvaliteter (én per linje)', type: 'lines', required: true },
      { name: 'roles', label: 'Roller (én per linje)', type: 'lines', required: true },
    ],
  },
  {
    region: 'INNLANDET',
    typename: 'InnlandetWorkingGroup',
    mutationName: 'WorkingGroup',
    label: 'Arbeidsgruppe',
    fields: [otherNames, { name: 'courseCommittee', label: 'Kurskomité', type: 'text' }],
  },
  {
    region: 'INNLANDET',
    typename: 'InnlandetResourceNurseNetwork',
    mutationName: 'ResourceNurseNetwork',
    label: 'Ressurssykepleiernettverk',
    fields: [
      otherNames,
      { name: 'coverage', label: 'Dekker', type: 'text', required: true },
      { name: 'chartLabel', label: 'Navn i organisasjonskartet', type: 'text', required: true },
    ],
  },
  {
    region: 'MIDT',
    typename: 'MidtCooperationCommittee',
    mutationName: 'CooperationCommittee',
    label: 'Samarbeidsutvalg',
    fields: [
      description,
      { name: 'abbreviation', label: 'Forkortelse', type: 'text', required: true },
      { name: 'representativesChosenByMunicipalities', label: 'Representanter valgt av kommunene', type: 'int' },
      { name: 'representativesChosenByHealthTrust', label: 'Representanter valgt av helseforetaket', type: 'int' },
      { name: 'alsoRepresented', label: 'Også representert (én per linje)', type: 'lines' },
    ],
  },
  {
    region: 'MIDT',
    typename: 'MidtProfessionalCouncil',
    mutationName: 'ProfessionalCouncil',
    label: 'Fagråd',
    fields: [
      description,
      { name: 'serviceAgreementNumber', label: 'Tjenesteavtale nr.', type: 'int', required: true },
      { name: 'serviceAgreementTitle', label: 'Tjenesteavtalens tittel', type: 'text', required: true },
      { name: 'serviceAgreementUrl', label: 'Tjenesteavtalens adresse (URL)', type: 'text' },
    ],
  },
  {
    region: 'MIDT',
    typename: 'MidtProfessionalNetwork',
    mutationName: 'ProfessionalNetwork',
    label: 'Fagnettverk',
    fields: [
      description,
      { name: 'area', label: 'Område', type: 'text', required: true },
      { name: 'seat', label: 'Sete', type: 'text', required: true },
      { name: 'seatMunicipalityNumber', label: 'Setets kommunenummer', type: 'text' },
      { name: 'ledBy', label: 'Ledes av', type: 'text', required: true },
      { name: 'participantsServeAs', label: 'Deltakerne er', type: 'text' },
    ],
  },
  {
    region: 'MIDT',
    typename: 'MidtLocalResourceGroup',
    mutationName: 'LocalResourceGroup',
    label: 'Lokal ressursgruppe',
    fields: [
      description,
      { name: 'area', label: 'Område', type: 'text', required: true },
      { name: 'documentWording', label: 'Ordlyd i dokumentet', type: 'text', required: true },
      { name: 'municipalityNote', label: 'Merknad om kommunene', type: 'text' },
    ],
  },
  {
    region: 'SOR_OST',
    typename: 'SorOstSteeringGroup',
    mutationName: 'SteeringGroup',
    label: 'Styringsgruppe',
    fields: [
      responsibilities,
      { name: 'rotationYears', label: 'Rullering (år)', type: 'int' },
      { name: 'rotationNote', label: 'Merknad om rullering', type: 'text' },
    ],
  },
  {
    region: 'SOR_OST',
    typename: 'SorOstOperationsGroup',
    mutationName: 'OperationsGroup',
    label: 'Driftsgruppe',
    fields: [responsibilities],
  },
  {
    region: 'SOR_OST',
    typename: 'SorOstSectorNetwork',
    mutationName: 'SectorNetwork',
    label: 'Sektornettverk',
    fields: [
      responsibilities,
      { name: 'hospital', label: 'Sykehus', type: 'text', required: true },
      { name: 'hospitalAbbreviation', label: 'Sykehusets forkortelse', type: 'text', required: true },
      { name: 'plannedGatheringHoursPerYear', label: 'Planlagte samlingstimer per år', type: 'float' },
    ],
  },
];

export const unitKindsOf = (region: string): UnitKindSpec[] => UNIT_KINDS.filter((kind) => kind.region === region);
export const unitKindOf = (typename: string): UnitKindSpec | undefined => UNIT_KINDS.find((kind) => kind.typename === typename);

/** Every type the editors' pages may change: what a query shows that a mutation can make stale. */
export const EDITED_TYPENAMES = [
  'ResourcePerson',
  'ResourcePersonImportReport',
  'Event',
  'YearFigures',
  'FocusArea',
  'Funding',
  'HospitalUnit',
  ...UNIT_KINDS.map((kind) => kind.typename),
];

/** A unit's values as typed in the form, from the unit as read (lists one per line). */
export function unitFormValues(kind: UnitKindSpec, unit: Record<string, unknown> | null): Record<string, string> {
  const values: Record<string, string> = {};
  for (const field of [...COMMON_UNIT_FIELDS, ...kind.fields]) {
    const value = unit?.[field.name];
    values[field.name] = Array.isArray(value) ? value.join('\n') : value === null || value === undefined ? (field.type === 'bool' ? '' : '') : String(value);
  }
  return values;
}

/** The API's input from the form: blank optional fields null, lines as lists, numbers as numbers (what is not a number is sent as typed, for the API to name). */
export function unitInput(kind: UnitKindSpec, values: Record<string, string>): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const field of [...COMMON_UNIT_FIELDS, ...kind.fields]) {
    const raw = values[field.name] ?? '';
    const text = raw.trim();
    switch (field.type) {
      case 'lines':
        input[field.name] = raw
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean);
        break;
      case 'int':
      case 'float':
        input[field.name] = text === '' ? null : Number.isFinite(Number(text.replace(',', '.'))) ? Number(text.replace(',', '.')) : text;
        break;
      case 'bool':
        // «Ikke oppgitt» leaves it as it is (left out): such flags have a default and are never empty.
        if (text !== '') input[field.name] = text === 'true';
        break;
      default:
        input[field.name] = field.required ? raw : text === '' ? null : text;
    }
  }
  return input;
}
