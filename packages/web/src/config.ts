import { ConfigurationError } from '@pallnet/subgraph-kit/config';
import { isProductionEnvironment, parseDuration, readTokenKeys, TokenKeys } from '@pallnet/subgraph-kit/tokens';
import type { ClientAuthentication } from './openid';
import { DEFAULT_SESSION_LIMITS, SessionLimits } from './sessions';

export const DEFAULT_WEB_PORT = 4173;
export const DEFAULT_GATEWAY_URL = 'http://localhost:4000/graphql';
export const DEFAULT_SCOPES = 'openid profile offline_access';

/** The OpenID Connect client the web app signs users in with. */
export interface SignInSettings {
  issuer: string;
  clientId: string;
  clientAuthentication: ClientAuthentication;
  scopes: string;
  resource?: string;
  /** The ID token claim with the user's display name (OIDC_NAME_CLAIM, default `name`). */
  nameClaim: string;
}

export interface WebServerOptions {
  /** 0 picks a free port. */
  port: number;
  /** Default: every interface; `npm start` gives 127.0.0.1 unless HOST opens it. */
  host?: string;
  /** The address browsers use, e.g. https://pallnet.example.no; default http://localhost:<port>. Secure cookies when https. */
  publicUrl?: string;
  /** The gateway's GraphQL endpoint that /api/graphql forwards to. */
  gatewayUrl: string;
  /** Sign-in; without it /auth/login answers that sign-in is not set up, and everyone is anonymous. */
  signIn?: SignInSettings;
  /** Verifies the provider's access tokens and reads role and region from them (the gateway's rules). */
  tokenKeys?: TokenKeys;
  /** Origins the page's `?gateway=` may point at (development); credentials are never sent there. */
  gatewayOrigins?: string[];
  sessionLimits?: Partial<SessionLimits>;
  /** The built dashboard; default packages/dashboard/dist. */
  distDir?: string;
  /** Where warnings go. Default: console. */
  logger?: Pick<Console, 'warn' | 'error'>;
}

function list(raw: string | undefined): string[] {
  return (raw ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
}

function origin(variable: string, raw: string): string {
  try {
    const url = new URL(raw);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('not http(s)');
    return url.origin;
  } catch {
    throw new ConfigurationError(`${variable} must list http(s) origins, got "${raw}"`);
  }
}

/**
 * The web app's settings from the environment: DASHBOARD_PORT (4173), HOST, WEB_PUBLIC_URL,
 * GATEWAY_URL, DASHBOARD_GATEWAY_ORIGINS; sign-in: OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET
 * (client_secret_basic) or OIDC_CLIENT_PRIVATE_KEY (+ OIDC_CLIENT_KEY_ID; private_key_jwt),
 * OIDC_SCOPES, OIDC_RESOURCE, OIDC_NAME_CLAIM; sessions: SESSION_IDLE_TIMEOUT, SESSION_MAX_AGE,
 * SESSION_MAX_COUNT; and the token rules the gateway uses (readTokenKeys).
 */
export function readWebConfig(env: NodeJS.ProcessEnv = process.env): WebServerOptions {
  function getEnvStr(name: string, fallback: string): string;
  function getEnvStr(name: string): string | undefined;
  function getEnvStr(name: string, fallback?: string): string | undefined {
    const value = env[name]?.trim();
    return value === undefined || value === '' ? fallback : value;
  }
  const getEnvNum = (name: string, fallback: number) => {
    const raw = getEnvStr(name);
    if (raw === undefined) return fallback;
    if (!/^\d+$/.test(raw)) throw new ConfigurationError(`${name} must be a whole number, got "${raw}"`);
    return Number(raw);
  };
  const production = isProductionEnvironment(env);
  const port = getEnvNum('DASHBOARD_PORT', DEFAULT_WEB_PORT);
  const publicUrl = getEnvStr('WEB_PUBLIC_URL');
  if (publicUrl !== undefined) origin('WEB_PUBLIC_URL', publicUrl);
  if (production && !publicUrl?.startsWith('https://')) {
    throw new ConfigurationError('WEB_PUBLIC_URL must be the https address browsers use, in production (the session cookie is Secure)');
  }
  const issuer = getEnvStr('OIDC_ISSUER');
  let signIn: SignInSettings | undefined;
  if (issuer) {
    const clientId = getEnvStr('OIDC_CLIENT_ID');
    if (!clientId) throw new ConfigurationError('OIDC_CLIENT_ID must be set with OIDC_ISSUER: the web app signs users in as that client');
    const secret = getEnvStr('OIDC_CLIENT_SECRET');
    const privateKey = getEnvStr('OIDC_CLIENT_PRIVATE_KEY');
    if (Boolean(secret) === Boolean(privateKey)) {
      throw new ConfigurationError(
        'Set exactly one of OIDC_CLIENT_SECRET (client_secret_basic) and OIDC_CLIENT_PRIVATE_KEY (private_key_jwt, which HelseID requires)',
      );
    }
    const keyId = getEnvStr('OIDC_CLIENT_KEY_ID');
    signIn = {
      issuer,
      clientId,
      clientAuthentication: secret
        ? { method: 'client_secret_basic', secret }
        : { method: 'private_key_jwt', privateKey: privateKey!, ...(keyId ? { keyId } : {}) },
      scopes: getEnvStr('OIDC_SCOPES', DEFAULT_SCOPES),
      ...(getEnvStr('OIDC_RESOURCE') ? { resource: getEnvStr('OIDC_RESOURCE') } : {}),
      nameClaim: getEnvStr('OIDC_NAME_CLAIM', 'name'),
    };
    if (!signIn.scopes.split(/\s+/).includes('openid')) throw new ConfigurationError(`OIDC_SCOPES must include openid, got "${signIn.scopes}"`);
  } else if (production) {
    throw new ConfigurationError('OIDC_ISSUER must be set in production: editors sign in through the organisation’s OpenID provider');
  }
  const ms = (variable: string, fallback: number) => (getEnvStr(variable) ? parseDuration(variable, getEnvStr(variable)!) * 1000 : fallback);
  return {
    port,
    host: getEnvStr('HOST'),
    ...(publicUrl ? { publicUrl } : {}),
    gatewayUrl: getEnvStr('GATEWAY_URL', DEFAULT_GATEWAY_URL),
    ...(signIn ? { signIn, tokenKeys: readTokenKeys(env) } : {}),
    gatewayOrigins: list(getEnvStr('DASHBOARD_GATEWAY_ORIGINS')).map((entry) => origin('DASHBOARD_GATEWAY_ORIGINS', entry)),
    sessionLimits: {
      idleTimeoutMs: ms('SESSION_IDLE_TIMEOUT', DEFAULT_SESSION_LIMITS.idleTimeoutMs),
      absoluteTimeoutMs: ms('SESSION_MAX_AGE', DEFAULT_SESSION_LIMITS.absoluteTimeoutMs),
      maxSessions: getEnvNum('SESSION_MAX_COUNT', DEFAULT_SESSION_LIMITS.maxSessions),
    },
  };
}
