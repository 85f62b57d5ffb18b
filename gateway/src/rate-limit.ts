import type { TokenVerifier } from '@pallnet/subgraph-kit';
import type { Request, RequestHandler } from 'express';

/** How many requests one client may make: a steady rate, and a burst above it. */
export interface RateLimit {
  /** Requests per minute, refilled continuously. */
  perMinute: number;
  /** Requests a client may make at once before the rate applies. */
  burst: number;
}

/** Generous for a person with a dashboard or an analyst's script, far below what takes a region down. */
export const DEFAULT_RATE_LIMIT: RateLimit = { perMinute: 600, burst: 120 };

interface Bucket {
  tokens: number;
  updatedAt: number;
}

/**
 * Who a request counts against: the verified token's subject, else the client's address. A
 * token that does not verify counts against the address, so made-up subjects buy nothing.
 */
async function clientKeyOf(req: Request, tokens: TokenVerifier): Promise<string> {
  try {
    const viewer = await tokens.viewerOf(req.headers.authorization);
    if (viewer) return `subject:${viewer.subject}`;
  } catch {
    // The GraphQL endpoint refuses the token with UNAUTHENTICATED; here it only picks the bucket.
  }
  return `address:${req.socket.remoteAddress ?? 'unknown'}`;
}

/**
 * Per-client token buckets in the gateway's memory (each gateway instance counts its own
 * clients). A client over its limit gets HTTP 429 with `Retry-After` (whole seconds) and a
 * GraphQL-shaped body (`extensions.code: RATE_LIMITED`); nothing reaches a subgraph.
 */
export function rateLimiter(limit: RateLimit, tokens: TokenVerifier, now: () => number = Date.now): RequestHandler & { stop(): void } {
  const buckets = new Map<string, Bucket>();
  const perMs = limit.perMinute / 60000;
  // Full buckets carry no information: drop them now and then, so memory follows active clients.
  const sweep = setInterval(() => {
    const at = now();
    for (const [key, bucket] of buckets) if (bucket.tokens + (at - bucket.updatedAt) * perMs >= limit.burst) buckets.delete(key);
  }, 60000);
  sweep.unref();

  const handler: RequestHandler = (req, res, next) => {
    clientKeyOf(req, tokens).then((key) => {
      const at = now();
      const bucket = buckets.get(key) ?? { tokens: limit.burst, updatedAt: at };
      bucket.tokens = Math.min(limit.burst, bucket.tokens + (at - bucket.updatedAt) * perMs);
      bucket.updatedAt = at;
      buckets.set(key, bucket);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        next();
        return;
      }
      const retryAfterSeconds = Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000));
      res
        .status(429)
        .set('Retry-After', String(retryAfterSeconds))
        .json({
          errors: [
            {
              message: `Too many requests: at most ${limit.perMinute} a minute (bursts of ${limit.burst}); try again in ${retryAfterSeconds} s`,
              extensions: { code: 'RATE_LIMITED', retryAfterSeconds },
            },
          ],
        });
    }, next);
  };
  return Object.assign(handler, { stop: () => clearInterval(sweep) });
}
