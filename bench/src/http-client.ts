import { Agent, request } from 'undici';

/** A pre-serialised GraphQL POST: the body is built once, outside any timing. */
export interface PreparedRequest {
  url: string;
  body: string;
  headers: Record<string, string>;
}

export function prepareRequest(
  url: string,
  payload: { query: string; variables?: Record<string, unknown> },
  headers: Record<string, string> = {},
): PreparedRequest {
  return { url, body: JSON.stringify(payload), headers: { 'content-type': 'application/json', ...headers } };
}

/**
 * The one HTTP client of every precise measurement, gateway and subgraphs alike, so the overhead
 * ratio compares like with like: undici over kept-alive connections, as the gateway uses.
 */
export class BenchClient {
  private readonly agent: Agent;

  constructor(options: { keepAlive?: boolean } = {}) {
    // Without keep-alive every request opens and closes its own connection (the ablation).
    this.agent = new Agent(options.keepAlive === false ? { pipelining: 0 } : { keepAliveTimeout: 4_000 });
  }

  /** Sends the request and reads the whole body; returns the time that took, in milliseconds. */
  async time(prepared: PreparedRequest): Promise<{ ms: number; status: number; body: string }> {
    const started = process.hrtime.bigint();
    const response = await request(prepared.url, {
      method: 'POST',
      dispatcher: this.agent,
      headers: prepared.headers,
      body: prepared.body,
      headersTimeout: 30_000,
      bodyTimeout: 30_000,
    });
    const body = await response.body.text();
    return { ms: Number(process.hrtime.bigint() - started) / 1e6, status: response.statusCode, body };
  }

  /** Sends and returns the parsed GraphQL answer, failing on a non-200 status or any GraphQL error. */
  async graphql(prepared: PreparedRequest): Promise<{ data: any; ms: number; bytes: number }> {
    const { ms, status, body } = await this.time(prepared);
    const parsed = JSON.parse(body) as { data?: unknown; errors?: Array<{ message: string }> };
    if (status !== 200 || parsed.errors?.length) {
      throw new Error(`${prepared.url} answered ${status}: ${parsed.errors?.map((error) => error.message).join('; ') ?? body.slice(0, 300)}`);
    }
    return { data: parsed.data, ms, bytes: Buffer.byteLength(body) };
  }

  close(): Promise<void> {
    return this.agent.close();
  }
}
