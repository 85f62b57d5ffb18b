import type { ExpressContextFunctionArgument } from '@as-integrations/express5';
import type { TokenVerifier, Viewer } from '@pallnet/subgraph-kit';

/** What the gateway knows of a request: who is asking, and the token that says so, for the subgraphs. */
export interface GatewayContext {
  viewer: Viewer | null;
  /** The verified `Authorization` header, forwarded to every subgraph, which verifies it again. */
  authorization: string | undefined;
  /** The client's Idempotency-Key, passed on to the subgraphs, which keep it with the change. */
  idempotencyKey?: string;
}

/**
 * Verifies the caller's token before anything else happens: a bad token fails the request with
 * UNAUTHENTICATED (HTTP 401) and no subgraph is asked anything.
 */
export function gatewayContext(tokens: TokenVerifier) {
  return async ({ req }: ExpressContextFunctionArgument): Promise<GatewayContext> => {
    const authorization = req.headers.authorization;
    const viewer = await tokens.viewerOf(authorization);
    const idempotencyKey = req.headers['idempotency-key'];
    return { viewer, authorization: viewer ? authorization : undefined, ...(typeof idempotencyKey === 'string' ? { idempotencyKey } : {}) };
  };
}
