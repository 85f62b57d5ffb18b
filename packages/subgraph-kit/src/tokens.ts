import { HealthRegion } from '@pallnet/contract';
import { GraphQLError } from 'graphql';
import { createRemoteJWKSet, decodeJwt, decodeProtectedHeader, errors as jose, JWTPayload, jwtVerify, KeyLike, SignJWT } from 'jose';
import { createPublicKey, createSecretKey, KeyObject } from 'node:crypto';
import { isIP } from 'node:net';
import type { Viewer, ViewerRole } from './auth';
import { ConfigurationError } from './config';
import { isRegionCode } from './region-code';
import { cachingTokenVerifier } from './token-cache';

/*
 * Bearer tokens (JWT) become viewers here, in the gateway, in every subgraph and in the web app's
 * server, with the same keys and the same rules: a request without a token is anonymous; a token
 * that is expired, too old, issued in the future, malformed, wrongly signed, from another issuer,
 * for another audience, or naming no known role or region is refused with UNAUTHENTICATED.
 *
 * Where the keys come from, in order of preference:
 * - an OpenID Connect provider (OIDC_ISSUER, OIDC_AUDIENCE): its published keys (JWKS), found
 *   through the issuer's discovery document or OIDC_JWKS_URL, cached and refetched when a token
 *   names a key not seen before (key rotation). Services then hold public keys only.
 * - static keys: JWT_PUBLIC_KEYS (PEM), or an HS256 JWT_SECRET shared by every service.
 * - the public development key, only when ALLOW_PUBLIC_DEVELOPMENT_KEY=true outside production
 *   and only on loopback (tests turn it on; `npm start` uses its local OpenID provider instead).
 */

export const VIEWER_ROLES: readonly ViewerRole[] = ['editor', 'analyst'];
export const KNOWN_REGIONS: readonly string[] = Object.values(HealthRegion);

/** The HS256 key anyone can read in this repository: accepted only when explicitly allowed, never in production. */
export const DEVELOPMENT_JWT_SECRET = 'pallnet-local-development-key-not-for-production';
/** The variable that allows it. */
export const DEVELOPMENT_KEY_VARIABLE = 'ALLOW_PUBLIC_DEVELOPMENT_KEY';
/** HS256 wants a key of at least 256 bits. */
const MIN_SECRET_LENGTH = 32;
/** Tokens older than this (from `iat`) are refused unless JWT_MAX_AGE says otherwise. */
export const DEFAULT_MAX_TOKEN_AGE_SECONDS = 3600;
/** Clock skew tolerated between the issuer and the services. */
const CLOCK_TOLERANCE_SECONDS = 5;
/** Algorithms accepted from an OpenID provider's key set. */
const OPENID_ALGORITHMS = ['RS256', 'PS256', 'ES256'];

/** Which claims carry the role and the region, and how their values map to ours. */
export interface ClaimMapping {
  /** The claim with the role (JWT_ROLE_CLAIM, default `role`); a dotted path reaches nested claims (`realm_access.roles`). */
  roleClaim: string;
  /** The claim with an editor's region (JWT_REGION_CLAIM, default `region`). */
  regionClaim: string;
  /**
   * Claim values to roles (JWT_ROLE_VALUES: `value=editor:VEST,other=analyst`): a group or app
   * role may give the region too. Unset: the values are the roles themselves (`editor`, `analyst`).
   */
  roleValues?: Record<string, { role: ViewerRole; region?: string }>;
  /** Claim values to region codes (JWT_REGION_VALUES: `Helse Vest=VEST`). Unset: the codes themselves. */
  regionValues?: Record<string, string>;
}

export const DEFAULT_CLAIM_MAPPING: ClaimMapping = { roleClaim: 'role', regionClaim: 'region' };

/** An OpenID Connect provider whose published keys sign the access tokens. */
export interface OpenIdIssuer {
  /** The issuer URL: tokens must carry exactly this `iss`. */
  issuer: string;
  /** Tokens must name it in `aud` (the gateway's resource / API identifier). */
  audience: string;
  /** Where the key set is; default: `jwks_uri` of the issuer's discovery document. */
  jwksUrl?: string;
}

