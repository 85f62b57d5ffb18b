import {
  bindHostFor,
  ConfigurationError,
  createTokenVerifier,
  DEVELOPMENT_JWT_SECRET,
  developmentTokenKeys,
  readTokenKeys,
  signToken,
  TokenKeys,
} from '@pallnet/subgraph-kit';
import { SignJWT } from 'jose';
import { createSecretKey, generateKeyPairSync, KeyObject, randomBytes } from 'node:crypto';

/*
 * The token rules the gateway and every subgraph share (packages/subgraph-kit/src/tokens.ts),
 * for what the HTTP tests do not reach: key rotation and retired keys, identity-provider keys,
 * issuer and audience, token age, the claim mapping, the public development key's rules, and
 * configuration read from the environment.
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
    await expect(verifier.viewerOf(`Bearer ${await signToken(hsKeys(current), { role: 'editor', region: 'SOR_OST', subject: 'nora' })}`)).resolves.toEqual(
      viewer,
    );
    await expect(verifier.viewerOf(`Bearer ${await signToken(hsKeys(previous), { role: 'editor', region: 'SOR_OST', subject: 'nora' })}`)).resolves.toEqual(
      viewer,
    );
    await expect(verifier.viewerOf(`Bearer ${await signToken(hsKeys(retired), { role: 'editor', region: 'SOR_OST', subject: 'nora' })}`)).rejects.toThrow(
      'Invalid token: its signature does not match any configured key',
    );
  });

  it('accepts a retired secret (JWT_PREVIOUS_SECRETS) until its date, and refuses it after, saying so', async () => {
    const [current, previous] = [secret(), secret()];
    const signedWithPrevious = `Bearer ${await signToken(hsKeys(previous), { role: 'analyst', subject: 'ola' })}`;
    const until = (offsetMs: number) =>
      createTokenVerifier({ ...hsKeys(current), previousSecrets: [previous], previousSecretsUntil: new Date(Date.now() + offsetMs) });
    await expect(until(60_000).viewerOf(signedWithPrevious)).resolves.toMatchObject({ role: 'analyst' });
    await expect(until(-60_000).viewerOf(signedWithPrevious)).rejects.toThrow(/Invalid token: it is signed with a retired key, accepted until \d{4}-/);
    // The current secret is not affected by the date.
    await expect(until(-60_000).viewerOf(`Bearer ${await signToken(hsKeys(current), { role: 'analyst', subject: 'ola' })}`)).resolves.toMatchObject({
      role: 'analyst',
    });
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
    await expect(verifier.viewerOf(`Bearer ${await signWith(rsa.privateKey, 'RS256')}`)).resolves.toEqual({
      role: 'editor',
      region: 'SOR_OST',
      subject: 'nora',
    });
    await expect(verifier.viewerOf(`Bearer ${await signWith(ec.privateKey, 'ES256')}`)).resolves.toEqual({
      role: 'editor',
      region: 'SOR_OST',
      subject: 'nora',
    });
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

describe('token age', () => {
  const key = secret();
  const hmac = createSecretKey(Buffer.from(key));
  const verifier = createTokenVerifier({ ...hsKeys(key), maxAgeSeconds: 1800 });
  const issuedAgo = (seconds: number) =>
    new SignJWT(CLAIMS)
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuedAt(Math.floor(Date.now() / 1000) - seconds)
      .setExpirationTime(Math.floor(Date.now() / 1000) + 3600)
      .sign(hmac);

  it('refuses a token issued longer ago than the maximum age, though it has not expired', async () => {
    await expect(verifier.viewerOf(`Bearer ${await issuedAgo(1700)}`)).resolves.toMatchObject({ subject: 'nora' });
    await expect(verifier.viewerOf(`Bearer ${await issuedAgo(1900)}`)).rejects.toThrow(
      'Invalid token: it was issued more than 30m ago (the maximum token age)',
    );
  });

  it('refuses a token issued in the future, and one without iat', async () => {
    await expect(verifier.viewerOf(`Bearer ${await issuedAgo(-120)}`)).rejects.toThrow('Invalid token: it was issued in the future (iat)');
    const noIat = await new SignJWT(CLAIMS).setProtectedHeader({ alg: 'HS256' }).setExpirationTime('5m').sign(hmac);
    await expect(verifier.viewerOf(`Bearer ${noIat}`)).rejects.toThrow('"iat"');
  });
});

describe('the claim mapping (JWT_ROLE_CLAIM, JWT_REGION_CLAIM, JWT_ROLE_VALUES, JWT_REGION_VALUES)', () => {
  const key = secret();
  const hmac = createSecretKey(Buffer.from(key));
  const verifierFor = (env: NodeJS.ProcessEnv) => createTokenVerifier({ ...hsKeys(key), claims: readTokenKeys({ JWT_SECRET: key, ...env }).claims });
  const tokenWith = (claims: Record<string, unknown>) => signWith(hmac, 'HS256', { sub: 'nora', ...claims });

  it('reads a nested list of roles (Keycloak realm_access.roles), ignoring the provider’s other roles', async () => {
    const verifier = verifierFor({ JWT_ROLE_CLAIM: 'realm_access.roles', JWT_REGION_CLAIM: 'pallnet_region' });
    const token = await tokenWith({ realm_access: { roles: ['offline_access', 'editor', 'uma_authorization'] }, pallnet_region: 'MIDT' });
    await expect(verifier.viewerOf(`Bearer ${token}`)).resolves.toEqual({ role: 'editor', region: 'MIDT', subject: 'nora' });
  });

  it('maps group or app-role values to a role and region (Entra ID groups)', async () => {
    const verifier = verifierFor({ JWT_ROLE_CLAIM: 'groups', JWT_ROLE_VALUES: '5f0c-vest-editors=editor:VEST, 77aa-analysts=analyst' });
    await expect(verifier.viewerOf(`Bearer ${await tokenWith({ groups: ['other-group', '5f0c-vest-editors'] })}`)).resolves.toEqual({
      role: 'editor',
      region: 'VEST',
      subject: 'nora',
    });
    await expect(verifier.viewerOf(`Bearer ${await tokenWith({ groups: ['77aa-analysts'] })}`)).resolves.toEqual({
      role: 'analyst',
      region: null,
      subject: 'nora',
    });
    await expect(verifier.viewerOf(`Bearer ${await tokenWith({ groups: ['other-group'] })}`)).rejects.toThrow('role ["other-group"] is not known');
    await expect(verifier.viewerOf(`Bearer ${await tokenWith({ groups: ['5f0c-vest-editors', '77aa-analysts'] })}`)).rejects.toThrow(
      'groups gives several roles (5f0c-vest-editors, 77aa-analysts); a user must have exactly one',
    );
  });

  it('maps region values (HelseID-style claim names with a URL) to region codes', async () => {
    const verifier = verifierFor({
      JWT_ROLE_CLAIM: 'https://pallnet.no/claims/role',
      JWT_REGION_CLAIM: 'https://pallnet.no/claims/region',
      JWT_REGION_VALUES: 'Helse Vest=VEST',
    });
    const token = await tokenWith({ 'https://pallnet.no/claims/role': 'editor', 'https://pallnet.no/claims/region': 'Helse Vest' });
    await expect(verifier.viewerOf(`Bearer ${token}`)).resolves.toEqual({ role: 'editor', region: 'VEST', subject: 'nora' });
  });

  it.each([
    [{ JWT_ROLE_VALUES: 'group=owner' }, 'JWT_ROLE_VALUES entry "group=owner" must be <claim value>=<role>[:<region>]'],
    [{ JWT_ROLE_VALUES: 'group=editor:vest' }, 'JWT_ROLE_VALUES entry "group=editor:vest"'],
    [{ JWT_REGION_VALUES: 'Helse Nord=Helse Nord' }, 'JWT_REGION_VALUES entry "Helse Nord=Helse Nord" must be <claim value>=<region>'],
  ])('refuses a mapping it cannot use: %j', (env, message) => {
    expect(() => readTokenKeys({ JWT_SECRET: key, ...env })).toThrow(message);
  });
});

describe('the public development key', () => {
  it('is never a fallback: with nothing configured every environment refuses to start', () => {
    for (const NODE_ENV of [undefined, 'development', 'test', 'staging', 'Production', 'production']) {
      expect(() => readTokenKeys({ NODE_ENV })).toThrow('No token key configured: set OIDC_ISSUER and OIDC_AUDIENCE');
    }
  });

  it('is accepted only when ALLOW_PUBLIC_DEVELOPMENT_KEY=true, outside production', async () => {
    const keys = readTokenKeys({ ALLOW_PUBLIC_DEVELOPMENT_KEY: 'true' });
    expect(keys).toMatchObject({ secrets: [DEVELOPMENT_JWT_SECRET], development: true });
    const token = await signToken(developmentTokenKeys(), { role: 'analyst', subject: 'ola' });
    await expect(createTokenVerifier(keys).viewerOf(`Bearer ${token}`)).resolves.toMatchObject({ role: 'analyst' });
    await expect(createTokenVerifier(readTokenKeys({ JWT_SECRET: secret() })).viewerOf(`Bearer ${token}`)).rejects.toThrow('signature');
  });

  it.each(['production', 'staging', 'Production'])('is refused with NODE_ENV=%s even when allowed', (NODE_ENV) => {
    expect(() => readTokenKeys({ NODE_ENV, ALLOW_PUBLIC_DEVELOPMENT_KEY: 'true' })).toThrow(
      `ALLOW_PUBLIC_DEVELOPMENT_KEY=true is refused with NODE_ENV=${NODE_ENV}: the development key is public`,
    );
  });

  it('binds a service to loopback: unset means 127.0.0.1, anything beyond loopback is refused', () => {
    const keys = developmentTokenKeys();
    expect(bindHostFor(keys, undefined, 'the gateway')).toBe('127.0.0.1');
    expect(bindHostFor(keys, '::1', 'the gateway')).toBe('::1');
    expect(bindHostFor(keys, 'localhost', 'the gateway')).toBe('localhost');
    for (const host of ['0.0.0.0', '::', '10.0.0.5', 'pallnet.example.no']) {
      expect(() => bindHostFor(keys, host, 'the gateway')).toThrow(
        `the gateway may accept the public development key (ALLOW_PUBLIC_DEVELOPMENT_KEY=true) only on loopback, but HOST is ${host}`,
      );
    }
    // Without the development key the host is the service's own business.
    expect(bindHostFor(hsKeys(secret()), '0.0.0.0', 'the gateway')).toBe('0.0.0.0');
  });
});

describe('readTokenKeys (the environment)', () => {
  it('reads the current and previous secrets with their end date, public keys (one line with \\n is fine), issuer, audience and maximum age', () => {
    const [current, previous] = [secret(), secret()];
    const pem = generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({ type: 'spki', format: 'pem' }).toString();
    const keys = readTokenKeys({
      NODE_ENV: 'production',
      JWT_SECRET: current,
      JWT_PREVIOUS_SECRETS: ` ${previous} ,`,
      JWT_PREVIOUS_SECRETS_UNTIL: '2026-12-31T23:59:59Z',
      JWT_PUBLIC_KEYS: pem.replace(/\n/g, '\\n'),
      JWT_ISSUER: 'https://helseid.example',
      JWT_AUDIENCE: 'pallnet',
      JWT_MAX_AGE: '15m',
    });
    expect(keys).toEqual({
      secrets: [current],
      previousSecrets: [previous],
      previousSecretsUntil: new Date('2026-12-31T23:59:59Z'),
      publicKeys: [pem.trim()],
      issuer: 'https://helseid.example',
      audience: 'pallnet',
      development: false,
      maxAgeSeconds: 900,
      claims: { roleClaim: 'role', regionClaim: 'region' },
    });
  });

  it('reads an OpenID provider: issuer, audience and an explicit key set URL', () => {
    const keys = readTokenKeys({
      NODE_ENV: 'production',
      OIDC_ISSUER: 'https://helseid-sts.nhn.no',
      OIDC_AUDIENCE: 'nhn:pallnet',
      OIDC_JWKS_URL: 'https://helseid-sts.nhn.no/.well-known/openid-configuration/jwks',
    });
    expect(keys.openId).toEqual({
      issuer: 'https://helseid-sts.nhn.no',
      audience: 'nhn:pallnet',
      jwksUrl: 'https://helseid-sts.nhn.no/.well-known/openid-configuration/jwks',
    });
    expect(keys.secrets).toEqual([]);
  });

  it.each([
    [
      'no key in production',
      { NODE_ENV: 'production' },
      'No token key configured: set OIDC_ISSUER and OIDC_AUDIENCE (an OpenID Connect provider), or JWT_PUBLIC_KEYS / JWT_SECRET',
    ],
    ['the development key as JWT_SECRET', { JWT_SECRET: DEVELOPMENT_JWT_SECRET }, 'JWT_SECRET is the public development key: set a secret of your own'],
    ['a short secret', { JWT_SECRET: 'too-short' }, 'JWT_SECRET must be at least 32 characters (HS256 needs 256 bits), got 9'],
    [
      'a short previous secret',
      { JWT_SECRET: 'x'.repeat(32), JWT_PREVIOUS_SECRETS: 'short', JWT_PREVIOUS_SECRETS_UNTIL: '2030-01-01' },
      'JWT_PREVIOUS_SECRETS must be at least 32 characters (HS256 needs 256 bits), got 5',
    ],
    [
      'previous secrets without an end date',
      { JWT_SECRET: 'x'.repeat(32), JWT_PREVIOUS_SECRETS: 'y'.repeat(32) },
      'JWT_PREVIOUS_SECRETS_UNTIL must be the date and time after which',
    ],
    ['static keys in production without issuer and audience', { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32) }, 'JWT_ISSUER must be set in production'],
    ['an issuer without an audience', { OIDC_ISSUER: 'https://helseid-sts.nhn.no' }, 'OIDC_AUDIENCE must be set with OIDC_ISSUER'],
    ['an http issuer in production', { NODE_ENV: 'staging', OIDC_ISSUER: 'http://localhost:4010', OIDC_AUDIENCE: 'x' }, 'OIDC_ISSUER must be an https URL'],
    [
      'a maximum age that is not a time span',
      { JWT_SECRET: 'x'.repeat(32), JWT_MAX_AGE: 'soon' },
      'JWT_MAX_AGE must be a time span such as 3600, 30m, 1h or 1d, got "soon"',
    ],
    [
      'previous secrets without a current one',
      { JWT_PREVIOUS_SECRETS: 'x'.repeat(32) },
      'JWT_PREVIOUS_SECRETS is set but JWT_SECRET is not: set the current secret too',
    ],
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
