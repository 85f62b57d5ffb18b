import { readTokenKeys, signToken, TokenRequest } from '@pallnet/subgraph-kit';
import { JWTPayload, SignJWT } from 'jose';
import { createSecretKey } from 'node:crypto';

/*
 * Real tokens for tests, signed with the keys the services under test verify with: the test
 * process's environment, where the global setup allows the public development key
 * (ALLOW_PUBLIC_DEVELOPMENT_KEY=true) and nothing else is configured. For a signed-in browser
 * session through the web app and the local OpenID provider, see ./session (signInAs).
 */

/** A token the services accept, made as `npm run token` makes it (subject defaults to "test-<role>"). */
export function tokenFor(request: Omit<TokenRequest, 'subject'> & { subject?: string }): Promise<string> {
  return signToken(readTokenKeys(), { subject: `test-${request.role}`, ...request });
}

/** The Authorization header for `tokenFor(request)`: pass it as postGraphQL/queryOk headers. */
export async function bearer(request: Omit<TokenRequest, 'subject'> & { subject?: string }): Promise<Record<string, string>> {
  return { authorization: `Bearer ${await tokenFor(request)}` };
}

/**
 * A token with exactly these claims, for the ones the services must refuse (unknown role, no
 * region, no expiry…). Signed with the services' HS256 secret unless another `secret` is given;
 * `expiresIn: null` leaves `exp` out.
 */
export function rawToken(claims: JWTPayload, options: { secret?: string; expiresIn?: string | null } = {}): Promise<string> {
  const jwt = new SignJWT(claims).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).setIssuedAt();
  if (options.expiresIn !== null) jwt.setExpirationTime(options.expiresIn ?? '1h');
  return jwt.sign(createSecretKey(Buffer.from(options.secret ?? readTokenKeys().secrets[0], 'utf8')));
}
