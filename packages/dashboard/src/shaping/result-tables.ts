/*
 * Every list in a GraphQL result as a table, for the workbench's table view and its CSV and
 * .xlsx downloads. A list of objects is one table: one row per entry, one column per scalar
 * field, nested objects flattened into dotted columns (`parent.name`), lists of scalars joined
 * with "; ". A list inside a list's entries (a network's units) is a table of its own, whose rows
 * begin with the identifying fields of the entries around them (`networks.name`), so that each
 * unit's row says which network it belongs to.
 */

export type Cell = string | number | boolean | null;

export interface ResultTable {
  /** Where the list is in the result: field names (or aliases) from the top, e.g. `networks.units`. */
  path: string;
  columns: string[];
  rows: Cell[][];
  /** Entries that were null (a region that did not answer leaves null networks), not shown as rows. */
  nullEntries: number;
}

/** The fields of surrounding entries that say which one a nested row belongs to. */
const IDENTIFYING_FIELDS = ['id', 'code', 'number', 'name', 'title', 'region', 'year'];

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const isObject = (value: Json | undefined): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Joins what a cell cannot hold as a list: scalars by "; ", nested objects by their JSON. */
function scalarOf(value: Json): Cell {
  if (!Array.isArray(value)) return isObject(value) ? JSON.stringify(value) : value;
  return value.map((entry) => (isObject(entry) || Array.isArray(entry) ? JSON.stringify(entry) : String(entry ?? ''))).join('; ');
}

/** The entry's scalar fields as dotted columns; lists of objects are left to tables of their own. */
function flatten(entry: JsonObject, prefix: string, into: Map<string, Cell>): void {
  for (const [field, value] of Object.entries(entry)) {
    const column = prefix ? `${prefix}.${field}` : field;
    if (isObject(value)) flatten(value, column, into);
    else if (Array.isArray(value) && value.some(isObject)) continue;
    else into.set(column, scalarOf(value));
  }
}

interface Context {
  columns: Map<string, Cell>;
}

interface Collected {
  path: string;
  rows: Map<string, Cell>[];
  nullEntries: number;
}

/**
 * Walks `value` at `path`, with the identifying cells of the list entries around it. Lists of
 * objects become tables; objects are walked field by field.
 */
function collect(value: Json | undefined, path: string, context: Context, tables: Map<string, Collected>): void {
  if (Array.isArray(value)) {
    if (!value.some(isObject)) return;
    const table = tables.get(path) ?? { path, rows: [], nullEntries: 0 };
    tables.set(path, table);
    for (const entry of value) {
      if (!isObject(entry)) {
        table.nullEntries += 1;
        continue;
      }
      const own = new Map<string, Cell>();
      flatten(entry, '', own);
      table.rows.push(new Map([...context.columns, ...own]));
      const identifying = new Map(context.columns);
      for (const field of IDENTIFYING_FIELDS) if (own.has(field)) identifying.set(`${path}.${field}`, own.get(field)!);
      walkFields(entry, path, { columns: identifying }, tables);
    }
    return;
  }
  if (isObject(value)) walkFields(value, path, context, tables);
}

function walkFields(object: JsonObject, path: string, context: Context, tables: Map<string, Collected>): void {
  for (const [field, child] of Object.entries(object)) collect(child, path ? `${path}.${field}` : field, context, tables);
}

/** Every list of objects in a result's `data`, in the order they first appear. */
export function resultTables(data: unknown): ResultTable[] {
  const tables = new Map<string, Collected>();
  collect(data as Json, '', { columns: new Map() }, tables);
  return [...tables.values()].map(({ path, rows, nullEntries }) => {
    const columns: string[] = [];
    const seen = new Set<string>();
    for (const row of rows)
      for (const column of row.keys())
        if (!seen.has(column)) {
          seen.add(column);
          columns.push(column);
        }
    // A nested object that is null in some entries is only its dotted columns, left empty there.
    const kept = columns.filter((column) => !columns.some((other) => other.startsWith(`${column}.`)));
    return { path, columns: kept, rows: rows.map((row) => kept.map((column) => row.get(column) ?? null)), nullEntries };
  });
}

/**
 * A cell as text, the same in the table, the CSV and the .xlsx's text cells: null is empty (a
 * spreadsheet then sums what is known), true and false are «ja» and «nei».
 */
export function cellText(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'boolean') return cell ? 'ja' : 'nei';
  return String(cell);
}
