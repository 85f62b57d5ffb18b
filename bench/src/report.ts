/** Plain-text tables for the terminal. */
export function table(headers: string[], rows: Array<Array<string | number>>): string {
  const cells = [headers, ...rows.map((row) => row.map((cell) => (typeof cell === 'number' ? formatNumber(cell) : cell)))];
  const widths = headers.map((_, column) => Math.max(...cells.map((row) => String(row[column] ?? '').length)));
  const line = (row: Array<string | number>) =>
    row.map((cell, column) => (column === 0 ? String(cell).padEnd(widths[column]) : String(cell).padStart(widths[column]))).join('  ');
  return [line(cells[0]), widths.map((width) => '-'.repeat(width)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return '-';
  if (Number.isInteger(value)) return String(value);
  return value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2);
}

/** What the warm-up did (main.ts, Bench.warmUp): each gateway's throughput, window by window. */
export interface WarmUp {
  windowSeconds: number;
  rounds: number;
  settled: boolean;
  gateways: Array<{ gateway: string; sharing: boolean; requestsPerSecond: number[]; failures: number }>;
}

/** One line: how long the warm-up took, and each gateway's throughput window by window. */
export function describeWarmUp(warmUp: WarmUp): string {
  const each = warmUp.gateways
    .map((g) => `${g.gateway} (sharing ${g.sharing ? 'on' : 'off'}) ${g.requestsPerSecond.join(' → ')}${g.failures ? ` (${g.failures} failures)` : ''}`)
    .join('; ');
  return `Warm-up (every operation in turn, concurrency 10, ${warmUp.windowSeconds}-s windows taking turns, ${warmUp.rounds} rounds, ${warmUp.settled ? 'settled: no gateway rising more than 5 % above its best earlier window' : 'NOT settled: still rising at the last round'}), req/s: ${each}.`;
}

/** Resident memory by process, in MiB, as one phrase. */
export function describeMemory(rssMiB: Record<string, number>): string {
  return Object.entries(rssMiB)
    .map(([name, mib]) => `${name} ${mib} MiB`)
    .join(', ');
}