/** The keys that sign and verify tokens, and the rules every token must pass. */
export interface TokenKeys {
  /** HS256 secrets accepted: the first one (JWT_SECRET) also signs `npm run token`. */
  secrets: string[];
  /** Retired HS256 secrets (JWT_PREVIOUS_SECRETS), accepted until `previousSecretsUntil` only. */
  previousSecrets?: string[];
  previousSecretsUntil?: Date;
  /** PEM public keys (JWT_PUBLIC_KEYS) of an identity provider: RSA for RS256, EC P-256 for ES256. */
  publicKeys: string[];
  /** For the static keys above: a token's `iss` must equal it (JWT_ISSUER); required in production. */
  issuer?: string;
  /** For the static keys above: a token's `aud` must include it (JWT_AUDIENCE); required in production. */
  audience?: string;
  /** An OpenID Connect provider's published keys (OIDC_ISSUER, OIDC_AUDIENCE, OIDC_JWKS_URL). */
  openId?: OpenIdIssuer;
  /** The public development key is among `secrets` (ALLOW_PUBLIC_DEVELOPMENT_KEY=true): loopback only. */
  development: boolean;
  /** Tokens issued longer ago than this are refused (JWT_MAX_AGE); default one hour. */
  maxAgeSeconds?: number;
  /** Default: the `role` and `region` claims as they are. */
  claims?: ClaimMapping;
}

/** A request's token was refused: `extensions.code` UNAUTHENTICATED, HTTP 401. */
export class AuthenticationError extends GraphQLError {
  constructor(reason: string) {
    super(reason, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
  }
}

/** The public development key, as tests turn it on (ALLOW_PUBLIC_DEVELOPMENT_KEY=true). */
export function developmentTokenKeys(): TokenKeys {
  return { secrets: [DEVELOPMENT_JWT_SECRET], publicKeys: [], development: true };
}

/**
 * Anything but an unset NODE_ENV, `development` or `test` counts as production: `staging`,
 * `Production` and `prod` must not be treated as a developer's machine.
 */
export function isProductionEnvironment(env: NodeJS.ProcessEnv = process.env): boolean {
  const value = env.NODE_ENV?.trim();
  return value !== undefined && value !== '' && value !== 'development' && value !== 'test';
}

/** Production takes no key that anyone can know. */
export function assertProductionTokenKeys(keys: TokenKeys): void {
  if (keys.development || keys.secrets.includes(DEVELOPMENT_JWT_SECRET)) {
    throw new ConfigurationError(
      `The public development key is refused in production: unset ${DEVELOPMENT_KEY_VARIABLE} and configure OIDC_ISSUER (or JWT_PUBLIC_KEYS / JWT_SECRET)`,
    );
  }
  if (keys.secrets.length + keys.publicKeys.length + (keys.openId ? 1 : 0) === 0) {
    throw new ConfigurationError(NO_KEY_MESSAGE);
  }
}

/** True for 127.0.0.1 (and 127/8), ::1 and `localhost`. */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '');
  if (bare === 'localhost' || bare === '::1') return true;
  return isIP(bare) === 4 && bare.startsWith('127.');
}

/**
 * The host a service binds: with the public development key only loopback. An unset host then
 * means 127.0.0.1 (not every interface); a host beyond loopback is a configuration error.
 */
export function bindHostFor(keys: TokenKeys, host: string | undefined, service: string): string | undefined {
  if (!keys.development) return host;
  if (host === undefined || host === '') return '127.0.0.1';
  if (!isLoopbackHost(host)) {
    throw new ConfigurationError(
      `${service} may accept the public development key (${DEVELOPMENT_KEY_VARIABLE}=true) only on loopback, but HOST is ${host}: unset ${DEVELOPMENT_KEY_VARIABLE} or bind to 127.0.0.1`,
    );
  }
  return host;
}

/** The warning each service prints at start while the development key is accepted. */
export function developmentKeyWarning(service: string): string {
  return `[${service}] WARNING: accepting tokens signed with the PUBLIC development key (${DEVELOPMENT_KEY_VARIABLE}=true); anyone can sign them. Loopback only, never in production.`;
}

