import { UNKNOWN } from '../labels';

/** Norwegian number formats: 50 000, 10,5. */
const integerFormat = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 0 });
const decimalFormat = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 1 });
const dateFormat = new Intl.DateTimeFormat('nb-NO', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export type Maybe<T> = T | null | undefined;

export function formatCount(value: Maybe<number>): string {
  return value == null ? UNKNOWN : integerFormat.format(value);
}

/** A change with its sign: +13, −5 (a real minus sign), 0. */
export function formatChange(value: Maybe<number>): string {
  if (value == null) return UNKNOWN;
  if (value === 0) return '0';
  return `${value > 0 ? '+' : '−'}${integerFormat.format(Math.abs(value))}`;
}

export function formatHours(value: Maybe<number>): string {
  return value == null ? UNKNOWN : `${decimalFormat.format(value)} t`;
}

export function formatNok(value: Maybe<number>): string {
  return value == null ? UNKNOWN : `${integerFormat.format(value)} kr`;
}

/** 2021-11-30 → 30. november 2021; anything that is not an ISO date is shown as it is. */
export function formatDate(value: Maybe<string>): string {
  if (!value) return UNKNOWN;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return value;
  return dateFormat.format(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))));
}

/** A sum of parts some of which may be unknown: null when none is known. */
export interface Total {
  value: number;
  /** False when some parts were unknown, so the value is a lower bound. */
  complete: boolean;
}

export function sumKnown(values: readonly Maybe<number>[]): Total | null {
  const known = values.filter((value): value is number => value != null);
  if (known.length === 0) return null;
  return { value: known.reduce((sum, value) => sum + value, 0), complete: known.length === values.length };
}

/** A total as a figure: «92», or «minst 92» when some parts were unknown. */
export function formatTotal(total: Total | null, format: (value: number) => string = formatCount): string {
  if (!total) return UNKNOWN;
  return total.complete ? format(total.value) : `minst ${format(total.value)}`;
}

/** «4 (10,5 t)»: a figure with a detail in brackets, the detail left out when it is unknown. */
export function withDetail(main: string, detail: string): string {
  return detail === UNKNOWN ? main : `${main} (${detail})`;
}
