import { decodeJwt } from 'jose';
import { createHash } from 'node:crypto';
import type { Viewer } from './auth';
import type { TokenVerifier } from './tokens';

/*
 * Verified tokens, remembered briefly. The gateway and every subgraph verify each request's token
 * (a signature check, and for the gateway a second parse), although a user sends the same token
 * with request after request. A token verified once is trusted again until the earlier of its own
 * expiry and `ttlMs`, keyed by a SHA-256 of the whole Authorization header (so the cache holds no
 * token). Refused tokens are not remembered: each is checked and refused anew.
 */

export interface VerifiedTokenCacheOptions {
  /** How long a verified token is trusted without a new check; short, so a rotated-out key stops working soon. */
  ttlMs?: number;
  /** At most this many tokens; when full, the cache starts over. */
  maxEntries?: number;
  now?: () => number;
}

export function cachingTokenVerifier(verifier: TokenVerifier, options: VerifiedTokenCacheOptions = {}): TokenVerifier {
  const ttlMs = options.ttlMs ?? 30_000;
  const maxEntries = options.maxEntries ?? 10_000;
  const now = options.now ?? Date.now;
  const verified = new Map<string, { viewer: Viewer; until: number }>();
  return {
    verify: (token) => verifier.verify(token),
    async viewerOf(authorization) {
      if (authorization === undefined || authorization.trim() === '') return verifier.viewerOf(authorization);
      const key = createHash('sha256').update(authorization).digest('base64');
      const cached = verified.get(key);
      const time = now();
      if (cached && cached.until > time) return cached.viewer;
      const viewer = await verifier.viewerOf(authorization);
      if (viewer) {
        const expiresAt = Number(decodeJwt(authorization.trim().replace(/^Bearer +/i, '')).exp) * 1000;
        if (verified.size >= maxEntries) verified.clear();
        verified.set(key, { viewer, until: Math.min(time + ttlMs, Number.isFinite(expiresAt) ? expiresAt : time) });
      }
      return viewer;
    },
  };
}
