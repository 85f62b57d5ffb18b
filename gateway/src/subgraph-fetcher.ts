import { STATUS_CODES } from 'node:http';
import { Agent, request, Response } from 'undici';

/** What a subgraph answered, read whole: one answer can be handed to every request that waited for it. */
interface SubgraphAnswer {
  status: number;
  statusText: string;
  headers: Array<[string, string]>;
  body: string;
}

/** The part of a fetch `init` that @apollo/gateway's RemoteGraphQLDataSource passes. */
export interface SubgraphFetchInit {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
}

export interface SubgraphFetcherOptions {
  /** Kept-alive connections to the subgraph. */
  agent: Agent;
  /** The whole exchange, body included, is abandoned after this long (a TimeoutError, as fetch's). */
  timeoutMs: number;
  /** Share one request among identical queries in flight at the same moment. */
  deduplicate: boolean;
}

/** A request body the gateway built for a query (`{"query":"query …` or `{"query":"{ …`), never for a mutation. */
const QUERY_BODY = /^\{"query":"(?:query\b|\{)/;

/**
 * The `fetcher` of the gateway's data sources, fetch-compatible as @apollo/gateway expects, built
 * for speed on the hot path:
 * - undici's `request` rather than its `fetch`: the body goes out in one write with a length and
 *   comes back as one string, about half the CPU per subgraph request of the WHATWG streams;
 * - with `deduplicate`, identical queries in flight at the same moment share one request: when ten
 *   dashboards ask the same thing at once, the subgraph answers once and each gets its own copy.
 *   Only queries are shared, and only when everything is the same (URL, every header, so callers'
 *   tokens, and the body, so query text and variables). Nothing is kept once answered. A mutation
 *   is never shared and starts a new generation, as does its answer: a query sent after a write
 *   was acknowledged never joins one sent before it, so a client reads its own writes.
 */
export function createSubgraphFetcher(options: SubgraphFetcherOptions): (url: string, init?: SubgraphFetchInit) => Promise<Response> {
  const inflight = new Map<string, Promise<SubgraphAnswer>>();
  let generation = 0;
  const send = (url: string, init: SubgraphFetchInit) => sendOnce(url, init, options);

  return async (url, init = {}) => {
    const body = init.body;
    if (!options.deduplicate || body === undefined || !QUERY_BODY.test(body)) {
      generation += 1;
      try {
        return toResponse(await send(url, init));
      } finally {
        generation += 1;
      }
    }
    const key = `${generation}\n${init.method ?? 'POST'} ${url}\n${JSON.stringify(init.headers ?? {})}\n${body}`;
    let shared = inflight.get(key);
    if (!shared) {
      const started = send(url, init);
      shared = started;
      inflight.set(key, started);
      const forget = () => {
        if (inflight.get(key) === started) inflight.delete(key);
      };
      started.then(forget, forget);
    }
    return toResponse(await shared);
  };
}

async function sendOnce(url: string, init: SubgraphFetchInit, options: SubgraphFetcherOptions): Promise<SubgraphAnswer> {
  const signal = AbortSignal.timeout(options.timeoutMs);
  try {
    const response = await request(url, {
      method: (init.method ?? 'POST') as 'POST',
      headers: init.headers,
      body: init.body,
      dispatcher: options.agent,
      signal,
    });
    const text = await response.body.text();
    const headers = Object.entries(response.headers).flatMap(([name, value]) =>
      value === undefined ? [] : Array.isArray(value) ? value.map((one): [string, string] => [name, one]) : [[name, value] as [string, string]],
    );
    return { status: response.statusCode, statusText: STATUS_CODES[response.statusCode] ?? '', headers, body: text };
  } catch (error) {
    // As fetch reports them: the timeout as the signal's TimeoutError, a network failure as
    // "fetch failed" with the system error (ECONNREFUSED, ECONNRESET…) as its cause.
    if (signal.aborted) throw signal.reason;
    throw new TypeError('fetch failed', { cause: error });
  }
}

/** Statuses whose response has no body (a Response with one cannot be built). */
const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);

function toResponse(answer: SubgraphAnswer): Response {
  return new Response(NULL_BODY_STATUSES.has(answer.status) ? null : answer.body, {
    status: answer.status,
    statusText: answer.statusText || undefined,
    headers: answer.headers,
  });
}
