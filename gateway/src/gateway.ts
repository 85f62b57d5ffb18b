import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import {
  assertProductionTokenKeys,
  bindHostFor,
  ConfigurationError,
  createTokenVerifier,
  developmentKeyWarning,
  gatewaySecretVariableFor,
  listen,
  maskInternalErrors,
  readTokenKeys,
  TokenKeys,
} from '@pallnet/subgraph-kit';
import cors from 'cors';
import express from 'express';
import http from 'node:http';
import {
  DEFAULT_CORS_ORIGINS,
  DEFAULT_HEALTH_CACHE_MS,
  DEFAULT_HEALTH_TIMEOUT_MS,
  DEFAULT_QUERY_LIMITS,
  DEFAULT_SUBGRAPH_TIMEOUT_MS,
  DEFAULT_SUPERGRAPH_PATH,
  DEFAULT_WORKBENCH_URL,
  QueryLimits,
} from './config';
import { cachedHealthCheck, healthFor } from './health';
import { landingPagePlugin } from './landing-page';
import { DEFAULT_RATE_LIMIT, RateLimit, rateLimiter } from './rate-limit';
import { responseSizeLimit, subgraphFetchLimit } from './response-limits';
import { GatewayObservabilityOptions, observeGateway } from './observability';
import { hideSuggestions, queryLimits } from './query-limits';
import { GatewayContext, gatewayContext } from './request-context';
import { SubgraphDataSource } from './subgraph-data-source';
import { listSupergraphSubgraphs, readSupergraph, SupergraphError, SupergraphSubgraph } from './supergraph';

export { SubgraphErrorCode } from './subgraph-data-source';
export { DEFAULT_QUERY_LIMITS, QUERY_LIMIT_VARIABLES } from './config';
export type { QueryLimits } from './config';
export type { GatewayHealth, SubgraphHealth } from './health';
export type { GatewayContext } from './request-context';
export { DEFAULT_RATE_LIMIT } from './rate-limit';
export type { RateLimit } from './rate-limit';
export { countFetches } from './response-limits';
export type { SupergraphSubgraph } from './supergraph';

export interface GatewayOptions {
  /** 0 picks a free port (tests). */
  port: number;
  host?: string;
  /** The composed supergraph; when absent it is read from `supergraphPath`. */
  supergraphSdl?: string;
  /** Default: <repo>/supergraph.graphql. */
  supergraphPath?: string;
  /** Subgraph URLs by subgraph name, replacing the ones composed into the supergraph. */
  subgraphUrls?: Record<string, string>;
  /** Per subgraph request. Default 5000 ms. */
  subgraphTimeoutMs?: number;
  /** Identical subgraph queries in flight at the same moment share one request (subgraph-fetcher.ts). Default true. */
  deduplicateSubgraphQueries?: boolean;
  /** Per subgraph `/health` call of `GET /health`. Default 2000 ms. */
  healthTimeoutMs?: number;
  /** Browser origins allowed to call the gateway. Default: http://localhost:4173. */
  corsOrigins?: string[];
  /** Turns introspection off, and refuses the development token key and subgraphs without a secret. */
  production?: boolean;
  /** The keys callers' tokens are verified with. Default: from the environment (readTokenKeys). */
  tokenKeys?: TokenKeys;
  /** Each subgraph's secret by subgraph name, sent in `x-gateway-secret`. Required for every subgraph in production. */
  gatewaySecrets?: Record<string, string>;
  /** Per-query limits; unset ones keep their defaults. */
  limits?: Partial<QueryLimits>;
  /** The analysts' workbench in the web app, which the gateway's page in a browser points to. Default: http://localhost:4173/#/arbeidsbenk. */
  workbenchUrl?: string;
  /** Requests per client (token subject, else address); false: none. Default 600 a minute, bursts of 120. */
  rateLimit?: RateLimit | false;
  /** How long `GET /health` answers from its last check. Default 2000 ms. */
  healthCacheMs?: number;
  /** Where subgraph failures and server errors are logged. Default: console. */
  logger?: Pick<Console, 'warn' | 'error'>;
  /** Structured request logs and where /metrics is served (see observability.ts). */
  observability?: Omit<GatewayObservabilityOptions, 'host' | 'production'>;
}

