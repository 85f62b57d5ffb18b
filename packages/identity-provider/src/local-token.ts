import { importJWK, KeyLike, SignJWT } from 'jose';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { LOCAL_GATEWAY_AUDIENCE } from './client';
import { loadProviderSecrets } from './keys';

/**
 * An access token as the local provider issues it (its ES256 key from its data directory, its
 * issuer, the gateway's audience), for `npm run token` on a developer's machine: the services
 * `npm start` runs accept it like a signed-in user's. Whoever can read `.data/` can do this;
 * that is the local provider's nature, and why it never runs in production.
 */
export async function signLocalAccessToken(options: {
  dataDir: string;
  issuer: string;
  subject: string;
  claims: { role: string; region?: string };
  expiresIn: string;
}): Promise<string> {
  if (!existsSync(path.join(options.dataDir, 'provider-secrets.json'))) {
    throw new Error(`No local identity provider in ${options.dataDir}: run npm start once, or set JWT_SECRET`);
  }
  const key = loadProviderSecrets(options.dataDir).signingKeys.find((jwk) => jwk.alg === 'ES256')!;
  return new SignJWT({ ...options.claims, client_id: 'npm-run-token' })
    .setProtectedHeader({ alg: 'ES256', kid: key.kid as string, typ: 'at+jwt' })
    .setIssuer(options.issuer)
    .setAudience(LOCAL_GATEWAY_AUDIENCE)
    .setSubject(options.subject)
    .setIssuedAt()
    .setExpirationTime(options.expiresIn)
    .sign((await importJWK(key as never, 'ES256')) as KeyLike);
}
