/*
 * The first import of every service: gateway/src/index.ts's first line, and @pallnet/subgraph-kit's
 * first line (the first import of every subgraph's entry):
 * when OTEL_EXPORTER_OTLP_ENDPOINT (or OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) is set, tracing starts
 * here, before graphql, pg and http are loaded, so that their instrumentations apply. Otherwise
 * nothing is loaded and nothing is exported: @apollo/gateway's spans go to OpenTelemetry's no-op
 * tracer.
 */
import { serviceNameFromProcess, tracingEnabled } from './tracing-config';

if (tracingEnabled()) {
  // Loaded only when on: tracing switched off loads none of OpenTelemetry's SDK.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { startTracing } = require('./tracing') as typeof import('./tracing');
  const tracing = startTracing(serviceNameFromProcess());
  // Best effort on the way out: the entries stop their service, then exit.
  const flush = () => void tracing.flush().catch(() => undefined);
  process.once('SIGTERM', flush);
  process.once('SIGINT', flush);
}