const NO_KEY_MESSAGE =
  'No token key configured: set OIDC_ISSUER and OIDC_AUDIENCE (an OpenID Connect provider), or JWT_PUBLIC_KEYS / JWT_SECRET; ' +
  `outside production ${DEVELOPMENT_KEY_VARIABLE}=true accepts the public development key on loopback`;

/** The PEM blocks of a variable; `\n` written as two characters (an env file's single line) counts as a line break. */
function pemBlocks(raw: string): string[] {
  return raw.replace(/\\n/g, '\n').match(/-----BEGIN PUBLIC KEY-----[\s\S]+?-----END PUBLIC KEY-----/g) ?? [];
}

/** Seconds from `3600`, `90s`, `30m`, `1h`, `7d`. */
export function parseDuration(variable: string, raw: string): number {
  const match = /^(\d+)\s*([smhd]?)$/.exec(raw.trim());
  if (!match || Number(match[1]) <= 0) throw new ConfigurationError(`${variable} must be a time span such as 3600, 30m, 1h or 1d, got "${raw}"`);
  return Number(match[1]) * { '': 1, s: 1, m: 60, h: 3600, d: 86400 }[match[2] as '' | 's' | 'm' | 'h' | 'd'];
}

function parseUrl(variable: string, raw: string, production: boolean): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigurationError(`${variable} must be a URL, got "${raw}"`);
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && !production && isLoopbackHost(url.hostname))) {
    throw new ConfigurationError(`${variable} must be an https URL (http only for a provider on loopback outside production), got "${raw}"`);
  }
  return raw;
}

/** `value=editor:VEST, other value=analyst` → the role mapping. */
function parseRoleValues(raw: string): ClaimMapping['roleValues'] {
  const mapping: NonNullable<ClaimMapping['roleValues']> = {};
  for (const entry of raw
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)) {
    const separator = entry.lastIndexOf('=');
    const [value, target] = [entry.slice(0, separator).trim(), entry.slice(separator + 1).trim()];
    const [role, region] = target.split(':').map((part) => part.trim());
    if (separator < 1 || !(VIEWER_ROLES as readonly string[]).includes(role) || (region !== undefined && !isRegionCode(region))) {
      throw new ConfigurationError(
        `JWT_ROLE_VALUES entry "${entry}" must be <claim value>=<role>[:<region>] with a role of ${VIEWER_ROLES.join(', ')} and a region code like ${KNOWN_REGIONS.join(', ')}`,
      );
    }
    mapping[value] = { role: role as ViewerRole, ...(region ? { region } : {}) };
  }
  return mapping;
}

function parseRegionValues(raw: string): Record<string, string> {
  const mapping: Record<string, string> = {};
  for (const entry of raw
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)) {
    const separator = entry.lastIndexOf('=');
    const [value, region] = [entry.slice(0, separator).trim(), entry.slice(separator + 1).trim()];
    if (separator < 1 || !isRegionCode(region)) {
      throw new ConfigurationError(`JWT_REGION_VALUES entry "${entry}" must be <claim value>=<region> with a region code like ${KNOWN_REGIONS.join(', ')}`);
    }
    mapping[value] = region;
  }
  return mapping;
}

/** The claim mapping from JWT_ROLE_CLAIM, JWT_REGION_CLAIM, JWT_ROLE_VALUES, JWT_REGION_VALUES. */
export function readClaimMapping(env: NodeJS.ProcessEnv = process.env): ClaimMapping {
  const roleValues = env.JWT_ROLE_VALUES?.trim() ? parseRoleValues(env.JWT_ROLE_VALUES) : undefined;
  const regionValues = env.JWT_REGION_VALUES?.trim() ? parseRegionValues(env.JWT_REGION_VALUES) : undefined;
  return {
    roleClaim: env.JWT_ROLE_CLAIM?.trim() || DEFAULT_CLAIM_MAPPING.roleClaim,
    regionClaim: env.JWT_REGION_CLAIM?.trim() || DEFAULT_CLAIM_MAPPING.regionClaim,
    ...(roleValues ? { roleValues } : {}),
    ...(regionValues ? { regionValues } : {}),
  };
}

