import { ApolloServer, ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { ExpressContextFunctionArgument, expressMiddleware } from '@as-integrations/express5';
import type { MigrationObject } from '@mikro-orm/core';
import type { EntityManager, MikroORM, Options } from '@mikro-orm/postgresql';
import express, { RequestHandler } from 'express';
import type { GraphQLSchema } from 'graphql';
import { createLogger, createServiceMetrics, Logger, requestLogging, serveMetrics } from '@pallnet/observability';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Viewer } from './auth';
import { ConfigurationError, gatewaySecretVariableFor } from './config';
import { isDatabaseUp, openServingDatabase, sqlStatements } from './database';
import { formatDatabaseErrors } from './database-errors';
import { maskInternalErrors } from './error-masking';
import { IDEMPOTENCY_KEY_HEADER, idempotencyKeyOf, idempotencyPlugin } from './idempotency';
import { DEFAULT_READ_CACHE_MAX_ROWS, openReadCache, readCachePlugin, ReadCacheOptions } from './read-cache';
import { DEFAULT_REQUEST_GUARD_LIMITS, requestGuardsPlugin, RequestGuardLimits } from './request-guards';
import { MIN_GATEWAY_SECRET_LENGTH, requireGatewaySecret } from './gateway-access';
import { assertProductionTokenKeys, bindHostFor, createTokenVerifier, developmentKeyWarning, TokenKeys, TokenVerifier } from './tokens';

/** The context every resolver of every subgraph gets: the request's own EntityManager and viewer. */
export interface SubgraphContext {
  em: EntityManager;
  viewer: Viewer | null;
  /** The request's Idempotency-Key header, when it has one (idempotency.ts). */
  idempotencyKey?: string;
}

/**
 * What a subgraph is, without any environment or port: each subgraph exports one of these from
 * its `server.ts`, and the same definition serves `npm start`, the tests and the benchmark.
 */
export interface SubgraphDefinition<TContext extends SubgraphContext = SubgraphContext> {
  /** The service name: national, vest, innlandet, midt, sor-ost. */
  name: string;
  defaultPort: number;
  entities: Options['entities'];
  migrations: MigrationObject[];
  buildSchema(): Promise<GraphQLSchema>;
  /** A request's context, built around a fresh EntityManager fork and the verified viewer. */
  createContext(em: EntityManager, viewer: Viewer | null): TContext;
  /** Loads the source documents' data when the database is empty; returns whether it did. */
  seed(em: EntityManager): Promise<boolean>;
  /** Its mutations honour Idempotency-Key (its database has the `idempotent_request` table). */
  idempotentMutations?: boolean;
}

export interface SubgraphOptions {
  port: number;
  host?: string;
  /** The runtime role's URL: what the subgraph serves with. */
  databaseUrl: string;
  /** The migration owner's URL; outside production migrations run with it before serving (default databaseUrl). */
  migrationDatabaseUrl?: string;
  /** Load the seed data where it is missing (development; production seeds only by the `seed` command). */
  seed: boolean;
  logQueries?: boolean;
  /** Serve GET /debug/sql-statements (tests and benchmark only). */
  exposeStatementCounter?: boolean;
  production?: boolean;
  /** The keys callers' tokens are verified with: the gateway's keys. */
  tokenKeys: TokenKeys;
  /**
   * The secret the gateway sends in `x-gateway-secret`; GraphQL requests without it are refused.
   * Without one, anyone may query the subgraph directly: allowed outside production only.
   */
  gatewaySecret?: string;
  /** Depth, cost and root fields the subgraph accepts itself; unset ones keep their defaults. */
  limits?: Partial<RequestGuardLimits>;
  /**
   * PostgreSQL's statement_timeout for every statement the subgraph runs: the gateway's
   * SUBGRAPH_TIMEOUT_MS, so that no statement keeps working after the gateway has given up.
   */
  statementTimeoutMs?: number;
  /** Where the service logs (default: its own logger, JSON in production). */
  logger?: Logger;
  /** Serve /metrics on this port of its own (METRICS_PORT) instead of beside /graphql. */
  metricsPort?: number;
  /** Keep read rows while the database's data version stays the same (read-cache.ts; READ_CACHE, READ_CACHE_MAX_ROWS). Default on. */
  readCache?: ReadCacheOptions | false;
}

