/*
 * Form fields hold exactly what the editor typed (strings), so nothing is lost when a save fails;
 * these turn them into the API's input at the moment of saving.
 */

/** Trimmed text, or null when empty (an optional field left blank clears it). */
export const optionalText = (value: string): string | null => (value.trim() === '' ? null : value.trim());

/**
 * A whole number as typed ("1 200" and "1200" alike), null when blank. What is not a number is
 * sent as it is, so the API names the field (it never is silently dropped).
 */
export function optionalNumber(value: string): number | null | string {
  const compact = value.replace(/[\s\u00a0]/g, '').replace(',', '.');
  if (compact === '') return null;
  const number = Number(compact);
  return Number.isFinite(number) ? number : value;
}

/** One line per entry: blank lines dropped. */
export const lines = (value: string): string[] =>
  value
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');

/** Fields that must be given before anything can be sent, with «Må fylles ut.» for each blank one. */
export function missingRequired(values: Record<string, unknown>, required: readonly string[]): Record<string, string[]> {
  const missing: Record<string, string[]> = {};
  for (const field of required) {
    const value = values[field];
    if (typeof value !== 'string' || value.trim() === '') missing[field] = ['Må fylles ut.'];
  }
  return missing;
}

/** Numbers typed as text that are not numbers: «Må være et tall.» next to each. */
export function notNumbers(values: Record<string, string>, fields: readonly string[]): Record<string, string[]> {
  const wrong: Record<string, string[]> = {};
  for (const field of fields) if (typeof optionalNumber(values[field] ?? '') === 'string') wrong[field] = ['Må være et tall.'];
  return wrong;
}

export const toText = (value: string | number | null | undefined): string => (value === null || value === undefined ? '' : String(value));
