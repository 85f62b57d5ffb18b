import { HealthRegion } from '@pallnet/contract';
import { GraphQLError } from 'graphql';
import { decodeProtectedHeader, errors as jose, jwtVerify, KeyLike, SignJWT } from 'jose';
import { createPublicKey, createSecretKey, KeyObject } from 'node:crypto';
import type { Viewer, ViewerRole } from './auth';
import { ConfigurationError } from './config';
import { isRegionCode } from './region-code';

/*
 * Bearer tokens (JWT) become viewers here, in the gateway and again in every subgraph, with the
 * same keys and the same rules: a request without a token is anonymous; a token that is expired,
 * malformed, wrongly signed, or names an unknown role or region is refused with UNAUTHENTICATED.
 */

export const VIEWER_ROLES: readonly ViewerRole[] = ['editor', 'analyst'];
export const KNOWN_REGIONS: readonly string[] = Object.values(HealthRegion);

/**
 * The key every service uses when none is configured outside production, so that `npm start`
 * and `npm run token` agree with nothing set. It is public: production refuses it.
 */
export const DEVELOPMENT_JWT_SECRET = 'pallnet-local-development-key-not-for-production';
/** HS256 wants a key of at least 256 bits. */
const MIN_SECRET_LENGTH = 32;

/** The keys that sign and verify tokens, and the claims every token must carry. */
export interface TokenKeys {
  /** HS256 secrets: the first one (JWT_SECRET) signs and verifies; the others (JWT_PREVIOUS_SECRETS) only verify, during a rotation. */
  secrets: string[];
  /** PEM public keys (JWT_PUBLIC_KEYS) of an identity provider that signs the tokens: RSA for RS256, EC P-256 for ES256. */
  publicKeys: string[];
  /** When set, a token's `iss` must equal it (JWT_ISSUER). */
  issuer?: string;
  /** When set, a token's `aud` must include it (JWT_AUDIENCE). */
  audience?: string;
  /** Nothing was configured: the public development key is in use. */
  development: boolean;
}

