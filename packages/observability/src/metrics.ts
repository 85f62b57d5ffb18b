import type { ApolloServerPlugin } from '@apollo/server';
import type { Request, Response } from 'express';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** Seconds: from a cached lookup to a slow national overview at 100× data. */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * Operation names come from callers; past this many distinct names new ones are counted as
 * "(other)", so a client inventing names cannot grow the metrics without bound.
 */
export const MAX_OPERATION_NAMES = 200;

/** The metric names, one place: the Grafana dashboard's test checks its queries against them. */
export const METRIC_NAMES = {
  requests: 'pallnet_graphql_requests_total',
  requestDuration: 'pallnet_graphql_request_duration_seconds',
  subgraphFetchDuration: 'pallnet_subgraph_fetch_duration_seconds',
  subgraphFetchErrors: 'pallnet_subgraph_fetch_errors_total',
  databasePoolConnections: 'pallnet_database_pool_connections',
  databasePoolMax: 'pallnet_database_pool_max_connections',
  databasePoolWaiting: 'pallnet_database_pool_pending_acquires',
  readCacheReads: 'pallnet_read_cache_reads_total',
  readCacheEmptied: 'pallnet_read_cache_emptied_total',
  readCacheRows: 'pallnet_read_cache_rows',
} as const;

/** What a subgraph's read cache reports (packages/subgraph-kit/src/read-cache.ts). */
export interface ReadCacheLike {
  rows: number;
  stats: { hits: number; misses: number; emptied: number };
}

/** What a knex/tarn pool reports (MikroORM's PostgreSQL driver uses one). */
export interface PoolLike {
  numUsed(): number;
  numFree(): number;
  numPendingAcquires(): number;
  max: number;
}

export interface ServiceMetrics {
  registry: Registry;
  /** Counts and times every GraphQL request by operation name and outcome. */
  apolloPlugin(): ApolloServerPlugin;
  /** The gateway's fetch from one subgraph: its duration, and the error code when it failed. */
  observeSubgraphFetch(subgraph: string, seconds: number, errorCodes: readonly string[]): void;
  /** The pool is read at each scrape; undefined while the service has none. */
  observeDatabasePool(pool: () => PoolLike | undefined): void;
  /** The read cache's kept rows, reads answered from them or from the database, and how often a write emptied it. */
  observeReadCache(cache: ReadCacheLike): void;
  /** `GET /metrics` in Prometheus's text format. */
  handler(req: Request, res: Response): Promise<void>;
}

/**
 * The metrics of one service, in a registry of its own: GraphQL requests and latency by
 * operation name, the gateway's subgraph fetches, the database pool, and Node's own metrics
 * (event-loop lag, heap, GC, CPU) with the `service` label on every series.
 */
export function createServiceMetrics(service: string): ServiceMetrics {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: registry, eventLoopMonitoringPrecision: 20 });

  const requests = new Counter({
    name: METRIC_NAMES.requests,
    help: 'GraphQL requests answered, by operation name, operation type and outcome (ok, error)',
    labelNames: ['operation', 'type', 'outcome'],
    registers: [registry],
  });
  const requestDuration = new Histogram({
    name: METRIC_NAMES.requestDuration,
    help: 'Time from receiving a GraphQL request to sending its response, by operation name',
    labelNames: ['operation', 'type'],
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  const fetchDuration = new Histogram({
    name: METRIC_NAMES.subgraphFetchDuration,
    help: "The gateway's requests to a subgraph, by subgraph and outcome",
    labelNames: ['subgraph', 'outcome'],
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  const fetchErrors = new Counter({
    name: METRIC_NAMES.subgraphFetchErrors,
    help: "Errors in the gateway's requests to a subgraph, by subgraph and code (SUBGRAPH_TIMEOUT, SUBGRAPH_UNAVAILABLE, the subgraph's own code…)",
    labelNames: ['subgraph', 'code'],
    registers: [registry],
  });

  const knownOperations = new Set<string>();
  const operationLabel = (name: string | null | undefined): string => {
    if (!name) return '(anonymous)';
    if (knownOperations.has(name)) return name;
    if (knownOperations.size >= MAX_OPERATION_NAMES) return '(other)';
    knownOperations.add(name);
    return name;
  };

  return {
    registry,
    apolloPlugin: () => ({
      async requestDidStart() {
        const started = process.hrtime.bigint();
        let failed = false;
        return {
          async didEncounterErrors() {
            failed = true;
          },
          async willSendResponse(context) {
            const operation = operationLabel(context.operationName ?? context.request.operationName);
            const type = context.operation?.operation ?? 'unknown';
            const body = context.response.body;
            const errors = body.kind === 'single' ? body.singleResult.errors : undefined;
            requests.inc({ operation, type, outcome: failed || errors?.length ? 'error' : 'ok' });
            requestDuration.observe({ operation, type }, Number(process.hrtime.bigint() - started) / 1e9);
          },
        };
      },
    }),
    observeSubgraphFetch(subgraph, seconds, errorCodes) {
      fetchDuration.observe({ subgraph, outcome: errorCodes.length ? 'error' : 'ok' }, seconds);
      for (const code of new Set(errorCodes)) fetchErrors.inc({ subgraph, code });
    },
    observeDatabasePool(pool) {
      const read = (pick: (p: PoolLike) => number) => {
        try {
          const current = pool();
          return current ? pick(current) : 0;
        } catch {
          return 0;
        }
      };
      new Gauge({
        name: METRIC_NAMES.databasePoolConnections,
        help: 'Connections of the database pool, by state (used, free)',
        labelNames: ['state'],
        registers: [registry],
        collect() {
          this.set(
            { state: 'used' },
            read((p) => p.numUsed()),
          );
          this.set(
            { state: 'free' },
            read((p) => p.numFree()),
          );
        },
      });
      new Gauge({
        name: METRIC_NAMES.databasePoolMax,
        help: 'The most connections the database pool opens',
        registers: [registry],
        collect() {
          this.set(read((p) => p.max));
        },
      });
      new Gauge({
        name: METRIC_NAMES.databasePoolWaiting,
        help: 'Requests waiting for a database connection',
        registers: [registry],
        collect() {
          this.set(read((p) => p.numPendingAcquires()));
        },
      });
    },
    observeReadCache(cache) {
      const counted = { kept: 0, read: 0, emptied: 0 };
      new Counter({
        name: METRIC_NAMES.readCacheReads,
        help: "Reads of query requests (one table's rows for one level of a query), answered from the read cache's kept rows or from the database",
        labelNames: ['outcome'],
        registers: [registry],
        collect() {
          this.inc({ outcome: 'kept' }, cache.stats.hits - counted.kept);
          this.inc({ outcome: 'read' }, cache.stats.misses - counted.read);
          counted.kept = cache.stats.hits;
          counted.read = cache.stats.misses;
        },
      });
      new Counter({
        name: METRIC_NAMES.readCacheEmptied,
        help: 'Times a newer data version (a write) emptied the read cache',
        registers: [registry],
        collect() {
          this.inc(cache.stats.emptied - counted.emptied);
          counted.emptied = cache.stats.emptied;
        },
      });
      new Gauge({
        name: METRIC_NAMES.readCacheRows,
        help: 'Rows the read cache keeps',
        registers: [registry],
        collect() {
          this.set(cache.rows);
        },
      });
    },
    async handler(_req, res) {
      res.setHeader('content-type', registry.contentType);
      res.end(await registry.metrics());
    },
  };
}
