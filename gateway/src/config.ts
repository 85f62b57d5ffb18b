import { DEFAULT_REQUEST_GUARD_LIMITS } from '@pallnet/subgraph-kit';
import {
  ConfigurationError,
  gatewaySecretVariableFor,
  getEnvBool,
  getEnvNum,
  getEnvStr,
  isProductionEnvironment,
  readTokenKeys,
  TokenKeys,
} from '@pallnet/subgraph-kit';
import { REPO_ROOT } from '@pallnet/services';
import path from 'node:path';
import { DEFAULT_RATE_LIMIT, RateLimit } from './rate-limit';

/** Where `npm run compose` writes the supergraph and where the gateway reads it by default. */
export const DEFAULT_SUPERGRAPH_PATH = path.join(REPO_ROOT, 'supergraph.graphql');
export const DEFAULT_PORT = 4000;
export const DEFAULT_SUBGRAPH_TIMEOUT_MS = 5000;
export const DEFAULT_HEALTH_TIMEOUT_MS = 2000;
/** How long `GET /health` answers from its last check: a flood of health checks costs the subgraphs one check per period. */
export const DEFAULT_HEALTH_CACHE_MS = 2000;
/** The dashboard's dev server (Vite preview). */
export const DEFAULT_CORS_ORIGINS = ['http://localhost:4173'];
/** The analysts' workbench in the web app `npm start` serves. */
export const DEFAULT_WORKBENCH_URL = 'http://localhost:4173/#/arbeidsbenk';

/**
 * What one query may ask for (graphql-armor). The defaults leave room above the deepest and
 * largest queries the README, the dashboard and the analyst tools send (6 levels, about 500
 * tokens, cost about 1500); an attacker's nested or aliased query is far above them.
 */
export interface QueryLimits {
  /** Nesting of fields; fragments do not count as a level. */
  maxDepth: number;
  maxAliases: number;
  /** Lexical tokens of the whole document. */
  maxTokens: number;
  /**
   * Estimated values in the answer (packages/subgraph-kit/src/request-guards.ts): 1 per field,
   * plus what an object field selects, times the size of every list on the way: its
   * `first`/`limit` when it has one, else `listSizeEstimate`.
   */
  maxCost: number;
  maxDirectives: number;
  /** Fields at the root of the operation, each alias counted. */
  maxRootFields: number;
  /** The size assumed for a list no argument bounds. */
  listSizeEstimate: number;
  /** Subgraph requests the query plan may make. */
  maxSubgraphFetches: number;
  /** Bytes of the JSON answer. */
  maxResponseBytes: number;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = {
  maxDepth: DEFAULT_REQUEST_GUARD_LIMITS.maxDepth,
  maxAliases: 30,
  maxTokens: 2000,
  maxCost: DEFAULT_REQUEST_GUARD_LIMITS.maxCost,
  maxDirectives: 20,
  maxRootFields: DEFAULT_REQUEST_GUARD_LIMITS.maxRootFields,
  listSizeEstimate: DEFAULT_REQUEST_GUARD_LIMITS.defaultListSize,
  maxSubgraphFetches: 40,
  maxResponseBytes: 5 * 1024 * 1024,
};

/** The environment variable of each limit. */
export const QUERY_LIMIT_VARIABLES: Record<keyof QueryLimits, string> = {
  maxDepth: 'MAX_QUERY_DEPTH',
  maxAliases: 'MAX_QUERY_ALIASES',
  maxTokens: 'MAX_QUERY_TOKENS',
  maxCost: 'MAX_QUERY_COST',
  maxDirectives: 'MAX_QUERY_DIRECTIVES',
  maxRootFields: 'MAX_QUERY_ROOT_FIELDS',
  listSizeEstimate: 'QUERY_LIST_SIZE_ESTIMATE',
  maxSubgraphFetches: 'MAX_SUBGRAPH_FETCHES',
  maxResponseBytes: 'MAX_RESPONSE_BYTES',
};

export interface GatewayConfig {
  port: number;
  host?: string;
  supergraphPath: string;
  subgraphTimeoutMs: number;
  deduplicateSubgraphQueries: boolean;
  healthTimeoutMs: number;
  corsOrigins: string[];
  workbenchUrl: string;
  production: boolean;
  tokenKeys: TokenKeys;
  limits: QueryLimits;
  /** Per client; false turns it off (RATE_LIMIT_PER_MINUTE=0). */
  rateLimit: RateLimit | false;
  healthCacheMs: number;
}

/** `VEST_URL` for the subgraph `vest`, `SOR_OST_URL` for `sor-ost`. */
export function subgraphUrlVariableFor(subgraph: string): string {
  return `${subgraph.replace(/-/g, '_').toUpperCase()}_URL`;
}

function positive(name: string, value: number): number {
  if (value <= 0) throw new ConfigurationError(`${name} must be a positive number, got ${value}`);
  return value;
}

/**
 * The gateway's settings from the environment, read once by `index.ts`: PORT (4000), HOST,
 * SUPERGRAPH_PATH (<repo>/supergraph.graphql; relative paths from the repository root),
 * SUBGRAPH_TIMEOUT_MS (5000), SUBGRAPH_DEDUPLICATION (true), HEALTH_TIMEOUT_MS (2000), CORS_ORIGINS (comma list,
 * http://localhost:4173), WORKBENCH_URL (http://localhost:4173/#/arbeidsbenk), NODE_ENV, the token keys (readTokenKeys: OIDC_ISSUER, OIDC_AUDIENCE, JWT_SECRET, …) and the query limits (MAX_QUERY_DEPTH, …).
 */
export function readGatewayConfig(): GatewayConfig {
  const corsOrigins = getEnvStr('CORS_ORIGINS', DEFAULT_CORS_ORIGINS.join(','))
    .split(',')
    .map((origin) => origin.trim())
    .filter((origin) => origin !== '');
  return {
    port: getEnvNum('PORT', DEFAULT_PORT),
    host: getEnvStr('HOST'),
    supergraphPath: path.resolve(REPO_ROOT, getEnvStr('SUPERGRAPH_PATH', DEFAULT_SUPERGRAPH_PATH)),
    subgraphTimeoutMs: positive('SUBGRAPH_TIMEOUT_MS', getEnvNum('SUBGRAPH_TIMEOUT_MS', DEFAULT_SUBGRAPH_TIMEOUT_MS)),
    deduplicateSubgraphQueries: getEnvBool('SUBGRAPH_DEDUPLICATION', true),
    healthTimeoutMs: positive('HEALTH_TIMEOUT_MS', getEnvNum('HEALTH_TIMEOUT_MS', DEFAULT_HEALTH_TIMEOUT_MS)),
    corsOrigins,
    workbenchUrl: readWorkbenchUrl(),
    // staging, Production, …: anything but development and test is run as production.
    production: isProductionEnvironment(),
    tokenKeys: readTokenKeys(),
    limits: readQueryLimits(),
    rateLimit: readRateLimit(),
    healthCacheMs: getEnvNum('HEALTH_CACHE_MS', DEFAULT_HEALTH_CACHE_MS),
  };
}

function readWorkbenchUrl(): string {
  const url = getEnvStr('WORKBENCH_URL', DEFAULT_WORKBENCH_URL);
  if (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol)) throw new ConfigurationError(`WORKBENCH_URL must be an http(s) URL, got "${url}"`);
  return url;
}

