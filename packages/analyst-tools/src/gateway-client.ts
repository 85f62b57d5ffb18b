/** Where the tools look for the national schema unless --gateway says otherwise. */
export const DEFAULT_GATEWAY_URL = 'http://localhost:4000/graphql';

/** How long one request may take; the gateway itself gives each region 5 s by default. */
const REQUEST_TIMEOUT_MS = 60_000;

export interface GraphQLError {
  message: string;
  path?: Array<string | number>;
  extensions?: { code?: string; serviceName?: string; [key: string]: unknown };
}

export interface GatewayResponse<TData> {
  data: TData | null;
  errors: GraphQLError[];
}

/**
 * A failure meant for the user as it is: one line, no stack trace. `exitCode` 2 is a usage
 * error (bad option), 1 everything else.
 */
export class ToolError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(message);
    this.name = 'ToolError';
  }
}

/** Posts one operation to the gateway. GraphQL errors come back in the response; transport failures throw a ToolError. */
export async function queryGateway<TData>(gatewayUrl: string, query: string, variables: Record<string, unknown>): Promise<GatewayResponse<TData>> {
  let response: Response;
  try {
    response = await fetch(gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'TimeoutError') throw new ToolError(`The gateway at ${gatewayUrl} did not answer within ${REQUEST_TIMEOUT_MS / 1000} s.`);
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const reason = cause?.code ?? cause?.message ?? (error as Error).message;
    throw new ToolError(`Cannot reach the gateway at ${gatewayUrl} (${reason}). Is the system running (npm start)? Otherwise give its address with --gateway.`);
  }
  const text = await response.text();
  let body: { data?: TData | null; errors?: GraphQLError[] } | undefined;
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    body = undefined;
  }
  if (!body || typeof body !== 'object' || (!('data' in body) && !Array.isArray(body.errors))) {
    throw new ToolError(`The gateway at ${gatewayUrl} answered HTTP ${response.status} without a GraphQL response; is that the gateway's /graphql address?`);
  }
  return { data: body.data ?? null, errors: body.errors ?? [] };
}

/** The regions (subgraphs) that failed, by the serviceName the gateway puts on their errors, with their first message. */
export function failedServices(errors: GraphQLError[]): Map<string, string> {
  const failed = new Map<string, string>();
  for (const error of errors) {
    const service = error.extensions?.serviceName;
    if (typeof service === 'string' && !failed.has(service)) failed.set(service, error.message);
  }
  return failed;
}

/** The errors not tied to one failed region. */
export function otherErrors(errors: GraphQLError[]): GraphQLError[] {
  return errors.filter((error) => typeof error.extensions?.serviceName !== 'string');
}
