import type { Profession, ResourcePersonInput, WorkplaceKind } from '../generated/graphql';

/*
 * A member list from a spreadsheet, as the register's import takes it: which column is which
 * field (guessed from the headings, changeable by the editor), each cell turned into the API's
 * value, and what could not be turned (an unknown profession, a date that is not a date) named
 * by row and field. Everything else is checked by the API's own rules (the import's dry run).
 */

export const IMPORT_FIELDS = [
  'name',
  'profession',
  'workplaceKind',
  'workplaceName',
  'municipalityNumber',
  'appointedFrom',
  'appointedTo',
  'email',
  'phone',
  'units',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

export const IMPORT_FIELD_LABEL: Record<ImportField, string> = {
  name: 'Navn',
  profession: 'Yrke',
  workplaceKind: 'Type arbeidssted',
  workplaceName: 'Arbeidssted',
  municipalityNumber: 'Kommunenummer',
  appointedFrom: 'Oppnevnt fra',
  appointedTo: 'Oppnevnt til',
  email: 'E-post',
  phone: 'Telefon',
  units: 'Enheter',
};

export const REQUIRED_IMPORT_FIELDS: readonly ImportField[] = ['name', 'profession', 'workplaceKind', 'workplaceName', 'municipalityNumber', 'appointedFrom'];

const normalise = (text: string) =>
  text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .replace(/[^a-z0-9]/g, '');

const HEADING_ALIASES: Record<ImportField, string[]> = {
  name: ['navn', 'fulltnavn', 'name', 'ressursperson'],
  profession: ['yrke', 'profesjon', 'yrkesgruppe', 'profession'],
  workplaceKind: ['typearbeidssted', 'arbeidsstedtype', 'tjeneste', 'tjenesteomrade', 'workplacekind'],
  workplaceName: ['arbeidssted', 'arbeidsplass', 'workplace', 'workplacename'],
  municipalityNumber: ['kommunenummer', 'kommunenr', 'knr', 'municipalitynumber'],
  appointedFrom: ['oppnevntfra', 'fra', 'startdato', 'fradato', 'appointedfrom'],
  appointedTo: ['oppnevnttil', 'til', 'sluttdato', 'tildato', 'appointedto'],
  email: ['epost', 'epostadresse', 'email', 'mail'],
  phone: ['telefon', 'tlf', 'mobil', 'telefonnummer', 'phone'],
  units: ['enheter', 'enhet', 'nettverksgruppe', 'gruppe', 'lokallag', 'sektornettverk', 'units'],
};

/** Column index per field (−1: not in the file), guessed from the heading row. */
export type ColumnMapping = Record<ImportField, number>;

export function guessMapping(headings: readonly string[]): ColumnMapping {
  const normalised = headings.map((heading) => normalise(heading));
  const mapping = {} as ColumnMapping;
  for (const field of IMPORT_FIELDS) mapping[field] = normalised.findIndex((heading) => HEADING_ALIASES[field].includes(heading));
  return mapping;
}

const PROFESSIONS: Record<string, Profession> = {
  sykepleier: 'NURSE',
  ressurssykepleier: 'NURSE',
  spesialsykepleier: 'NURSE',
  kreftsykepleier: 'NURSE',
  nurse: 'NURSE',
  fysioterapeut: 'PHYSIOTHERAPIST',
  physiotherapist: 'PHYSIOTHERAPIST',
  ergoterapeut: 'OCCUPATIONAL_THERAPIST',
  occupationaltherapist: 'OCCUPATIONAL_THERAPIST',
  annet: 'OTHER',
  other: 'OTHER',
};

const WORKPLACE_KINDS: Record<string, WorkplaceKind> = {
  hjemmetjeneste: 'HOME_CARE',
  hjemmetjenesten: 'HOME_CARE',
  hjemmesykepleie: 'HOME_CARE',
  hjemmesykepleien: 'HOME_CARE',
  hjemmebasertetjenester: 'HOME_CARE',
  homecare: 'HOME_CARE',
  sykehjem: 'NURSING_HOME',
  nursinghome: 'NURSING_HOME',
  sykehus: 'HOSPITAL_WARD',
  sykehusavdeling: 'HOSPITAL_WARD',
  hospitalward: 'HOSPITAL_WARD',
  annet: 'OTHER',
  other: 'OTHER',
};

/** A cell as the file gave it: text, a number, a date (xlsx date cells), or nothing. */
export type Cell = string | number | Date | null;

const cellText = (cell: Cell | undefined): string => {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return isoDate(cell);
  return String(cell).trim();
};

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/** 2025-01-31, 31.01.2025, 31.1.2025, 31/01/2025 or an xlsx date cell → 2025-01-31; null when it is no date. */
export function parseDate(cell: Cell): string | null {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? null : isoDate(cell);
  const text = cellText(cell);
  let year: number, month: number, day: number;
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (match) [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if ((match = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(text))) [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return isoDate(date);
}

/** A kommunenummer as text; a number cell that lost its leading zero (301) gets it back. */
export function municipalityNumber(cell: Cell): string {
  const text = cellText(cell).replace(/\s/g, '');
  return /^\d{3}$/.test(text) ? `0${text}` : text;
}

export interface UnitChoice {
  id: string;
  name: string;
}

export interface ImportRow {
  /** The row's number in the file (the heading is row 1). */
  line: number;
  /** The row as shown in the preview, by field. */
  cells: Record<ImportField, string>;
  /** The API's input, when every cell could be read. */
  input: ResourcePersonInput | null;
  /** What could not be read, by field, in Norwegian. */
  errors: Partial<Record<ImportField, string[]>>;
}

/** The rows below the heading, skipping blank ones, turned into the API's inputs. */
export function readRows(table: readonly (readonly Cell[])[], mapping: ColumnMapping, units: readonly UnitChoice[]): ImportRow[] {
  const rows: ImportRow[] = [];
  table.slice(1).forEach((raw, index) => {
    const cell = (field: ImportField): Cell => (mapping[field] >= 0 ? (raw[mapping[field]] ?? null) : null);
    const cells = Object.fromEntries(IMPORT_FIELDS.map((field) => [field, cellText(cell(field))])) as Record<ImportField, string>;
    if (Object.values(cells).every((text) => text === '')) return;
    const errors: Partial<Record<ImportField, string[]>> = {};
    const fail = (field: ImportField, text: string) => (errors[field] ??= []).push(text);

    for (const field of REQUIRED_IMPORT_FIELDS) if (cells[field] === '' && field !== 'name' && field !== 'workplaceName') fail(field, 'Må fylles ut.');
    const profession = PROFESSIONS[normalise(cells.profession)];
    if (cells.profession !== '' && !profession) fail('profession', `Ukjent yrke «${cells.profession}»: sykepleier, fysioterapeut, ergoterapeut eller annet.`);
    const workplaceKind = WORKPLACE_KINDS[normalise(cells.workplaceKind)];
    if (cells.workplaceKind !== '' && !workplaceKind)
      fail('workplaceKind', `Ukjent type arbeidssted «${cells.workplaceKind}»: hjemmetjeneste, sykehjem, sykehusavdeling eller annet.`);
    const appointedFrom = parseDate(cell('appointedFrom'));
    if (cells.appointedFrom !== '' && !appointedFrom) fail('appointedFrom', 'Ikke en dato: skriv den som dd.mm.åååå.');
    const appointedTo = cells.appointedTo === '' ? null : parseDate(cell('appointedTo'));
    if (cells.appointedTo !== '' && !appointedTo) fail('appointedTo', 'Ikke en dato: skriv den som dd.mm.åååå.');
    const unitIds: string[] = [];
    for (const wanted of cells.units
      .split(/[;\n]/)
      .map((part) => part.trim())
      .filter(Boolean)) {
      const unit = units.find((candidate) => candidate.id === wanted || normalise(candidate.name) === normalise(wanted));
      if (unit) unitIds.push(unit.id);
      else fail('units', `Ukjent enhet «${wanted}» i nettverket.`);
    }

    const readable = Object.keys(errors).length === 0;
    rows.push({
      line: index + 2,
      cells,
      errors,
      input: readable
        ? {
            name: cells.name,
            profession: profession!,
            workplaceKind: workplaceKind!,
            workplaceName: cells.workplaceName,
            municipalityNumber: municipalityNumber(cell('municipalityNumber')),
            appointedFrom: appointedFrom!,
            appointedTo,
            email: cells.email === '' ? null : cells.email,
            phone: cells.phone === '' ? null : cells.phone,
            memberships: unitIds.map((unitId) => ({ unitId })),
          }
        : null,
    });
  });
  return rows;
}

/** The API field of a violation, as the preview's column: memberships[0].unitId → units. */
export function importFieldOf(apiField: string): ImportField | null {
  const head = apiField.replace(/^rows\[\d+\]\.?/, '').split(/[.[]/)[0];
  if (head === 'memberships') return 'units';
  return (IMPORT_FIELDS as readonly string[]).includes(head) ? (head as ImportField) : null;
}

/** The template's heading and an example row. */
export const TEMPLATE_HEADINGS = IMPORT_FIELDS.map((field) => IMPORT_FIELD_LABEL[field]);
export const TEMPLATE_EXAMPLE = [
  'Kari Nordmann',
  'Sykepleier',
  'Hjemmetjeneste',
  'Hjemmesykepleien Sandnes øst',
  '1108',
  '01.01.2025',
  '',
  'kari.nordmann@sandnes.kommune.no',
  '+47 51 00 00 00',
  '',
];
