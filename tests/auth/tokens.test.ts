import {
  ConfigurationError,
  createTokenVerifier,
  DEVELOPMENT_JWT_SECRET,
  readTokenKeys,
  signToken,
  TokenKeys,
} from '@pallnet/subgraph-kit';
import { SignJWT } from 'jose';
import { createSecretKey, generateKeyPairSync, KeyObject, randomBytes } from 'node:crypto';

/*
 * The token rules the gateway and every subgraph share (packages/subgraph-kit/src/tokens.ts),
 * for what the HTTP tests do not reach: key rotation, identity-provider keys, issuer and
 * audience, and configuration read from the environment.
 */

const secret = () => randomBytes(32).toString('hex');
const hsKeys = (...secrets: string[]): TokenKeys => ({ secrets, publicKeys: [], development: false });
const CLAIMS = { role: 'editor', region: 'SOR_OST', sub: 'nora' };

function signWith(key: KeyObject, alg: string, claims: Record<string, unknown> = CLAIMS, configure: (jwt: SignJWT) => SignJWT = (jwt) => jwt) {
  return configure(new SignJWT(claims).setProtectedHeader({ alg }).setIssuedAt().setExpirationTime('5m')).sign(key);
}

describe('key rotation', () => {
  it('accepts tokens of the current and the previous secrets, and none signed with a retired one', async () => {
    const [current, previous, retired] = [secret(), secret(), secret()];
    const verifier = createTokenVerifier(hsKeys(current, previous));
    const viewer = { role: 'editor', region: 'SOR_OST', subject: 'nora' };
    await expect(verifier.viewerOf(`Bearer ${await signToken(hsKeys(current), { role: 'editor', region: 'SOR_OST', subject: 'nora' })}`)).resolves.toEqual(viewer);
    await expect(verifier.viewerOf(`Bearer ${await signToken(hsKeys(previous), { role: 'editor', region: 'SOR_OST', subject: 'nora' })}`)).resolves.toEqual(viewer);
    await expect(verifier.viewerOf(`Bearer ${await signToken(hsKeys(retired), { role: 'editor', region: 'SOR_OST', subject: 'nora' })}`)).rejects.toThrow(
      'Invalid token: its signature does not match any configured key',
    );
  });

  it('signs with the current secret only', async () => {
    const [current, previous] = [secret(), secret()];
    const token = await signToken(hsKeys(current, previous), { role: 'analyst', subject: 'ola' });
    await expect(createTokenVerifier(hsKeys(current)).viewerOf(`Bearer ${token}`)).resolves.toMatchObject({ role: 'analyst' });
    await expect(createTokenVerifier(hsKeys(previous)).viewerOf(`Bearer ${token}`)).rejects.toThrow('signature');
  });
});

describe("an identity provider's public keys", () => {
  const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const pem = (key: KeyObject) => key.export({ type: 'spki', format: 'pem' }).toString();
  const keys: TokenKeys = { secrets: [], publicKeys: [pem(rsa.publicKey), pem(ec.publicKey)], development: false };
  const verifier = createTokenVerifier(keys);

  it('verify RS256 and ES256 tokens', async () => {
    await expect(verifier.viewerOf(`Bearer ${await signWith(rsa.privateKey, 'RS256')}`)).resolves.toEqual({ role: 'editor', region: 'SOR_OST', subject: 'nora' });
    await expect(verifier.viewerOf(`Bearer ${await signWith(ec.privateKey, 'ES256')}`)).resolves.toEqual({ role: 'editor', region: 'SOR_OST', subject: 'nora' });
  });

  it('refuse a token signed by another key pair', async () => {
    const stranger = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    await expect(verifier.viewerOf(`Bearer ${await signWith(stranger.privateKey, 'ES256')}`)).rejects.toThrow('signature does not match');
  });

  it('refuse HS256 signed with a public key as its secret (algorithm confusion)', async () => {
    const forged = await signWith(createSecretKey(Buffer.from(pem(rsa.publicKey))), 'HS256');
    await expect(verifier.viewerOf(`Bearer ${forged}`)).rejects.toThrow('Invalid token: algorithm "HS256" is not accepted (accepted: RS256, ES256)');
  });
});

