/** One request of a stream: when it was sent and what came back. */
export interface StreamedRequest<T> {
  index: number;
  /** What the test said was going on when the request was sent (e.g. 'before', 'down', 'after'). */
  phase: string;
  value?: T;
  error?: unknown;
}

export interface RequestStream<T> {
  /** Every request sent so far; settled ones have a value or an error. */
  readonly requests: ReadonlyArray<StreamedRequest<T>>;
  /** Marks the requests sent from now on. */
  setPhase(phase: string): void;
  /** Resolves once `count` requests sent in `phase` have settled (rejects when the stream ends first). */
  settled(phase: string, count: number): Promise<void>;
  /** Sends no more requests and resolves once every sent one has settled. */
  stop(): Promise<Array<StreamedRequest<T>>>;
}

/**
 * A bounded stream of requests: `concurrency` workers send one after another until the stream is
 * stopped, and in any case no more than `maxRequests` in all and for no longer than `maxMs`.
 */
export function startRequestStream<T>(
  send: (index: number) => Promise<T>,
  limits: { concurrency: number; maxRequests: number; maxMs: number },
): RequestStream<T> {
  const requests: Array<StreamedRequest<T>> = [];
  const deadline = Date.now() + limits.maxMs;
  let phase = 'start';
  let stopped = false;
  let ended = false;
  const waiters: Array<() => void> = [];
  const notify = () => waiters.splice(0).forEach((wake) => wake());

  const worker = async () => {
    while (!stopped && requests.length < limits.maxRequests && Date.now() < deadline) {
      const request: StreamedRequest<T> = { index: requests.length, phase };
      requests.push(request);
      try {
        request.value = await send(request.index);
      } catch (error) {
        request.error = error;
      }
      notify();
    }
  };
  const workers = Promise.all(Array.from({ length: limits.concurrency }, worker)).then(() => {
    ended = true;
    notify();
  });

  const settledIn = (wanted: string) => requests.filter((request) => request.phase === wanted && ('value' in request || 'error' in request)).length;
  return {
    requests,
    setPhase(next) {
      phase = next;
    },
    async settled(wanted, count) {
      while (settledIn(wanted) < count) {
        if (ended) throw new Error(`the request stream ended with ${settledIn(wanted)} of ${count} requests settled in phase "${wanted}"`);
        await new Promise<void>((wake) => waiters.push(wake));
      }
    },
    async stop() {
      stopped = true;
      await workers;
      return requests;
    },
  };
}
