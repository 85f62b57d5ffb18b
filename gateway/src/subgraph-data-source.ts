import { GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from '@apollo/gateway';
import { GATEWAY_SECRET_HEADER, IDEMPOTENCY_KEY_HEADER } from '@pallnet/subgraph-kit';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { Agent } from 'undici';
import { createSubgraphFetcher, SubgraphFetchInit } from './subgraph-fetcher';
import type { GatewayContext } from './request-context';

type SubgraphResponse = Awaited<ReturnType<RemoteGraphQLDataSource['process']>>;
type FetcherResponse = Awaited<ReturnType<RemoteGraphQLDataSource['fetcher']>>;

/** The `extensions.code` the gateway gives a subgraph's failure. */
export const SubgraphErrorCode = {
  /** Connection refused or reset, DNS failure, or the subgraph answered 502/503/504. */
  UNAVAILABLE: 'SUBGRAPH_UNAVAILABLE',
  /** No complete answer within the subgraph timeout. */
  TIMEOUT: 'SUBGRAPH_TIMEOUT',
  /** Any other non-2xx status, or a body that is not a GraphQL JSON response. */
  BAD_RESPONSE: 'SUBGRAPH_BAD_RESPONSE',
  /** A GraphQL error from the subgraph that carried no code of its own. */
  ERROR: 'SUBGRAPH_ERROR',
} as const;

/** Extensions a subgraph may add in development that must not reach the gateway's clients. */
const PRIVATE_EXTENSIONS = ['stacktrace', 'exception'];

export interface SubgraphDataSourceOptions {
  name: string;
  url: string;
  /** Abort a subgraph request after this long: @apollo/gateway itself waits forever. */
  timeoutMs: number;
  /** Share one request among identical queries in flight at the same moment (see subgraph-fetcher.ts). Default true. */
  deduplicate?: boolean;
  /** Sent in `x-gateway-secret`: the subgraph answers only requests that carry it. */
  gatewaySecret?: string;
  logger?: Pick<Console, 'warn'>;
  /** Told of every fetch when it ends: its duration and the error codes it came back with (metrics). */
  onFetch?: (subgraph: string, seconds: number, errorCodes: string[]) => void;
}

/** A non-2xx answer, kept apart so that it is reported as such rather than as a lost connection. */
class SubgraphHttpError extends GraphQLError {
  constructor(
    readonly status: number,
    readonly statusText: string,
    readonly subgraphMessages: string[],
  ) {
    super(`HTTP ${status} ${statusText}`);
  }
}

function isTimeout(error: unknown): boolean {
  const { name, cause } = error as { name?: string; cause?: { name?: string; code?: string } };
  return name === 'TimeoutError' || cause?.name === 'TimeoutError' || cause?.code === 'UND_ERR_CONNECT_TIMEOUT';
}

/** ECONNREFUSED, ECONNRESET, ENOTFOUND…: what undici's "fetch failed" hides in its cause. */
function networkReason(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error as Error).message ?? String(error);
}