export interface RunningGateway {
  /** The GraphQL endpoint, e.g. http://localhost:4000/graphql. */
  url: string;
  port: number;
  /** The subgraphs with the URLs the gateway actually uses. */
  subgraphs: SupergraphSubgraph[];
  stop(): Promise<void>;
}

/** The supergraph's subgraphs with the configured URLs in place of the composed ones. */
function resolveSubgraphUrls(composed: SupergraphSubgraph[], overrides: Record<string, string>): SupergraphSubgraph[] {
  const unknown = Object.keys(overrides).filter((name) => !composed.some((subgraph) => subgraph.name === name));
  if (unknown.length) {
    throw new SupergraphError(
      `No subgraph named ${unknown.map((n) => `"${n}"`).join(', ')} in the supergraph (it has ${composed.map((s) => s.name).join(', ')})`,
    );
  }
  return composed.map((subgraph) => ({ name: subgraph.name, url: overrides[subgraph.name] ?? subgraph.url }));
}

/** Refuses, in production, the public development key and a subgraph the gateway has no secret for. */
function assertSafeAccess(subgraphs: SupergraphSubgraph[], options: GatewayOptions, tokenKeys: TokenKeys): void {
  const secrets = options.gatewaySecrets ?? {};
  const unknown = Object.keys(secrets).filter((name) => !subgraphs.some((subgraph) => subgraph.name === name));
  if (unknown.length) throw new SupergraphError(`A gateway secret for ${unknown.map((n) => `"${n}"`).join(', ')}, which the supergraph does not name`);
  if (!options.production) return;
  assertProductionTokenKeys(tokenKeys);
  const missing = subgraphs.filter((subgraph) => secrets[subgraph.name] === undefined).map((subgraph) => gatewaySecretVariableFor(subgraph.name));
  if (missing.length) throw new ConfigurationError(`${missing.join(', ')} must be set in production: the subgraphs accept only the gateway`);
}

/**
 * Serves the static supergraph over the subgraphs and listens: `POST /graphql` through
 * @apollo/gateway, `GET /health` with each subgraph's state (503 when one is down),
 * `GET /health/live` 200 whenever the gateway itself serves. The gateway starts and stays up
 * whatever state the subgraphs are in; a failing subgraph costs only its own fields.
 */