export interface RunningSubgraph {
  name: string;
  url: string;
  port: number;
  orm: MikroORM;
  stop(): Promise<void>;
}

export class PortInUseError extends Error {}

/** Listens on the port or fails with one clear line naming it. */
export async function listen(server: http.Server, port: number, host: string | undefined, owner: string): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new PortInUseError(`Port ${port} is already in use (wanted by ${owner})`)
          : new Error(`${owner} cannot listen on port ${port}: ${error.message}`),
      );
    };
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve();
    });
  });
  return (server.address() as AddressInfo).port;
}

export interface GraphQLEndpointOptions<TContext> {
  /** Requests without it are refused (403); undefined lets every caller in (development). */
  gatewaySecret: string | undefined;
  tokens: TokenVerifier;
  /** The request's context around its verified viewer (null: anonymous). */
  createContext(viewer: Viewer | null): TContext | Promise<TContext>;
}

/**
 * The handlers of a subgraph's `/graphql`: the gateway's secret is checked first, then the body is
 * read and the caller's token verified (a bad one is UNAUTHENTICATED, 401) before any resolver runs.
 */
export function graphqlEndpoint<TContext extends object>(apollo: ApolloServer<TContext>, options: GraphQLEndpointOptions<TContext>): RequestHandler[] {
  const context = async ({ req }: ExpressContextFunctionArgument) => {
    const idempotencyKey = idempotencyKeyOf(req.headers[IDEMPOTENCY_KEY_HEADER]);
    const context = await options.createContext(await options.tokens.viewerOf(req.headers.authorization));
    return idempotencyKey === undefined ? context : Object.assign(context, { idempotencyKey });
  };
  return [
    ...(options.gatewaySecret === undefined ? [] : [requireGatewaySecret(options.gatewaySecret)]),
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, { context }),
  ];
}

/** Refuses settings that would leave the subgraph open or trusting the public development key in production. */
function assertSafeAccess(name: string, options: SubgraphOptions): void {
  const variable = gatewaySecretVariableFor(name);
  if (options.gatewaySecret !== undefined && options.gatewaySecret.length < MIN_GATEWAY_SECRET_LENGTH) {
    throw new ConfigurationError(`${variable} must be at least ${MIN_GATEWAY_SECRET_LENGTH} characters, got ${options.gatewaySecret.length}`);
  }
  if (!options.production) return;
  if (options.gatewaySecret === undefined) {
    throw new ConfigurationError(`${variable} must be set in production: without it anyone could query ${name} directly, past the gateway`);
  }
  assertProductionTokenKeys(options.tokenKeys);
}

/**
 * A subgraph's own limits: the gateway's, with two more levels of depth for the `_entities`
 * field and type condition the gateway wraps an entity fetch in.
 */
export const SUBGRAPH_REQUEST_GUARD_LIMITS: RequestGuardLimits = { ...DEFAULT_REQUEST_GUARD_LIMITS, maxDepth: DEFAULT_REQUEST_GUARD_LIMITS.maxDepth + 2 };

/**
 * The service's logs, metrics and request ids: one line per request (request id in
 * `x-request-id`), and the metrics of its GraphQL requests and database pool.
 */
function observe(name: string, app: express.Express, orm: MikroORM, options: SubgraphOptions) {
  const logger = options.logger ?? createLogger(name);
  const metrics = createServiceMetrics(name);
  metrics.observeDatabasePool(() => orm.em.getConnection().getKnex().client.pool);
  app.use(requestLogging(logger, { level: options.production ? 'info' : 'debug' }));
  return { logger, metrics };
}