/** RATE_LIMIT_PER_MINUTE (600; 0 turns the limit off) and RATE_LIMIT_BURST (120). */
function readRateLimit(): RateLimit | false {
  const perMinute = getEnvNum('RATE_LIMIT_PER_MINUTE', DEFAULT_RATE_LIMIT.perMinute);
  if (perMinute === 0) return false;
  return {
    perMinute: positive('RATE_LIMIT_PER_MINUTE', perMinute),
    burst: positive('RATE_LIMIT_BURST', getEnvNum('RATE_LIMIT_BURST', DEFAULT_RATE_LIMIT.burst)),
  };
}

function readQueryLimits(): QueryLimits {
  const limits = { ...DEFAULT_QUERY_LIMITS };
  for (const [limit, variable] of Object.entries(QUERY_LIMIT_VARIABLES) as [keyof QueryLimits, string][]) {
    const value = getEnvNum(variable, DEFAULT_QUERY_LIMITS[limit]);
    if (!Number.isInteger(value) || value < 1) throw new ConfigurationError(`${variable} must be a whole number of at least 1, got ${value}`);
    limits[limit] = value;
  }
  return limits;
}

/** The secret for each subgraph from `<NAME>_GATEWAY_SECRET` (VEST_GATEWAY_SECRET, …); unset ones are left out. */
export function readGatewaySecrets(subgraphNames: readonly string[]): Record<string, string> {
  const secrets: Record<string, string> = {};
  for (const name of subgraphNames) {
    const secret = getEnvStr(gatewaySecretVariableFor(name));
    if (secret !== undefined) secrets[name] = secret;
  }
  return secrets;
}

/**
 * Subgraph URLs from `<NAME>_URL` (VEST_URL, SOR_OST_URL…) for the subgraphs the supergraph
 * names, so a new region needs no code here. Unset ones keep the URL composed into the supergraph.
 */
export function readSubgraphUrls(subgraphNames: readonly string[]): Record<string, string> {
  const subgraphUrls: Record<string, string> = {};
  for (const name of subgraphNames) {
    const variable = subgraphUrlVariableFor(name);
    const url = getEnvStr(variable);
    if (url === undefined) continue;
    if (!URL.canParse(url)) throw new ConfigurationError(`${variable} must be a URL, got "${url}"`);
    subgraphUrls[name] = url;
  }
  return subgraphUrls;
}
