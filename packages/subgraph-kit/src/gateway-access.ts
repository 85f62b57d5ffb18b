import type { RequestHandler } from 'express';
import { createHash, timingSafeEqual } from 'node:crypto';

/*
 * Subgraphs answer GraphQL only to the gateway: it sends each subgraph that subgraph's own secret
 * in a header, and the subgraph compares it in constant time. Health endpoints stay open.
 */

export const GATEWAY_SECRET_HEADER = 'x-gateway-secret';
/** Shorter secrets can be guessed; `npm start` generates 64 hex characters. */
export const MIN_GATEWAY_SECRET_LENGTH = 16;

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

/**
 * A check of presented secrets against this one. Both sides are hashed first, so the comparison
 * takes the same time whatever was presented, including its length.
 */
export function gatewaySecretCheck(secret: string): (presented: string | undefined) => boolean {
  const expected = digest(secret);
  return (presented) => presented !== undefined && timingSafeEqual(digest(presented), expected);
}

/** Refuses a request without the gateway's secret: 403 with a GraphQL error, before the body is read. */
export function requireGatewaySecret(secret: string): RequestHandler {
  const matches = gatewaySecretCheck(secret);
  return (req, res, next) => {
    if (matches(req.get(GATEWAY_SECRET_HEADER))) {
      next();
      return;
    }
    res.status(403).json({
      errors: [
        {
          message: `Only the gateway may query this subgraph: the ${GATEWAY_SECRET_HEADER} header is missing or wrong`,
          extensions: { code: 'FORBIDDEN' },
        },
      ],
    });
  };
}
