import { Agent, request } from 'undici';
import type { PreparedRequest } from './http-client';

/*
 * The load generators. Every response is read whole and checked: a status other than 200, a
 * body that is not JSON, or an `errors` entry in a 200 answer is a failure, counted and reported,
 * and its time is not a latency sample.
 */

export interface LoadRun {
  /** Latency of each successful response, ms. */
  latencies: number[];
  failures: number;
  /** The first few failures, as the gateway worded them. */
  failureExamples: string[];
  seconds: number;
}

export class LoadClient {
  private readonly agent: Agent;

  constructor(connections: number) {
    this.agent = new Agent({ connections, keepAliveTimeout: 10_000, pipelining: 1 });
  }

  /** One request: its time in ms, or the reason it failed. */
  async send(prepared: PreparedRequest): Promise<{ ms: number; failure?: string }> {
    const started = process.hrtime.bigint();
    try {
      const response = await request(prepared.url, {
        method: 'POST',
        dispatcher: this.agent,
        headers: prepared.headers,
        body: prepared.body,
        headersTimeout: 30_000,
        bodyTimeout: 30_000,
      });
      const body = await response.body.text();
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      if (response.statusCode !== 200) return { ms, failure: `HTTP ${response.statusCode}: ${body.slice(0, 200)}` };
      // A 200 carrying errors is a failure too (a region down, a refused token): only the first bytes need parsing for that.
      if (body.includes('"errors"')) {
        const parsed = JSON.parse(body) as { errors?: Array<{ message: string }> };
        if (parsed.errors?.length)
          return {
            ms,
            failure: `errors: ${parsed.errors
              .map((error) => error.message)
              .join('; ')
              .slice(0, 200)}`,
          };
      }
      return { ms };
    } catch (error) {
      return { ms: Number(process.hrtime.bigint() - started) / 1e6, failure: (error as Error).message };
    }
  }

  close(): Promise<void> {
    return this.agent.close();
  }
}

function record(run: LoadRun, outcome: { ms: number; failure?: string }): void {
  if (outcome.failure === undefined) run.latencies.push(outcome.ms);
  else {
    run.failures += 1;
    if (run.failureExamples.length < 3) run.failureExamples.push(outcome.failure);
  }
}

/**
 * Closed loop: `connections` workers each send the next request of the pool as soon as their last
 * one is answered, until at least `minSamples` answers and `minSeconds` have passed.
 */
export async function closedLoop(
  client: LoadClient,
  pool: PreparedRequest[],
  connections: number,
  limits: { minSamples: number; minSeconds: number; maxSeconds?: number },
): Promise<LoadRun> {
  const run: LoadRun = { latencies: [], failures: 0, failureExamples: [], seconds: 0 };
  const started = process.hrtime.bigint();
  const elapsed = () => Number(process.hrtime.bigint() - started) / 1e9;
  let next = 0;
  const done = () => {
    const seconds = elapsed();
    if (limits.maxSeconds !== undefined && seconds >= limits.maxSeconds) return true;
    return run.latencies.length + run.failures >= limits.minSamples && seconds >= limits.minSeconds;
  };
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (!done()) record(run, await client.send(pool[next++ % pool.length]));
    }),
  );
  run.seconds = elapsed();
  return run;
}

export interface OpenLoopRun extends LoadRun {
  offeredPerSecond: number;
  /** Requests that could not be sent on time because `maxInFlight` were already waiting. */
  dropped: number;
  maxInFlight: number;
}

/**
 * Open loop at a fixed arrival rate: a request is due every 1/rate seconds whatever happened to
 * the earlier ones. Latency counts from when a request was due, not from when it was sent, so a
 * queue in front of a saturated system shows in the figures (no coordinated omission). At most
 * `maxInFlight` requests wait at once (the concurrency limit); a due request beyond that is
 * dropped and counted.
 */
export async function openLoop(client: LoadClient, pool: PreparedRequest[], ratePerSecond: number, seconds: number, maxInFlight: number): Promise<OpenLoopRun> {
  const run: OpenLoopRun = { latencies: [], failures: 0, failureExamples: [], seconds, offeredPerSecond: ratePerSecond, dropped: 0, maxInFlight: 0 };
  const total = Math.round(ratePerSecond * seconds);
  const intervalNs = 1e9 / ratePerSecond;
  const started = process.hrtime.bigint();
  const pending = new Set<Promise<void>>();
  for (let index = 0; index < total; index++) {
    const due = started + BigInt(Math.round(index * intervalNs));
    const wait = Number(due - process.hrtime.bigint()) / 1e6;
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    if (pending.size >= maxInFlight) {
      run.dropped += 1;
      continue;
    }
    const sent = client.send(pool[index % pool.length]).then((outcome) => {
      // From when it was due: the time it waited for the generator counts as the system's.
      const ms = Number(process.hrtime.bigint() - due) / 1e6;
      record(run, { ...outcome, ms });
      pending.delete(sent);
    });
    pending.add(sent);
    run.maxInFlight = Math.max(run.maxInFlight, pending.size);
  }
  await Promise.all(pending);
  run.seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return run;
}
