import http from 'node:http';

export interface WaitForHealthyOptions {
  /** Stop waiting early (e.g. Ctrl-C, or the service's process exited). */
  signal?: AbortSignal;
  /** Time between polls; default 150 ms. */
  intervalMs?: number;
}

export class HealthTimeoutError extends Error {}

/**
 * One GET of a health endpoint: true on a 2xx answer. Each probe opens its own connection
 * (no keep-alive agent), so polling leaves no idle sockets behind that would keep a process or a
 * test alive after the service stops.
 */
export function isHealthy(url: string, timeoutMs = 2_000): Promise<boolean> {
  return new Promise((resolve) => {
    const request = http.get(url, { agent: false, timeout: timeoutMs, headers: { connection: 'close' } }, (response) => {
      response.resume();
      resolve(response.statusCode !== undefined && response.statusCode >= 200 && response.statusCode < 300);
    });
    request.once('timeout', () => request.destroy());
    request.once('error', () => resolve(false));
  });
}

/**
 * Polls the health URL until it answers 2xx. Rejects with HealthTimeoutError after `timeoutMs`,
 * or with the signal's reason when aborted. Readiness is what the service says, never a sleep.
 */
export async function waitForHealthy(url: string, timeoutMs: number, options: WaitForHealthyOptions = {}): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const intervalMs = options.intervalMs ?? 150;
  for (;;) {
    options.signal?.throwIfAborted();
    const remaining = deadline - Date.now();
    if (await isHealthy(url, Math.max(100, Math.min(2_000, remaining)))) return;
    options.signal?.throwIfAborted();
    if (Date.now() + intervalMs > deadline) {
      throw new HealthTimeoutError(`${url} did not answer healthy within ${Math.round(timeoutMs / 1000)} s`);
    }
    await delay(intervalMs, options.signal);
  }
}

/** A timer that an abort signal cuts short (rejecting with the signal's reason). */
export function delay(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