/**
 * Fetches from one subgraph over kept-alive connections, gives up after a timeout, and turns
 * every failure into GraphQL errors that name the subgraph (`extensions.serviceName`) and say
 * what went wrong (`extensions.code`), without stack traces.
 *
 * It returns those errors instead of throwing, so @apollo/gateway nulls only the fields this
 * subgraph owns and keeps every other subgraph's data. It remembers nothing between requests:
 * a subgraph that comes back is used again by the next request.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  readonly serviceName: string;
  readonly timeoutMs: number;
  private readonly gatewaySecret: string | undefined;
  private readonly agent: Agent;
  private readonly logger: Pick<Console, 'warn'>;
  private readonly onFetch: SubgraphDataSourceOptions['onFetch'];

  constructor(options: SubgraphDataSourceOptions) {
    super({ url: options.url });
    this.serviceName = options.name;
    this.timeoutMs = options.timeoutMs;
    this.gatewaySecret = options.gatewaySecret;
    this.logger = options.logger ?? console;
    this.onFetch = options.onFetch;
    // Keep-alive spares a TCP handshake per subgraph fetch. The idle timeout stays below the
    // subgraphs' Node default (5 s) so the gateway never reuses a socket the subgraph is closing.
    this.agent = new Agent({ keepAliveTimeout: 4000, connect: { timeout: options.timeoutMs } });
    const fetcher = createSubgraphFetcher({ agent: this.agent, timeoutMs: this.timeoutMs, deduplicate: options.deduplicate ?? true });
    this.fetcher = async (url, init) => (await fetcher(url, init as SubgraphFetchInit)) as unknown as FetcherResponse;
  }

  /** The subgraph's secret, and the caller's verified token: the subgraph verifies it again. */
  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const headers = request.http!.headers;
    if (this.gatewaySecret !== undefined) headers.set(GATEWAY_SECRET_HEADER, this.gatewaySecret);
    // Requests the gateway makes on its own (no client request) have no context.
    const { authorization, idempotencyKey } = (context as Partial<GatewayContext> | undefined) ?? {};
    if (authorization) headers.set('authorization', authorization);
    if (idempotencyKey) headers.set(IDEMPOTENCY_KEY_HEADER, idempotencyKey);
  }

  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<SubgraphResponse> {
    const started = process.hrtime.bigint();
    const response = await this.fetchAndLabel(options);
    const codes = (response.errors ?? []).map((error) => String(error.extensions?.code ?? SubgraphErrorCode.ERROR));
    this.onFetch?.(this.serviceName, Number(process.hrtime.bigint() - started) / 1e9, codes);
    return response;
  }

  private async fetchAndLabel(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<SubgraphResponse> {
    let response: SubgraphResponse;
    try {
      response = await super.process(options);
    } catch (error) {
      const failure = this.describeFailure(error);
      this.logger.warn(`[gateway] subgraph ${this.serviceName} at ${this.url}: ${failure.extensions.code}: ${failure.message}`);
      return { errors: [failure] };
    }
    if (!response.errors?.length) return response;
    return { ...response, errors: response.errors.map((error) => this.labelSubgraphError(error)) };
  }

  /** Reports a non-2xx answer with the subgraph's own error messages when it sent any. */
  override async errorFromResponse(response: FetcherResponse): Promise<SubgraphHttpError> {
    let messages: string[] = [];
    try {
      const body = (await response.json()) as { errors?: { message?: unknown }[] };
      messages = (body.errors ?? []).map((error) => String(error.message));
    } catch {
      // Not a GraphQL body (a proxy's HTML page, say): the status says enough.
    }
    return new SubgraphHttpError(response.status, response.statusText, messages);
  }

  /** Closes the kept-alive connections. */
  async close(): Promise<void> {
    await this.agent.close();
  }

  private describeFailure(error: unknown): GraphQLFormattedError & { extensions: { code: string; serviceName: string } } {
    const subgraph = `Subgraph "${this.serviceName}"`;
    const failure = (code: string, message: string) => ({ message, extensions: { code, serviceName: this.serviceName } });
    if (isTimeout(error)) {
      return failure(SubgraphErrorCode.TIMEOUT, `${subgraph} did not answer within ${this.timeoutMs} ms`);
    }
    if (error instanceof SubgraphHttpError) {
      const code = [502, 503, 504].includes(error.status) ? SubgraphErrorCode.UNAVAILABLE : SubgraphErrorCode.BAD_RESPONSE;
      const details = error.subgraphMessages.length ? `: ${error.subgraphMessages.join('; ')}` : '';
      return failure(code, `${subgraph} answered ${error.message}${details}`);
    }
    if (error instanceof SyntaxError || /Expected JSON response body/.test((error as Error)?.message ?? '')) {
      return failure(SubgraphErrorCode.BAD_RESPONSE, `${subgraph} did not answer with a GraphQL JSON response`);
    }
    return failure(SubgraphErrorCode.UNAVAILABLE, `${subgraph} is unavailable (${networkReason(error)})`);
  }

  /** A subgraph's own GraphQL error, named after it and without its stack trace. */
  private labelSubgraphError(error: GraphQLFormattedError): GraphQLFormattedError {
    const extensions: Record<string, unknown> = { ...error.extensions };
    for (const key of PRIVATE_EXTENSIONS) delete extensions[key];
    return {
      message: `Subgraph "${this.serviceName}": ${error.message}`,
      path: error.path,
      extensions: { ...extensions, code: extensions.code ?? SubgraphErrorCode.ERROR, serviceName: this.serviceName },
    };
  }
}
