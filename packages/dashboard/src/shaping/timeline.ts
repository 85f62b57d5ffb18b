import type { EventKind } from '../generated/graphql';
import { formatDate } from './format';

/** What the timeline needs of an event (Network.events). */
export interface EventInput {
  kind: EventKind;
  title: string;
  date: string | null;
  year: number | null;
  period: string | null;
  hours: number | null;
  participants: number | null;
  form: string | null;
  location: string | null;
  unit: { id: string; name: string } | null;
}

export interface TimelineEntry extends EventInput {
  /** When, as a reader wants it: the date, else the source's own words, else that it is unknown. */
  when: string;
}

export interface TimelineYear {
  /** Null for events whose year is not known. */
  year: number | null;
  entries: TimelineEntry[];
}

/**
 * Events on a timeline: grouped by year, oldest first; within a year in order of time as far as
 * it is known: a date, else the month or season the source's words name ('mars 2021', 'våren
 * 2021'), and events known only by their year last. Ties keep the source's order. Events of no
 * known year come last.
 */
export function timeline(events: readonly EventInput[]): TimelineYear[] {
  const byYear = new Map<number | null, { event: EventInput; index: number; order: number }[]>();
  events.forEach((event, index) => {
    const year = event.year ?? (event.date ? Number(event.date.slice(0, 4)) : null);
    byYear.set(year, [...(byYear.get(year) ?? []), { event, index, order: orderInYear(event) }]);
  });
  const years = [...byYear.keys()].sort((a, b) => (a === null ? 1 : b === null ? -1 : a - b));
  return years.map((year) => ({
    year,
    entries: byYear
      .get(year)!
      .sort((a, b) => a.order - b.order || a.index - b.index)
      .map(({ event }) => ({ ...event, when: whenOf(event) })),
  }));
}

const MONTHS: [RegExp, number][] = [
  [/\bjan(uar)?\b/, 1],
  [/\bfeb(ruar)?\b/, 2],
  [/\bmars\b/, 3],
  [/\bapril\b/, 4],
  [/\bmai\b/, 5],
  [/\bjuni\b/, 6],
  [/\bjuli\b/, 7],
  [/\baug(ust)?\b/, 8],
  [/\bsept?(ember)?\b/, 9],
  [/\bokt(ober)?\b/, 10],
  [/\bnov(ember)?\b/, 11],
  [/\bdes(ember)?\b/, 12],
  // Seasons, at their middle month.
  [/\bvår(en)?\b/, 4],
  [/\bsommer(en)?\b/, 7],
  [/\bhøst(en)?\b/, 10],
];

/** The month a source's words for a time name, if any: 'mars 2021' → 3, 'høsten 2021' → 10. */
export function monthOfPeriod(period: string): number | null {
  const text = period.toLowerCase();
  return MONTHS.find(([pattern]) => pattern.test(text))?.[1] ?? null;
}

/** A position within the year: month and day from a date, mid-month from words, else after everything. */
function orderInYear(event: EventInput): number {
  if (event.date) return Number(event.date.slice(5, 7)) * 100 + Number(event.date.slice(8, 10));
  const month = event.period ? monthOfPeriod(event.period) : null;
  return month === null ? 13 * 100 : month * 100 + 15;
}

function whenOf(event: EventInput): string {
  if (event.date) return formatDate(event.date);
  if (event.period) return event.period;
  return event.year ? `i ${event.year}, dato ukjent` : 'Tid ukjent';
}