/**
 * The token keys from the environment, checked: OIDC_ISSUER, OIDC_AUDIENCE, OIDC_JWKS_URL;
 * JWT_SECRET, JWT_PREVIOUS_SECRETS (comma list) with JWT_PREVIOUS_SECRETS_UNTIL, JWT_PUBLIC_KEYS
 * (PEM), JWT_ISSUER, JWT_AUDIENCE; JWT_MAX_AGE; the claim mapping; ALLOW_PUBLIC_DEVELOPMENT_KEY.
 * Nothing configured is a configuration error: there is no silent fallback to a public key.
 */
export function readTokenKeys(env: NodeJS.ProcessEnv = process.env): TokenKeys {
  const production = isProductionEnvironment(env);
  const trimmed = (name: string) => env[name]?.trim() || undefined;
  const allowDevelopmentKey = /^(1|true|yes|on)$/i.test(env[DEVELOPMENT_KEY_VARIABLE]?.trim() ?? '');
  if (allowDevelopmentKey && production) {
    throw new ConfigurationError(`${DEVELOPMENT_KEY_VARIABLE}=true is refused with NODE_ENV=${env.NODE_ENV}: the development key is public`);
  }
  const current = trimmed('JWT_SECRET');
  const previous = (env.JWT_PREVIOUS_SECRETS ?? '')
    .split(',')
    .map((secret) => secret.trim())
    .filter(Boolean);
  const publicKeysRaw = trimmed('JWT_PUBLIC_KEYS');
  const issuer = trimmed('JWT_ISSUER');
  const audience = trimmed('JWT_AUDIENCE');

  if (previous.length && !current) throw new ConfigurationError('JWT_PREVIOUS_SECRETS is set but JWT_SECRET is not: set the current secret too');
  let previousSecretsUntil: Date | undefined;
  if (previous.length) {
    const until = trimmed('JWT_PREVIOUS_SECRETS_UNTIL');
    previousSecretsUntil = until === undefined ? undefined : new Date(until);
    if (!previousSecretsUntil || Number.isNaN(previousSecretsUntil.getTime())) {
      throw new ConfigurationError(
        `JWT_PREVIOUS_SECRETS_UNTIL must be the date and time after which JWT_PREVIOUS_SECRETS are refused (e.g. 2026-12-31T23:59:59Z), got "${until ?? ''}"`,
      );
    }
  }
  if ([current, ...previous].includes(DEVELOPMENT_JWT_SECRET)) {
    throw new ConfigurationError(`JWT_SECRET is the public development key: set a secret of your own (or ${DEVELOPMENT_KEY_VARIABLE}=true outside production)`);
  }
  const publicKeys = publicKeysRaw ? pemBlocks(publicKeysRaw) : [];
  if (publicKeysRaw && publicKeys.length === 0) {
    throw new ConfigurationError('JWT_PUBLIC_KEYS holds no PEM public key (-----BEGIN PUBLIC KEY----- … -----END PUBLIC KEY-----)');
  }

  let openId: OpenIdIssuer | undefined;
  const openIdIssuer = trimmed('OIDC_ISSUER');
  if (openIdIssuer) {
    const openIdAudience = trimmed('OIDC_AUDIENCE');
    if (!openIdAudience) throw new ConfigurationError("OIDC_AUDIENCE must be set with OIDC_ISSUER: the audience (aud) of the gateway's access tokens");
    const jwksUrl = trimmed('OIDC_JWKS_URL');
    openId = {
      issuer: parseUrl('OIDC_ISSUER', openIdIssuer, production),
      audience: openIdAudience,
      ...(jwksUrl ? { jwksUrl: parseUrl('OIDC_JWKS_URL', jwksUrl, production) } : {}),
    };
  } else if (trimmed('OIDC_JWKS_URL')) {
    throw new ConfigurationError('OIDC_JWKS_URL is set but OIDC_ISSUER is not: tokens are checked against the issuer, so set it too');
  }

  const staticKeys = Boolean(current) || publicKeys.length > 0;
  if (production && staticKeys && (!issuer || !audience)) {
    throw new ConfigurationError(
      `${!issuer ? 'JWT_ISSUER' : 'JWT_AUDIENCE'} must be set in production: tokens must name their issuer (iss) and audience (aud)`,
    );
  }
  if (!staticKeys && !openId && !allowDevelopmentKey) throw new ConfigurationError(NO_KEY_MESSAGE);

  const maxAge = trimmed('JWT_MAX_AGE');
  const keys: TokenKeys = {
    secrets: [...(current ? [current] : []), ...(allowDevelopmentKey ? [DEVELOPMENT_JWT_SECRET] : [])],
    ...(previous.length ? { previousSecrets: previous, previousSecretsUntil } : {}),
    publicKeys,
    ...(issuer ? { issuer } : {}),
    ...(audience ? { audience } : {}),
    ...(openId ? { openId } : {}),
    development: allowDevelopmentKey,
    maxAgeSeconds: maxAge === undefined ? DEFAULT_MAX_TOKEN_AGE_SECONDS : parseDuration('JWT_MAX_AGE', maxAge),
    claims: readClaimMapping(env),
  };
  prepareKeys(keys);
  return keys;
}

