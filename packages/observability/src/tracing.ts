import { diag, DiagConsoleLogger, DiagLogLevel } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { registerInstrumentations } from '@opentelemetry/instrumentation';
import { GraphQLInstrumentation } from '@opentelemetry/instrumentation-graphql';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { UndiciInstrumentation } from '@opentelemetry/instrumentation-undici';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, SpanProcessor } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';

/** Paths whose requests get no trace: probes and scrapes every few seconds would drown the real ones. */
const UNTRACED_PATHS = ['/health', '/health/live', '/metrics'];

export interface Tracing {
  /** Sends what is buffered; called on the way out. */
  flush(): Promise<void>;
  shutdown(): Promise<void>;
}

/**
 * Starts OpenTelemetry tracing for this process: W3C `traceparent` read from incoming requests
 * and sent with outgoing ones, spans for HTTP in and out (Node's http, undici), GraphQL
 * (parse, validate, execute, and resolvers that are not plain property reads) and every SQL
 * statement (pg), plus @apollo/gateway's own spans (request, plan, fetch) in the gateway. Spans
 * go out over OTLP/HTTP (OTEL_EXPORTER_OTLP_ENDPOINT, OTEL_EXPORTER_OTLP_HEADERS, …, read by the
 * exporter) in batches. It must run before graphql and pg are loaded: `@pallnet/observability/register`
 * is each entry's first import. `extraSpanProcessors` is for tests.
 */
export function startTracing(serviceName: string, extraSpanProcessors: SpanProcessor[] = []): Tracing {
  if (process.env.OTEL_LOG_LEVEL?.toLowerCase() === 'debug') diag.setLogger(new DiagConsoleLogger(), DiagLogLevel.DEBUG);
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': serviceName, 'service.namespace': 'pallnet' }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter()), ...extraSpanProcessors],
  });
  // The AsyncLocalStorage context manager and the W3C trace-context and baggage propagators.
  provider.register();
  registerInstrumentations({
    tracerProvider: provider,
    instrumentations: [
      new HttpInstrumentation({
        ignoreIncomingRequestHook: (request) => UNTRACED_PATHS.includes((request.url ?? '').split('?')[0]),
        // The gateway's health checks of the subgraphs are probes too.
        ignoreOutgoingRequestHook: (request) => UNTRACED_PATHS.includes((request.path ?? '').split('?')[0]),
      }),
      new UndiciInstrumentation({
        ignoreRequestHook: (request) => UNTRACED_PATHS.includes(request.path.split('?')[0]),
      }),
      new GraphQLInstrumentation({ ignoreTrivialResolveSpans: true, mergeItems: true }),
      // Only statements inside a traced request; a statement's values are never recorded.
      new PgInstrumentation({ requireParentSpan: true }),
    ],
  });
  return {
    flush: () => provider.forceFlush(),
    shutdown: () => provider.shutdown(),
  };
}
