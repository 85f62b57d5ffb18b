import { percentile, round } from './measure';

/** A figure measured in several repeats: their median and their spread (lowest, highest). */
export interface Repeated {
  median: number;
  min: number;
  max: number;
  values: number[];
}

export function repeated(values: number[], digits = 2): Repeated {
  const finite = values.filter((value) => Number.isFinite(value));
  return {
    median: round(percentile(finite, 0.5), digits),
    min: round(Math.min(...finite), digits),
    max: round(Math.max(...finite), digits),
    values: values.map((value) => round(value, digits)),
  };
}

/** "median (min–max)" for the printed tables. */
export function spread(figure: Repeated | undefined): string {
  if (!figure) return '–';
  return figure.min === figure.max ? `${figure.median}` : `${figure.median} (${figure.min}–${figure.max})`;
}