type Algorithm = 'HS256' | 'RS256' | 'ES256';

interface PreparedKeys {
  /** Keys accepted now, by algorithm. */
  current: Map<Algorithm, KeyObject[]>;
  /** Retired HS256 secrets and when they stop being accepted. */
  previous: { keys: KeyObject[]; until: Date } | undefined;
}

/** The keys as KeyObjects by algorithm; a key that cannot be used is a configuration error naming it. */
function prepareKeys(keys: TokenKeys): PreparedKeys {
  const byAlgorithm = new Map<Algorithm, KeyObject[]>();
  const add = (algorithm: Algorithm, key: KeyObject) => byAlgorithm.set(algorithm, [...(byAlgorithm.get(algorithm) ?? []), key]);
  const secretKey = (secret: string, variable: string) => {
    if (secret.length < MIN_SECRET_LENGTH) {
      throw new ConfigurationError(`${variable} must be at least ${MIN_SECRET_LENGTH} characters (HS256 needs 256 bits), got ${secret.length}`);
    }
    return createSecretKey(Buffer.from(secret, 'utf8'));
  };
  keys.secrets.forEach((secret) => add('HS256', secretKey(secret, 'JWT_SECRET')));
  keys.publicKeys.forEach((pem, index) => {
    let key: KeyObject;
    try {
      key = createPublicKey(pem);
    } catch (error) {
      throw new ConfigurationError(`JWT_PUBLIC_KEYS key ${index + 1} cannot be read: ${(error as Error).message}`);
    }
    if (key.asymmetricKeyType === 'rsa') add('RS256', key);
    else if (key.asymmetricKeyType === 'ec' && key.asymmetricKeyDetails?.namedCurve === 'prime256v1') add('ES256', key);
    else throw new ConfigurationError(`JWT_PUBLIC_KEYS key ${index + 1} is neither RSA (RS256) nor EC P-256 (ES256)`);
  });
  const previousKeys = (keys.previousSecrets ?? []).map((secret) => secretKey(secret, 'JWT_PREVIOUS_SECRETS'));
  if (byAlgorithm.size === 0 && !keys.openId) throw new ConfigurationError('No token key: give at least one secret, public key or OpenID issuer');
  if (previousKeys.length && !keys.previousSecretsUntil) throw new ConfigurationError('JWT_PREVIOUS_SECRETS_UNTIL must be set with JWT_PREVIOUS_SECRETS');
  return { current: byAlgorithm, previous: previousKeys.length ? { keys: previousKeys, until: keys.previousSecretsUntil! } : undefined };
}

/** The value at a claim name, or at a dotted path into nested claims (`realm_access.roles`). */
function claimAt(claims: Record<string, unknown>, name: string): unknown {
  if (name in claims) return claims[name];
  return name
    .split('.')
    .reduce<unknown>((value, part) => (value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined), claims);
}

/**
 * The viewer a token's claims describe, through the claim mapping: a role of editor or analyst,
 * an editor's region a region code (not necessarily one this service serves), `sub` who it is.
 * Anything else is refused.
 */
