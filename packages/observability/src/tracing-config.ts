/** Tracing is on when an OTLP endpoint is configured (the standard OpenTelemetry variables). */
export function tracingEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim() || env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT?.trim()) && env.OTEL_SDK_DISABLED !== 'true';
}

/**
 * The service's name in traces: OTEL_SERVICE_NAME, else from the entry it runs
 * (subgraphs/<name>/dist/… → <name>, gateway/dist/… → gateway).
 */
export function serviceNameFromProcess(env: NodeJS.ProcessEnv = process.env, entry: string = process.argv[1] ?? ''): string {
  if (env.OTEL_SERVICE_NAME?.trim()) return env.OTEL_SERVICE_NAME.trim();
  const normalized = entry.replace(/\\/g, '/');
  const subgraph = /subgraphs\/([^/]+)\/dist\//.exec(normalized);
  if (subgraph) return subgraph[1];
  if (/(^|\/)gateway\/dist\//.test(normalized)) return 'gateway';
  return 'pallnet';
}
