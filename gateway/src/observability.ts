import { createServiceMetrics, Logger, requestLogging, serveMetrics, ServiceMetrics } from '@pallnet/observability';
import type { Express } from 'express';

export interface GatewayObservability {
  metrics: ServiceMetrics;
  /** Request ids, one log line per request, and `/metrics` (on METRICS_PORT when set); returns what stops the metrics port. */
  serve(app: Express): Promise<() => Promise<void>>;
}

export interface GatewayObservabilityOptions {
  /** The gateway's structured logger; without one (tests), requests are not logged. */
  log?: Logger;
  /** Serve /metrics on this port of its own instead of beside /graphql. */
  metricsPort?: number;
  host?: string;
  production?: boolean;
}

/**
 * The gateway's logs and metrics: its requests by operation name and each subgraph fetch
 * (`metrics.observeSubgraphFetch`, given to the data sources). Traces need nothing here:
 * @apollo/gateway makes its own spans (request, plan, fetch) and the undici instrumentation
 * carries `traceparent` to the subgraphs.
 */
export function observeGateway(options: GatewayObservabilityOptions): GatewayObservability {
  const metrics = createServiceMetrics('gateway');
  return {
    metrics,
    async serve(app) {
      if (options.log) app.use(requestLogging(options.log, { level: options.production ? 'info' : 'debug' }));
      return serveMetrics(app, metrics, options.metricsPort, options.host);
    },
  };
}