describe('issuer and audience, when configured', () => {
  const key = secret();
  const keys: TokenKeys = { ...hsKeys(key), issuer: 'https://helseid.example', audience: 'pallnet' };
  const verifier = createTokenVerifier(keys);
  const hmac = createSecretKey(Buffer.from(key));

  it('are required to match', async () => {
    const good = await signWith(hmac, 'HS256', CLAIMS, (jwt) => jwt.setIssuer('https://helseid.example').setAudience(['pallnet', 'other']));
    await expect(verifier.viewerOf(`Bearer ${good}`)).resolves.toMatchObject({ subject: 'nora' });
    const otherIssuer = await signWith(hmac, 'HS256', CLAIMS, (jwt) => jwt.setIssuer('https://elsewhere.example').setAudience('pallnet'));
    await expect(verifier.viewerOf(`Bearer ${otherIssuer}`)).rejects.toThrow('Invalid token: unexpected "iss" claim value');
    const otherAudience = await signWith(hmac, 'HS256', CLAIMS, (jwt) => jwt.setIssuer('https://helseid.example').setAudience('someone-else'));
    await expect(verifier.viewerOf(`Bearer ${otherAudience}`)).rejects.toThrow('Invalid token: unexpected "aud" claim value');
  });

  it('are set by signToken', async () => {
    await expect(verifier.viewerOf(`Bearer ${await signToken(keys, { role: 'analyst', subject: 'ola' })}`)).resolves.toMatchObject({ role: 'analyst' });
  });
});

describe('readTokenKeys (the environment)', () => {
  it('uses the public development key when nothing is configured outside production', () => {
    expect(readTokenKeys({})).toEqual({ secrets: [DEVELOPMENT_JWT_SECRET], publicKeys: [], development: true });
    expect(readTokenKeys({ NODE_ENV: 'development' }).development).toBe(true);
  });

  it('reads the current and previous secrets, public keys (one line with \\n is fine), issuer and audience', () => {
    const [current, previous] = [secret(), secret()];
    const pem = generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({ type: 'spki', format: 'pem' }).toString();
    const keys = readTokenKeys({
      NODE_ENV: 'production',
      JWT_SECRET: current,
      JWT_PREVIOUS_SECRETS: ` ${previous} ,`,
      JWT_PUBLIC_KEYS: pem.replace(/\n/g, '\\n'),
      JWT_ISSUER: 'https://helseid.example',
      JWT_AUDIENCE: 'pallnet',
    });
    expect(keys).toEqual({ secrets: [current, previous], publicKeys: [pem.trim()], issuer: 'https://helseid.example', audience: 'pallnet', development: false });
  });

  it.each([
    ['no key in production', { NODE_ENV: 'production' }, 'No token key configured: set JWT_SECRET (HS256) or JWT_PUBLIC_KEYS (RS256/ES256); production has no development key'],
    ['the development key in production', { NODE_ENV: 'production', JWT_SECRET: DEVELOPMENT_JWT_SECRET }, 'JWT_SECRET is the public development key: set a secret of your own in production'],
    ['a short secret', { JWT_SECRET: 'too-short' }, 'JWT_SECRET must be at least 32 characters (HS256 needs 256 bits), got 9'],
    ['a short previous secret', { JWT_SECRET: 'x'.repeat(32), JWT_PREVIOUS_SECRETS: 'short' }, 'JWT_PREVIOUS_SECRETS must be at least 32 characters (HS256 needs 256 bits), got 5'],
    ['previous secrets without a current one', { JWT_PREVIOUS_SECRETS: 'x'.repeat(32) }, 'JWT_PREVIOUS_SECRETS is set but JWT_SECRET is not: set the current secret too'],
    ['public keys without a PEM block', { JWT_PUBLIC_KEYS: 'not a key' }, 'JWT_PUBLIC_KEYS holds no PEM public key'],
    ['a PEM block that is no key', { JWT_PUBLIC_KEYS: '-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----' }, 'JWT_PUBLIC_KEYS key 1 cannot be read'],
    [
      'a key of another kind (Ed25519)',
      { JWT_PUBLIC_KEYS: generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'pem' }).toString() },
      'JWT_PUBLIC_KEYS key 1 is neither RSA (RS256) nor EC P-256 (ES256)',
    ],
  ] as Array<[string, NodeJS.ProcessEnv, string]>)('refuses %s with one clear line', (_case, env, message) => {
    expect(() => readTokenKeys(env)).toThrow(ConfigurationError);
    expect(() => readTokenKeys(env)).toThrow(message);
  });
});

describe('signToken', () => {
  it('refuses claims the services would refuse, and time spans it cannot read', async () => {
    const keys = hsKeys(secret());
    await expect(signToken(keys, { role: 'editor', subject: 'x' })).rejects.toThrow("an editor's token must name a region");
    await expect(signToken(keys, { role: 'owner', subject: 'x' })).rejects.toThrow('role "owner" is not known');
    await expect(signToken(keys, { role: 'analyst', subject: 'x', expiresIn: 'soon' })).rejects.toThrow('expires-in must be a time span');
  });

  it('cannot sign with public keys only', async () => {
    const pem = generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({ type: 'spki', format: 'pem' }).toString();
    await expect(signToken({ secrets: [], publicKeys: [pem], development: false }, { role: 'analyst', subject: 'x' })).rejects.toThrow(
      'Only JWT_SECRET (HS256) can sign here',
    );
  });
});
