/*
 * How values are written. The report is Norwegian prose (10,5 timer; 50 000 kr; 30.11.2021); the
 * comparison is data for spreadsheets (10.5; 50000), so it keeps numbers as numbers.
 */

/** What the report says where the data has no value: the template's own words. */
export const NOT_REPORTED = 'Ikke rapportert';

/** What the comparison says where a figure is unknown. */
export const UNKNOWN_FIGURE = '–';

/** 50000 → "50 000", 10.5 → "10,5" (Norwegian digit grouping and decimal comma). */
export function formatNorwegianNumber(value: number): string {
  const [whole, fraction] = String(Math.abs(value)).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return `${value < 0 ? '−' : ''}${grouped}${fraction ? `,${fraction}` : ''}`;
}

/** "2021-11-30" → "30.11.2021". */
export function formatNorwegianDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  return match ? `${match[3]}.${match[2]}.${match[1]}` : isoDate;
}

/** A change in members with its sign: +13, −2, 0. */
export function formatChange(change: number): string {
  return change > 0 ? `+${formatNorwegianNumber(change)}` : formatNorwegianNumber(change);
}

/** The value, or "Ikke rapportert" when there is none. */
export function orNotReported<T>(value: T | null | undefined, format: (value: T) => string = String): string {
  return value === null || value === undefined || value === '' ? NOT_REPORTED : format(value);
}

/** The sum when every value is known; null when any is not (a partial sum would understate). */
export function sumIfAllKnown(values: Array<number | null>): number | null {
  if (values.some((value) => value === null)) return null;
  return (values as number[]).reduce((sum, value) => sum + value, 0);
}

/** A cell that is only a number (−2, +13, 10.5, 1,5): spreadsheets read it as one, not as a formula. */
const PLAIN_NUMBER = /^[-+]?\d+([.,]\d+)?$/;

/** What a spreadsheet treats as the start of a formula (or, for tab and CR, may turn into one). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell made safe for a spreadsheet (CSV injection): a cell that starts with `=`, `+`,
 * `-`, `@`, a tab or a carriage return gets a leading apostrophe, so Excel, LibreOffice and
 * Google Sheets show it as text instead of running it as a formula (`=HYPERLINK(…)`,
 * `@SUM(…)`, `-2+3`…). Plain numbers stay numbers. The one function for every spreadsheet the
 * product writes: the comparison's CSV here, the workbench's CSV and .xlsx downloads.
 */
export function escapeSpreadsheetCell(value: string): string {
  if (PLAIN_NUMBER.test(value)) return value;
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/**
 * Text for a terminal without its control characters (C0 but tab turned to a space, DEL, C1):
 * a name holding an escape sequence cannot recolour, move or clear the analyst's terminal.
 */
export function stripControlCharacters(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/\t/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f]/g, '');
}