/** A request's token was refused: `extensions.code` UNAUTHENTICATED, HTTP 401. */
export class AuthenticationError extends GraphQLError {
  constructor(reason: string) {
    super(reason, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
  }
}

export function developmentTokenKeys(): TokenKeys {
  return { secrets: [DEVELOPMENT_JWT_SECRET], publicKeys: [], development: true };
}

/** Production takes configured keys only: the development key is public. */
export function assertProductionTokenKeys(keys: TokenKeys): void {
  if (keys.development) {
    throw new ConfigurationError('No token key configured: set JWT_SECRET (HS256) or JWT_PUBLIC_KEYS (RS256/ES256); production has no development key');
  }
}

/** The PEM blocks of a variable; `\n` written as two characters (an env file's single line) counts as a line break. */
function pemBlocks(raw: string): string[] {
  return raw.replace(/\\n/g, '\n').match(/-----BEGIN PUBLIC KEY-----[\s\S]+?-----END PUBLIC KEY-----/g) ?? [];
}

/**
 * The token keys from the environment, checked: JWT_SECRET, JWT_PREVIOUS_SECRETS (comma list),
 * JWT_PUBLIC_KEYS (PEM), JWT_ISSUER, JWT_AUDIENCE. With none of the keys set, the development key
 * outside production; in production that is a configuration error.
 */
export function readTokenKeys(env: NodeJS.ProcessEnv = process.env): TokenKeys {
  const production = env.NODE_ENV === 'production';
  const current = env.JWT_SECRET?.trim() || undefined;
  const previous = (env.JWT_PREVIOUS_SECRETS ?? '').split(',').map((secret) => secret.trim()).filter(Boolean);
  const publicKeysRaw = env.JWT_PUBLIC_KEYS?.trim() || undefined;
  const claims = { issuer: env.JWT_ISSUER?.trim() || undefined, audience: env.JWT_AUDIENCE?.trim() || undefined };

  if (previous.length && !current) throw new ConfigurationError('JWT_PREVIOUS_SECRETS is set but JWT_SECRET is not: set the current secret too');
  const publicKeys = publicKeysRaw ? pemBlocks(publicKeysRaw) : [];
  if (publicKeysRaw && publicKeys.length === 0) {
    throw new ConfigurationError('JWT_PUBLIC_KEYS holds no PEM public key (-----BEGIN PUBLIC KEY----- … -----END PUBLIC KEY-----)');
  }
  if (!current && publicKeys.length === 0) {
    const keys = { ...developmentTokenKeys(), ...claims };
    if (production) assertProductionTokenKeys(keys);
    return keys;
  }
  if (production && [current, ...previous].includes(DEVELOPMENT_JWT_SECRET)) {
    throw new ConfigurationError('JWT_SECRET is the public development key: set a secret of your own in production');
  }
  const keys: TokenKeys = { secrets: current ? [current, ...previous] : [], publicKeys, development: false, ...claims };
  prepareKeys(keys);
  return keys;
}

type Algorithm = 'HS256' | 'RS256' | 'ES256';

/** The keys as KeyObjects by algorithm; a key that cannot be used is a configuration error naming it. */
function prepareKeys(keys: TokenKeys): Map<Algorithm, KeyObject[]> {
  const byAlgorithm = new Map<Algorithm, KeyObject[]>();
  const add = (algorithm: Algorithm, key: KeyObject) => byAlgorithm.set(algorithm, [...(byAlgorithm.get(algorithm) ?? []), key]);
  keys.secrets.forEach((secret, index) => {
    if (secret.length < MIN_SECRET_LENGTH) {
      const variable = index === 0 ? 'JWT_SECRET' : 'JWT_PREVIOUS_SECRETS';
      throw new ConfigurationError(`${variable} must be at least ${MIN_SECRET_LENGTH} characters (HS256 needs 256 bits), got ${secret.length}`);
    }
    add('HS256', createSecretKey(Buffer.from(secret, 'utf8')));
  });
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
  if (byAlgorithm.size === 0) throw new ConfigurationError('No token key: give at least one secret or public key');
  return byAlgorithm;
}

/**
 * The viewer a token's claims describe: `role` editor or analyst, an editor's `region` a region
 * code (not necessarily one this service serves), `sub` who it is. Anything else is refused.
 */
export function viewerFromClaims(claims: { role?: unknown; region?: unknown; sub?: unknown }): Viewer {
  const { role, region, sub } = claims;
  if (typeof role !== 'string' || !(VIEWER_ROLES as readonly string[]).includes(role)) {
    throw new AuthenticationError(`Invalid token: role ${JSON.stringify(role ?? null)} is not known (known: ${VIEWER_ROLES.join(', ')})`);
  }
  if (typeof sub !== 'string' || sub.trim() === '') throw new AuthenticationError('Invalid token: it names no subject (sub)');
  if (role === 'editor') {
    if (region === undefined || region === null || region === '') {
      throw new AuthenticationError(`Invalid token: an editor's token must name a region (one of ${KNOWN_REGIONS.join(', ')})`);
    }
    // Any region's editor passes here; each region's subgraph checks that the region is its own.
    if (!isRegionCode(region)) {
      throw new AuthenticationError(`Invalid token: region ${JSON.stringify(region)} is not a region code (capital letters, digits and _, like ${KNOWN_REGIONS.join(', ')})`);
    }
    return { role, region, subject: sub };
  }
  return { role: role as ViewerRole, region: null, subject: sub };
}

/** Why jose refused a token, in words for the caller. */
function describeRejection(error: unknown): string {
  if (error instanceof jose.JWTExpired) return 'Invalid token: it has expired';
  if (error instanceof jose.JWTClaimValidationFailed) return `Invalid token: ${error.message}`;
  if (error instanceof jose.JWSSignatureVerificationFailed) return 'Invalid token: its signature does not match any configured key';
  return 'Invalid token: it is malformed (expected a signed JWT, header.payload.signature)';
}

export interface TokenVerifier {
  /** The viewer of a request's Authorization header: null without one; AuthenticationError for a bad one. */
  viewerOf(authorization: string | undefined): Promise<Viewer | null>;
}

export function createTokenVerifier(keys: TokenKeys): TokenVerifier {
  const keysByAlgorithm = prepareKeys(keys);
  const accepted = [...keysByAlgorithm.keys()];

  async function verify(token: string): Promise<Viewer> {
    let algorithm: string | undefined;
    try {
      algorithm = decodeProtectedHeader(token).alg;
    } catch {
      throw new AuthenticationError(describeRejection(undefined));
    }
    const candidates = keysByAlgorithm.get(algorithm as Algorithm);
    if (!candidates) {
      throw new AuthenticationError(`Invalid token: algorithm ${JSON.stringify(algorithm ?? null)} is not accepted (accepted: ${accepted.join(', ')})`);
    }
    let lastError: unknown;
    // Several keys of one algorithm during a rotation: the signature decides which one signed it.
    for (const key of candidates) {
      try {
        const { payload } = await jwtVerify(token, key as KeyLike, {
          algorithms: [algorithm!],
          issuer: keys.issuer,
          audience: keys.audience,
          requiredClaims: ['exp', 'sub'],
          clockTolerance: 5,
        });
        return viewerFromClaims(payload);
      } catch (error) {
        if (!(error instanceof jose.JWSSignatureVerificationFailed)) {
          throw error instanceof AuthenticationError ? error : new AuthenticationError(describeRejection(error));
        }
        lastError = error;
      }
    }
    throw new AuthenticationError(describeRejection(lastError));
  }

  return {
    async viewerOf(authorization) {
      if (authorization === undefined || authorization.trim() === '') return null;
      const bearer = /^Bearer +(\S+)$/i.exec(authorization.trim());
      if (!bearer) throw new AuthenticationError('Invalid Authorization header: expected "Bearer <token>"');
      return verify(bearer[1]);
    },
  };
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
 * Signs a token with the current HS256 secret (what `npm run token` prints). Its claims are
 * checked by the same rules the services verify with, so it never signs a token they refuse.
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
