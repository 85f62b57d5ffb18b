/*
 * The difference between two versions of a record: in the audit log (before → after) and in a
 * conflict (what you read → what someone else saved).
 */

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** Bookkeeping fields that every change touches and that say nothing to an editor. */
const IGNORED = new Set(['version', 'networkId', 'id', 'position']);

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The fields whose values differ, in a stable order (the after record's, then the rest). */
export function changedFields(before: Record<string, unknown> | null | undefined, after: Record<string, unknown> | null | undefined): FieldChange[] {
  const from = before ?? {};
  const to = after ?? {};
  const keys = [...new Set([...Object.keys(to), ...Object.keys(from)])].filter((key) => !IGNORED.has(key));
  return keys.filter((key) => !same(from[key], to[key])).map((field) => ({ field, before: from[field] ?? null, after: to[field] ?? null }));
}

/** A value for a table cell: lists joined, objects as short JSON, null as «–». */
export function displayValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '–';
  if (Array.isArray(value)) return value.length === 0 ? '(ingen)' : value.map(displayValue).join(', ');
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== null && v !== undefined)
      .map(([k, v]) => `${k}: ${displayValue(v)}`)
      .join(' · ');
  }
  if (typeof value === 'boolean') return value ? 'ja' : 'nei';
  return String(value);
}

/**
 * Re-applies the editor's own changes (what differs from the version they read) to the version
 * someone else saved meanwhile: their other changes stay, and where both changed a field, the
 * editor's value wins (the notice says so before they choose it).
 */
export function reapply<T extends object>(read: T, mine: T, theirs: T): T {
  const merged = { ...theirs } as Record<string, unknown>;
  const base = read as Record<string, unknown>;
  for (const [field, value] of Object.entries(mine)) if (!same(value, base[field])) merged[field] = value;
  return merged as T;
}

/** The fields both the editor and someone else changed, to different values. */
export function bothChanged(read: object, mine: object, theirs: object): string[] {
  const base = read as Record<string, unknown>;
  const other = theirs as Record<string, unknown>;
  return Object.entries(mine)
    .filter(([field, value]) => !same(value, base[field]) && !same(other[field], base[field]) && !same(value, other[field]))
    .map(([field]) => field);
}