/** Opens the database (migrating it outside production, refusing a schema behind the code in production), seeds when asked, and serves the subgraph over HTTP. */
export async function startSubgraph<TContext extends SubgraphContext>(
  definition: SubgraphDefinition<TContext>,
  options: SubgraphOptions,
): Promise<RunningSubgraph> {
  assertSafeAccess(definition.name, options);
  // The public development key only on loopback: an unset host then means 127.0.0.1.
  const host = bindHostFor(options.tokenKeys, options.host, `subgraph ${definition.name}`);
  if (options.tokenKeys.development) console.warn(developmentKeyWarning(definition.name));
  const tokens = createTokenVerifier(options.tokenKeys);
  const orm = await openServingDatabase({
    subgraph: definition.name,
    clientUrl: options.databaseUrl,
    migrationUrl: options.migrationDatabaseUrl,
    production: options.production ?? false,
    entities: definition.entities,
    migrations: definition.migrations,
    logQueries: options.logQueries,
    statementTimeoutMs: options.statementTimeoutMs,
  });
  try {
    if (options.seed) await definition.seed(orm.em.fork());
    const schema = await definition.buildSchema();

    const app = express();
    app.disable('x-powered-by');
    const httpServer = http.createServer(app);
    const observability = observe(definition.name, app, orm, options);
    const maskErrors = maskInternalErrors(definition.name, observability.logger);
    const readCache =
      options.readCache === false
        ? undefined
        : await openReadCache(orm.em.fork(), options.readCache ?? { maxRows: DEFAULT_READ_CACHE_MAX_ROWS }, (message) => observability.logger.warn(message));
    if (readCache) observability.metrics.observeReadCache(readCache);
    const apollo = new ApolloServer<TContext>({
      schema,
      introspection: !options.production,
      includeStacktraceInErrorResponses: !options.production,
      // The process entry stops the service on SIGINT/SIGTERM; Apollo's own handler would race it.
      stopOnTerminationSignals: false,
      // No federated tracing: nothing here reports to Apollo Studio, and it costs every request.
      // No cache-control hints: nothing reads them, and computing them wraps every field resolver
      // (Apollo Server instruments the schema as soon as one plugin watches fields).
      plugins: [
        ApolloServerPluginDrainHttpServer({ httpServer }),
        ApolloServerPluginInlineTraceDisabled(),
        ApolloServerPluginCacheControlDisabled(),
        observability.metrics.apolloPlugin(),
        requestGuardsPlugin({ ...SUBGRAPH_REQUEST_GUARD_LIMITS, ...options.limits }),
        ...(definition.idempotentMutations ? [idempotencyPlugin(orm) as ApolloServerPlugin<TContext>] : []),
        ...(readCache ? [readCachePlugin(readCache) as ApolloServerPlugin<TContext>] : []),
      ],
      // While the database is out of reach, one clear error instead of the driver's words; any
      // other error without a code becomes "Internal server error" with a correlation id.
      formatError: (formatted, error) => {
        const database = formatDatabaseErrors(definition.name)(formatted, error);
        return database === formatted ? maskErrors(formatted, error) : database;
      },
    });
    await apollo.start();

    app.get('/health', async (_req, res) => {
      const databaseUp = await isDatabaseUp(orm.em.fork());
      res.status(databaseUp ? 200 : 503).json({ service: definition.name, status: databaseUp ? 'ok' : 'unavailable', database: databaseUp ? 'up' : 'down' });
    });
    app.get('/health/live', (_req, res) => {
      // Liveness of the process alone: a restart does not bring a lost database back.
      res.json({ service: definition.name, status: 'ok' });
    });
    const stopMetrics = await serveMetrics(app, observability.metrics, options.metricsPort, options.host);
    if (options.exposeStatementCounter) {
      app.get('/debug/sql-statements', (_req, res) => {
        res.json({ count: sqlStatements.count });
      });
    }
    app.use(
      '/graphql',
      graphqlEndpoint(apollo, {
        gatewaySecret: options.gatewaySecret,
        tokens,
        createContext: (viewer) => definition.createContext(orm.em.fork(), viewer),
      }),
    );

    const port = await listen(httpServer, options.port, host, `subgraph ${definition.name}`).catch(async (error) => {
      await apollo.stop();
      await stopMetrics();
      throw error;
    });
    return {
      name: definition.name,
      port,
      url: `http://${host ?? 'localhost'}:${port}/graphql`,
      orm,
      async stop() {
        await apollo.stop();
        await stopMetrics();
        await orm.close();
      },
    };
  } catch (error) {
    await orm.close();
    throw error;
  }
}