export function viewerFromClaims(claims: Record<string, unknown>, mapping: ClaimMapping = DEFAULT_CLAIM_MAPPING): Viewer {
  const { sub } = claims;
  const rawRole = claimAt(claims, mapping.roleClaim);
  const values = (Array.isArray(rawRole) ? rawRole : [rawRole]).filter((value): value is string => typeof value === 'string');
  // Of a list (groups, app roles) the entries that mean something here; other entries are the provider's business.
  const mapped = values.flatMap((value) => {
    if (mapping.roleValues) return mapping.roleValues[value] ? [mapping.roleValues[value]] : [];
    return (VIEWER_ROLES as readonly string[]).includes(value) ? [{ role: value as ViewerRole }] : [];
  });
  const distinct = [...new Map(mapped.map((entry) => [`${entry.role}:${'region' in entry ? (entry.region ?? '') : ''}`, entry])).values()];
  if (distinct.length === 0) {
    const shown = Array.isArray(rawRole) ? JSON.stringify(rawRole) : JSON.stringify(rawRole ?? null);
    throw new AuthenticationError(`Invalid token: role ${shown} is not known (known: ${VIEWER_ROLES.join(', ')})`);
  }
  if (distinct.length > 1) {
    throw new AuthenticationError(`Invalid token: ${mapping.roleClaim} gives several roles (${values.join(', ')}); a user must have exactly one`);
  }
  const { role, region: mappedRegion } = distinct[0] as { role: ViewerRole; region?: string };
  if (typeof sub !== 'string' || sub.trim() === '') throw new AuthenticationError('Invalid token: it names no subject (sub)');
  if (role !== 'editor') return { role, region: null, subject: sub };
  let region: unknown = mappedRegion;
  if (region === undefined) {
    const rawRegion = claimAt(claims, mapping.regionClaim);
    region = mapping.regionValues && typeof rawRegion === 'string' ? (mapping.regionValues[rawRegion] ?? rawRegion) : rawRegion;
  }
  if (region === undefined || region === null || region === '') {
    throw new AuthenticationError(`Invalid token: an editor's token must name a region (one of ${KNOWN_REGIONS.join(', ')})`);
  }
  // Any region's editor passes here; each region's subgraph checks that the region is its own.
  if (!isRegionCode(region)) {
    throw new AuthenticationError(
      `Invalid token: region ${JSON.stringify(region)} is not a region code (capital letters, digits and _, like ${KNOWN_REGIONS.join(', ')})`,
    );
  }
  return { role, region, subject: sub };
}

function formatSpan(seconds: number): string {
  if (seconds % 86400 === 0) return `${seconds / 86400}d`;
  if (seconds % 3600 === 0) return `${seconds / 3600}h`;
  if (seconds % 60 === 0) return `${seconds / 60}m`;
  return `${seconds}s`;
}

/** Why jose refused a token, in words for the caller. */
function describeRejection(error: unknown, maxAgeSeconds: number): string {
  if (error instanceof jose.JWTExpired && error.claim === 'iat')
    return `Invalid token: it was issued more than ${formatSpan(maxAgeSeconds)} ago (the maximum token age)`;
  if (error instanceof jose.JWTExpired) return 'Invalid token: it has expired';
  if (error instanceof jose.JWTClaimValidationFailed && error.claim === 'iat' && error.reason === 'check_failed')
    return 'Invalid token: it was issued in the future (iat)';
  if (error instanceof jose.JWTClaimValidationFailed) return `Invalid token: ${error.message}`;
  if (error instanceof jose.JWSSignatureVerificationFailed) return 'Invalid token: its signature does not match any configured key';
  if (error instanceof jose.JWKSNoMatchingKey) return "Invalid token: its signature does not match any of the issuer's published keys";
  if (error instanceof jose.JOSEAlgNotAllowed) return `Invalid token: ${error.message}`;
  return 'Invalid token: it is malformed (expected a signed JWT, header.payload.signature)';
}

