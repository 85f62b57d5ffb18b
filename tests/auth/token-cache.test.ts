import { AuthenticationError, cachingTokenVerifier, createTokenVerifier, TokenKeys, TokenVerifier } from '@pallnet/subgraph-kit';
import { SignJWT } from 'jose';
import { createSecretKey, randomBytes } from 'node:crypto';

/*
 * Verified tokens are trusted again for a short while (packages/subgraph-kit/src/token-cache.ts):
 * never past their own expiry or the cache's time to live, never for a token that was refused.
 */

const secret = randomBytes(32).toString('hex');
const keys: TokenKeys = { secrets: [secret], publicKeys: [], development: false };

function token(expiresInSeconds: number, claims: Record<string, unknown> = { role: 'analyst', sub: 'ada' }): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuedAt(now)
    .setExpirationTime(now + expiresInSeconds)
    .sign(createSecretKey(Buffer.from(secret, 'utf8')));
}

/** The real verifier, counting how often it is asked. */
function countingVerifier(): TokenVerifier & { calls: number } {
  const real = createTokenVerifier(keys);
  const counting = {
    calls: 0,
    verify: (token: string) => real.verify(token),
    viewerOf(authorization: string | undefined) {
      counting.calls += 1;
      return real.viewerOf(authorization);
    },
  };
  return counting;
}

describe('verified tokens are trusted briefly', () => {
  it('verifies a token once within the time to live, and again after it', async () => {
    const inner = countingVerifier();
    let now = Date.now();
    const verifier = cachingTokenVerifier(inner, { ttlMs: 30_000, now: () => now });
    const header = `Bearer ${await token(3600)}`;
    const viewer = { role: 'analyst', region: null, subject: 'ada' };
    expect(await verifier.viewerOf(header)).toEqual(viewer);
    expect(await verifier.viewerOf(header)).toEqual(viewer);
    expect(inner.calls).toBe(1);
    now += 30_001;
    expect(await verifier.viewerOf(header)).toEqual(viewer);
    expect(inner.calls).toBe(2);
  });

  it('never trusts a token past its own expiry', async () => {
    const inner = countingVerifier();
    let now = Date.now();
    const verifier = cachingTokenVerifier(inner, { ttlMs: 60_000, now: () => now });
    const header = `Bearer ${await token(10)}`;
    await verifier.viewerOf(header);
    now += 11_000;
    // Past exp the cache asks the verifier again (which still allows its clock tolerance of 5 s).
    await verifier.viewerOf(header).catch(() => undefined);
    expect(inner.calls).toBe(2);
  });

  it('checks a refused token anew every time and keeps refusing it', async () => {
    const inner = countingVerifier();
    const verifier = cachingTokenVerifier(inner);
    const header = `Bearer ${await token(3600, { role: 'janitor', sub: 'x' })}`;
    await expect(verifier.viewerOf(header)).rejects.toBeInstanceOf(AuthenticationError);
    await expect(verifier.viewerOf(header)).rejects.toBeInstanceOf(AuthenticationError);
    expect(inner.calls).toBe(2);
  });

  it('tells tokens apart and lets anonymous requests through unverified', async () => {
    const verifier = cachingTokenVerifier(countingVerifier());
    const analyst = await verifier.viewerOf(`Bearer ${await token(3600)}`);
    const editor = await verifier.viewerOf(`Bearer ${await token(3600, { role: 'editor', region: 'MIDT', sub: 'ola' })}`);
    expect(analyst).toEqual({ role: 'analyst', region: null, subject: 'ada' });
    expect(editor).toEqual({ role: 'editor', region: 'MIDT', subject: 'ola' });
    expect(await verifier.viewerOf(undefined)).toBeNull();
  });
});
