/** The first year the year picker offers: before it no network here has reported. */
export const FIRST_YEAR = 2010;

/** The latest year any network has an event in, or null. */
export function latestActiveYear(networks: readonly ({ events: readonly { year: number | null; date: string | null }[] } | null)[]): number | null {
  let latest: number | null = null;
  for (const network of networks) {
    for (const event of network?.events ?? []) {
      const year = event.year ?? (event.date ? Number(event.date.slice(0, 4)) : null);
      if (year !== null && (latest === null || year > latest)) latest = year;
    }
  }
  return latest;
}

/** The year to open on: the latest with activity, else last year (the last one reported on). */
export function defaultYear(latestActive: number | null, today: Date): number {
  return latestActive ?? today.getFullYear() - 1;
}

/** The years the picker offers, newest first. */
export function yearOptions(today: Date): number[] {
  const years: number[] = [];
  for (let year = today.getFullYear(); year >= FIRST_YEAR; year--) years.push(year);
  return years;
}