export interface TokenVerifier {
  /** The viewer of a request's Authorization header: null without one; AuthenticationError for a bad one. */
  viewerOf(authorization: string | undefined): Promise<Viewer | null>;
  /** The viewer of a token and its verified claims; AuthenticationError for a bad one. */
  verify(token: string): Promise<{ viewer: Viewer; claims: JWTPayload }>;
}

/** The key set of an OpenID provider, found through discovery once (again after a failure), then cached by jose. */
function openIdKeySet(openId: OpenIdIssuer): (header: Parameters<ReturnType<typeof createRemoteJWKSet>>[0]) => Promise<KeyLike> {
  let keySet: Promise<ReturnType<typeof createRemoteJWKSet>> | undefined;
  const discover = async () => {
    let jwksUrl = openId.jwksUrl;
    if (!jwksUrl) {
      const discoveryUrl = `${openId.issuer.replace(/\/$/, '')}/.well-known/openid-configuration`;
      const response = await fetch(discoveryUrl, { signal: AbortSignal.timeout(5000) });
      if (!response.ok) throw new Error(`${discoveryUrl} answered HTTP ${response.status}`);
      const document = (await response.json()) as { issuer?: unknown; jwks_uri?: unknown };
      if (document.issuer !== openId.issuer) throw new Error(`${discoveryUrl} names issuer ${JSON.stringify(document.issuer)}, not ${openId.issuer}`);
      if (typeof document.jwks_uri !== 'string') throw new Error(`${discoveryUrl} names no jwks_uri`);
      jwksUrl = document.jwks_uri;
    }
    // Cached for ten minutes; a token naming an unknown key refetches at most every 30 s (rotation).
    return createRemoteJWKSet(new URL(jwksUrl), { cacheMaxAge: 600_000, cooldownDuration: 30_000, timeoutDuration: 5000 });
  };
  return async (header) => {
    keySet ??= discover().catch((error: Error) => {
      keySet = undefined;
      throw new AuthenticationError(`Invalid token: the keys of the OpenID provider ${openId.issuer} cannot be fetched (${error.message})`);
    });
    const jwks = await keySet;
    try {
      return (await jwks(header)) as KeyLike;
    } catch (error) {
      if (error instanceof jose.JWKSNoMatchingKey || error instanceof jose.JWKSMultipleMatchingKeys) throw error;
      throw new AuthenticationError(`Invalid token: the keys of the OpenID provider ${openId.issuer} cannot be fetched (${(error as Error).message})`);
    }
  };
}

