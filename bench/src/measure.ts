import autocannon from 'autocannon';
import type { PreparedRequest } from './http-client';

export interface LatencyFigures {
  p50: number;
  p95: number;
  p99: number;
}

export interface LoadFigures extends LatencyFigures {
  connections: number;
  requestsPerSecond: number;
  requests: number;
  durationSeconds: number;
  /** Non-2xx answers and connection errors; any makes the figures suspect, so they are reported. */
  failures: number;
}

/** The value below which the given share of the sorted samples lies (nearest rank). */
export function percentile(samples: number[], share: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1))];
}

export function latencyFigures(samples: number[]): LatencyFigures {
  return { p50: percentile(samples, 0.5), p95: percentile(samples, 0.95), p99: percentile(samples, 0.99) };
}

/**
 * Runs `sample` again and again, at most `maxCount` times and for at most `maxMs`
 * (at least `minCount` times whatever the time), and returns what each run returned.
 */
export async function repeat<T>(sample: (index: number) => Promise<T>, limits: { maxCount: number; maxMs: number; minCount?: number }): Promise<T[]> {
  const results: T[] = [];
  const deadline = Date.now() + limits.maxMs;
  for (let index = 0; index < limits.maxCount; index++) {
    if (index >= (limits.minCount ?? 1) && Date.now() >= deadline) break;
    results.push(await sample(index));
  }
  return results;
}

/**
 * Load from autocannon over `connections` kept-alive connections, `durationSeconds` for each
 * target: throughput, and latency percentiles from every response's own time (autocannon's
 * histogram keeps whole milliseconds and has no p95). The targets take turns in `rounds` slices,
 * so a burst of background work on the machine hits each of them alike.
 */
export async function loadInTurns(targets: PreparedRequest[], connections: number, durationSeconds: number, rounds: number): Promise<LoadFigures[]> {
  const slice = durationSeconds / rounds;
  const runs = targets.map(() => ({ latencies: [] as number[], failures: 0, seconds: 0 }));
  for (let round = 0; round < rounds; round++) {
    for (const [index, target] of targets.entries()) {
      // Timed here: autocannon may run a slice longer than asked (it counts whole seconds).
      const started = process.hrtime.bigint();
      const result = await runAutocannon(target, connections, slice, runs[index].latencies);
      runs[index].seconds += Number(process.hrtime.bigint() - started) / 1e9;
      runs[index].failures += result.non2xx + result.errors + result.timeouts;
    }
  }
  return runs.map(({ latencies, failures, seconds }) => ({
    connections,
    requestsPerSecond: round(latencies.length / seconds, 1),
    requests: latencies.length,
    durationSeconds: round(seconds, 1),
    ...roundLatencies(latencyFigures(latencies)),
    failures,
  }));
}

function runAutocannon(prepared: PreparedRequest, connections: number, seconds: number, latencies: number[]): Promise<autocannon.Result> {
  return new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: prepared.url,
        method: 'POST',
        headers: prepared.headers,
        body: prepared.body,
        connections,
        duration: seconds,
        // A slow request counts as slow, not as lost.
        timeout: 30,
      },
      (error, finished) => (error ? reject(error) : resolve(finished)),
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode === 200) latencies.push(responseTime);
    });
  });
}

export function roundLatencies(figures: LatencyFigures): LatencyFigures {
  return { p50: round(figures.p50), p95: round(figures.p95), p99: round(figures.p99) };
}

export function round(value: number, digits = 2): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
