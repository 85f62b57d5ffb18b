/**
 * Hive Gateway as an alternative gateway tier, over the same committed supergraph.graphql and the
 * same subgraphs as our gateway (gateway/). For the Hive Gateway CLI and its image (see the
 * Dockerfile beside this file); tests/deployment/hive-gateway.test.ts serves the real system with
 * it through @graphql-hive/gateway-runtime.
 *
 * What it does as our gateway does: each subgraph's `x-gateway-secret` (<NAME>_GATEWAY_SECRET),
 * the caller's `Authorization` forwarded (every subgraph verifies the token itself; a bad token
 * gets UNAUTHENTICATED from the subgraphs rather than at the edge), subgraph URLs from <NAME>_URL,
 * the same query limits (graphql-armor, the gateway's defaults), no field suggestions, a timeout
 * per subgraph request. Environment: SUPERGRAPH_PATH (default ./supergraph.graphql),
 * <NAME>_URL, <NAME>_GATEWAY_SECRET, SUBGRAPH_TIMEOUT_MS (5000), MAX_QUERY_* as for our gateway.
 */
import { blockFieldSuggestionsPlugin } from '@escape.tech/graphql-armor-block-field-suggestions';
import { costLimitPlugin } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const env = process.env;
const supergraph = readFileSync(path.resolve(env.SUPERGRAPH_PATH ?? 'supergraph.graphql'), 'utf8');
const prefixOf = (name: string) => name.replace(/-/g, '_').toUpperCase();
const limit = (variable: string, fallback: number) => {
  const value = Number(env[variable] || fallback);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${variable} must be a whole number of at least 1, got ${env[variable]}`);
  return value;
};

/** The subgraphs the supergraph names (`join__Graph`), so a new region needs no change here. */
const subgraphs = [...supergraph.matchAll(/@join__graph\(name: "([^"]+)", url: "([^"]+)"\)/g)].map(([, name, url]) => ({ name, url }));
if (subgraphs.length === 0) throw new Error('The supergraph names no subgraphs (join__Graph): is it a composed Federation 2 supergraph?');
const production = env.NODE_ENV === 'production';
if (production) {
  const missing = subgraphs.map(({ name }) => `${prefixOf(name)}_GATEWAY_SECRET`).filter((variable) => !env[variable]);
  if (missing.length) throw new Error(`${missing.join(', ')} must be set in production: the subgraphs accept only the gateway`);
}

export const gatewayConfig = {
  supergraph,
  transportEntries: Object.fromEntries(
    subgraphs.map(({ name, url }) => {
      const secret = env[`${prefixOf(name)}_GATEWAY_SECRET`];
      return [name, { location: env[`${prefixOf(name)}_URL`] || url, headers: (secret ? [['x-gateway-secret', secret]] : []) as [string, string][] }];
    }),
  ),
  propagateHeaders: {
    fromClientToSubgraphs: ({ request }: { request: Request }) => ({ authorization: request.headers.get('authorization') ?? undefined }),
  },
  upstreamTimeout: limit('SUBGRAPH_TIMEOUT_MS', 5000),
  plugins: () => [
    maxDepthPlugin({ n: limit('MAX_QUERY_DEPTH', 10), ignoreIntrospection: true, flattenFragments: true }),
    maxAliasesPlugin({ n: limit('MAX_QUERY_ALIASES', 30) }),
    maxTokensPlugin({ n: limit('MAX_QUERY_TOKENS', 2000) }),
    costLimitPlugin({ maxCost: limit('MAX_QUERY_COST', 20000) }),
    blockFieldSuggestionsPlugin(),
  ],
  landingPage: false,
  graphiql: !production,
  logging: (env.LOG_LEVEL === 'debug' ? 'debug' : 'info') as 'debug' | 'info',
};