export function createTokenVerifier(keys: TokenKeys): TokenVerifier {
  const prepared = prepareKeys(keys);
  const maxAgeSeconds = keys.maxAgeSeconds ?? DEFAULT_MAX_TOKEN_AGE_SECONDS;
  const mapping = keys.claims ?? DEFAULT_CLAIM_MAPPING;
  const openIdKeys = keys.openId ? openIdKeySet(keys.openId) : undefined;
  const accepted = [...new Set([...prepared.current.keys(), ...(prepared.previous ? ['HS256'] : []), ...(keys.openId ? OPENID_ALGORITHMS : [])])];
  const rules = { requiredClaims: ['exp', 'sub', 'iat'], clockTolerance: CLOCK_TOLERANCE_SECONDS, maxTokenAge: maxAgeSeconds };

  const refuse = (error: unknown): never => {
    throw error instanceof AuthenticationError ? error : new AuthenticationError(describeRejection(error, maxAgeSeconds));
  };

  async function withStaticKeys(token: string, algorithm: Algorithm, candidates: KeyObject[]): Promise<JWTPayload> {
    let lastError: unknown;
    // Several keys of one algorithm during a rotation: the signature decides which one signed it.
    for (const key of candidates) {
      try {
        const { payload } = await jwtVerify(token, key as KeyLike, { ...rules, algorithms: [algorithm], issuer: keys.issuer, audience: keys.audience });
        return payload;
      } catch (error) {
        if (!(error instanceof jose.JWSSignatureVerificationFailed)) refuse(error);
        lastError = error;
      }
    }
    if (algorithm === 'HS256' && prepared.previous) {
      for (const key of prepared.previous.keys) {
        try {
          await jwtVerify(token, key as KeyLike, { algorithms: ['HS256'], clockTolerance: Infinity });
        } catch {
          continue;
        }
        if (Date.now() > prepared.previous.until.getTime()) {
          throw new AuthenticationError(`Invalid token: it is signed with a retired key, accepted until ${prepared.previous.until.toISOString()}`);
        }
        try {
          return (await jwtVerify(token, key as KeyLike, { ...rules, algorithms: ['HS256'], issuer: keys.issuer, audience: keys.audience })).payload;
        } catch (error) {
          refuse(error);
        }
      }
    }
    return refuse(lastError);
  }

  async function verify(token: string): Promise<{ viewer: Viewer; claims: JWTPayload }> {
    let algorithm: string | undefined;
    let unverified: JWTPayload;
    try {
      algorithm = decodeProtectedHeader(token).alg;
      unverified = decodeJwt(token);
    } catch {
      throw new AuthenticationError(describeRejection(undefined, maxAgeSeconds));
    }
    let claims: JWTPayload;
    const staticKeys = prepared.current.get(algorithm as Algorithm) ?? (algorithm === 'HS256' && prepared.previous ? [] : undefined);
    // A token of the OpenID provider names it as issuer; anything else must match a static key.
    if (openIdKeys && keys.openId && algorithm && OPENID_ALGORITHMS.includes(algorithm) && (unverified.iss === keys.openId.issuer || !staticKeys)) {
      if (unverified.iss !== keys.openId.issuer) {
        throw new AuthenticationError(
          `Invalid token: it was issued by ${JSON.stringify(unverified.iss ?? null)}, not by the OpenID provider this service trusts`,
        );
      }
      try {
        claims = (await jwtVerify(token, openIdKeys, { ...rules, algorithms: OPENID_ALGORITHMS, issuer: keys.openId.issuer, audience: keys.openId.audience }))
          .payload;
      } catch (error) {
        return refuse(error);
      }
    } else if (staticKeys) {
      claims = await withStaticKeys(token, algorithm as Algorithm, staticKeys);
    } else {
      throw new AuthenticationError(`Invalid token: algorithm ${JSON.stringify(algorithm ?? null)} is not accepted (accepted: ${accepted.join(', ')})`);
    }
    return { viewer: viewerFromClaims(claims, mapping), claims };
  }

  // A user's token is verified once, then trusted briefly (token-cache.ts).
  return cachingTokenVerifier({
    verify,
    async viewerOf(authorization) {
      if (authorization === undefined || authorization.trim() === '') return null;
      const bearer = /^Bearer +(\S+)$/i.exec(authorization.trim());
      if (!bearer) throw new AuthenticationError('Invalid Authorization header: expected "Bearer <token>"');
      return (await verify(bearer[1])).viewer;
    },
  });
}

export interface TokenRequest {
  role: string;
  /** An editor's health region. */
  region?: string | null;
  subject: string;
  /** A time span: "1h", "30m", "7d"; a negative one ("-1h") makes a token that has already expired. */
  expiresIn?: string;
}

/**
 * Signs a token with the first HS256 secret (what `npm run token` and the tests use). Its claims
 * are checked by the same rules the services verify with, so it never signs a token they refuse.
 */
export async function signToken(keys: TokenKeys, request: TokenRequest): Promise<string> {
  const secret = keys.secrets[0];
  if (!secret) throw new ConfigurationError('Only JWT_SECRET (HS256) can sign here; tokens for public keys come from their identity provider');
  const viewer = viewerFromClaims({ role: request.role, region: request.region ?? undefined, sub: request.subject });
  const jwt = new SignJWT({ role: viewer.role, ...(viewer.region ? { region: viewer.region } : {}) })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(viewer.subject)
    .setIssuedAt();
  try {
    jwt.setExpirationTime(request.expiresIn ?? '1h');
  } catch {
    throw new ConfigurationError(`expires-in must be a time span such as 30m, 1h or 7d, got "${request.expiresIn}"`);
  }
  if (keys.issuer) jwt.setIssuer(keys.issuer);
  if (keys.audience) jwt.setAudience(keys.audience);
  return jwt.sign(createSecretKey(Buffer.from(secret, 'utf8')));
}
