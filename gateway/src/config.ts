import { ConfigurationError, getEnvNum, getEnvStr } from '@pallnet/subgraph-kit';
import { REPO_ROOT } from '@pallnet/system/dist/repo';
import path from 'node:path';

/** Where `npm run compose` writes the supergraph and where the gateway reads it by default. */
export const DEFAULT_SUPERGRAPH_PATH = path.join(REPO_ROOT, 'supergraph.graphql');
export const DEFAULT_PORT = 4000;
export const DEFAULT_SUBGRAPH_TIMEOUT_MS = 5000;
export const DEFAULT_HEALTH_TIMEOUT_MS = 2000;
/** The dashboard's dev server (Vite preview). */
export const DEFAULT_CORS_ORIGINS = ['http://localhost:4173'];

export interface GatewayConfig {
  port: number;
  host?: string;
  supergraphPath: string;
  subgraphTimeoutMs: number;
  healthTimeoutMs: number;
  corsOrigins: string[];
  production: boolean;
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
 * SUBGRAPH_TIMEOUT_MS (5000), HEALTH_TIMEOUT_MS (2000), CORS_ORIGINS (comma list,
 * http://localhost:4173), NODE_ENV.
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
    healthTimeoutMs: positive('HEALTH_TIMEOUT_MS', getEnvNum('HEALTH_TIMEOUT_MS', DEFAULT_HEALTH_TIMEOUT_MS)),
    corsOrigins,
    production: getEnvStr('NODE_ENV') === 'production',
  };
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