export async function createGateway(options: GatewayOptions): Promise<RunningGateway> {
  const sink = options.logger ?? console;
  // Apollo's info lines are start-up chatter ("Gateway successfully loaded schema"); keep the rest.
  const logger = { debug() {}, info() {}, warn: (message: unknown) => sink.warn(message), error: (message: unknown) => sink.error(message) };
  const supergraphSdl = options.supergraphSdl ?? (await readSupergraph(options.supergraphPath ?? DEFAULT_SUPERGRAPH_PATH));
  const subgraphs = resolveSubgraphUrls(listSupergraphSubgraphs(supergraphSdl), options.subgraphUrls ?? {});
  const subgraphTimeoutMs = options.subgraphTimeoutMs ?? DEFAULT_SUBGRAPH_TIMEOUT_MS;
  const healthTimeoutMs = options.healthTimeoutMs ?? DEFAULT_HEALTH_TIMEOUT_MS;
  const tokenKeys = options.tokenKeys ?? readTokenKeys();
  assertSafeAccess(subgraphs, options, tokenKeys);
  // The public development key only on loopback: an unset host then means 127.0.0.1.
  const host = bindHostFor(tokenKeys, options.host, 'the gateway');
  if (tokenKeys.development) sink.warn(developmentKeyWarning('gateway'));
  const tokens = createTokenVerifier(tokenKeys);
  const limitSettings = { ...DEFAULT_QUERY_LIMITS, ...options.limits };
  const limits = queryLimits(limitSettings);
  const maskErrors = maskInternalErrors('gateway', sink);
  const observability = observeGateway({ ...options.observability, host: options.host, production: options.production });

  const dataSources: SubgraphDataSource[] = [];
  const gateway = new ApolloGateway({
    supergraphSdl,
    logger,
    experimental_didResolveQueryPlan: subgraphFetchLimit(limitSettings.maxSubgraphFetches),
    buildService: ({ name }) => {
      const subgraph = subgraphs.find((s) => s.name === name);
      if (!subgraph) throw new SupergraphError(`The supergraph names no subgraph "${name}"`);
      const gatewaySecret = options.gatewaySecrets?.[name];
      const dataSource = new SubgraphDataSource({
        name,
        url: subgraph.url,
        timeoutMs: subgraphTimeoutMs,
        deduplicate: options.deduplicateSubgraphQueries ?? true,
        gatewaySecret,
        logger,
        onFetch: observability.metrics.observeSubgraphFetch,
      });
      dataSources.push(dataSource);
      return dataSource;
    },
  });

  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: !options.production,
    includeStacktraceInErrorResponses: false,
    // index.ts stops the gateway on SIGINT/SIGTERM; Apollo's own handler would race it.
    stopOnTerminationSignals: false,
    // CSRF prevention and the query plan cache are Apollo Server's defaults and stay on.
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      landingPagePlugin({ production: options.production ?? false, workbenchUrl: options.workbenchUrl ?? DEFAULT_WORKBENCH_URL }),
      observability.metrics.apolloPlugin(),
      ...limits.plugins,
      responseSizeLimit(limitSettings.maxResponseBytes),
    ],
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    allowBatchedHttpRequests: false,
    // Errors without a code become "Internal server error" with a correlation id (details logged).
    formatError: (formatted, error) => maskErrors(hideSuggestions(formatted), error),
    logger,
  });
  await apollo.start();

  const closeDataSources = () => Promise.all(dataSources.map((dataSource) => dataSource.close()));

  const stopMetrics = await observability.serve(app);
  app.use(cors({ origin: options.corsOrigins ?? DEFAULT_CORS_ORIGINS }));
  // Liveness of the gateway alone: a supervisor must not restart it because a region is down.
  app.get('/health/live', (_req, res) => {
    res.json({ status: 'ok' });
  });
  const checkHealth = cachedHealthCheck(subgraphs, healthTimeoutMs, options.healthCacheMs ?? DEFAULT_HEALTH_CACHE_MS);
  app.get('/health', async (req, res) => {
    const health = await checkHealth();
    // Subgraph URLs and error details are internals: only a signed-in caller sees them.
    const viewer = await tokens.viewerOf(req.headers.authorization).catch(() => null);
    res.status(health.status === 'ok' ? 200 : 503).json(healthFor(health, viewer !== null));
  });
  const rateLimit = options.rateLimit === undefined ? DEFAULT_RATE_LIMIT : options.rateLimit;
  const limiter = rateLimit === false ? undefined : rateLimiter(rateLimit, tokens);
  app.use('/graphql', ...(limiter ? [limiter] : []), express.json({ limit: '1mb' }), expressMiddleware(apollo, { context: gatewayContext(tokens) }));

  const port = await listen(httpServer, options.port, host, 'the gateway').catch(async (error: unknown) => {
    await apollo.stop();
    await closeDataSources();
    await stopMetrics();
    throw error;
  });
  let stopped: Promise<void> | undefined;
  return {
    url: `http://${host ?? 'localhost'}:${port}/graphql`,
    port,
    subgraphs,
    stop() {
      // Stops the gateway too; the drain plugin lets running requests finish first.
      limiter?.stop();
      stopped ??= apollo.stop().then(async () => {
        await closeDataSources();
        await stopMetrics();
      });
      return stopped;
    },
  };
}
