import { generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * What the local provider keeps in its data directory (`.data/identity-provider`, mode 0600), so
 * that its tokens and the web app's sessions survive a restart: its signing keys (an RSA key for
 * ID tokens, an EC P-256 key for access tokens), its cookie keys, the demo accounts' password and
 * the web app's client key pair (private_key_jwt, as HelseID requires).
 */
export interface ProviderSecrets {
  /** Private JWKs, as oidc-provider takes them. */
  signingKeys: Array<Record<string, unknown>>;
  cookieKeys: string[];
  demoPassword: string;
  /** The web app's private JWK: it signs its client assertions with it; the provider holds the public half. */
  clientPrivateKey: Record<string, unknown>;
}

function privateJwk(type: 'rsa' | 'ec', use: string, alg: string): Record<string, unknown> {
  const { privateKey } = type === 'rsa' ? generateKeyPairSync('rsa', { modulusLength: 2048 }) : generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return { ...privateKey.export({ format: 'jwk' }), kid: randomUUID(), use, alg };
}

/** The public half of a private JWK. */
export function publicJwk(jwk: Record<string, unknown>): Record<string, unknown> {
  const { d: _d, p: _p, q: _q, dp: _dp, dq: _dq, qi: _qi, ...rest } = jwk;
  return rest;
}

/** A password that is easy to type and hard to guess: four groups of letters and digits. */
function newPassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  const bytes = randomBytes(16);
  const characters = [...bytes].map((byte) => alphabet[byte % alphabet.length]);
  return [0, 4, 8, 12].map((start) => characters.slice(start, start + 4).join('')).join('-');
}

/** The secrets of this data directory, created on first use. */
export function loadProviderSecrets(dataDir: string): ProviderSecrets {
  const file = path.join(dataDir, 'provider-secrets.json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as ProviderSecrets;
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const secrets: ProviderSecrets = {
    signingKeys: [privateJwk('rsa', 'sig', 'RS256'), privateJwk('ec', 'sig', 'ES256')],
    cookieKeys: [randomBytes(32).toString('base64url')],
    demoPassword: newPassword(),
    clientPrivateKey: privateJwk('ec', 'sig', 'ES256'),
  };
  writeFileSync(file, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return secrets;
}
