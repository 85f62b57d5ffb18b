import type { RunningSystem } from '@pallnet/system';
import { SUBGRAPHS } from '@pallnet/services';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { queryOk } from '../support/graphql';
import { startTestSystem } from '../support/system';

/*
 * Observability of the real system (five subgraph processes and the gateway): traces exported
 * over OTLP/HTTP to a collector in this test, Prometheus metrics on every service, and JSON logs
 * with request ids and trace ids.
 */

interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  attributes?: { key: string; value: Record<string, unknown> }[];
}
interface CollectedSpan extends OtlpSpan {
  service: string;
}

/** An OTLP/HTTP (JSON) trace receiver that keeps every span in memory. */
async function startCollector(): Promise<{ url: string; spans: CollectedSpan[]; close(): Promise<void> }> {
  const spans: CollectedSpan[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      if (req.url === '/v1/traces') {
        const payload = JSON.parse(body) as {
          resourceSpans: { resource: { attributes: { key: string; value: { stringValue?: string } }[] }; scopeSpans: { spans: OtlpSpan[] }[] }[];
        };
        for (const resourceSpans of payload.resourceSpans) {
          const service = resourceSpans.resource.attributes.find((a) => a.key === 'service.name')?.value.stringValue ?? '?';
          for (const scope of resourceSpans.scopeSpans) for (const span of scope.spans) spans.push({ ...span, service });
        }
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    spans,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

const SPAN_KIND_SERVER = 2;
const REGIONS = SUBGRAPHS.map((s) => s.name).filter((name) => name !== 'national');
const OVERVIEW = 'query NationalOverview { networks { name region memberCount units { name } } }';

let collector: Awaited<ReturnType<typeof startCollector>>;
let system: RunningSystem & { logs(): string };

beforeAll(async () => {
  collector = await startCollector();
  system = await startTestSystem({
    env: {
      OTEL_EXPORTER_OTLP_ENDPOINT: collector.url,
      // Send batches quickly, so the test waits less.
      OTEL_BSP_SCHEDULE_DELAY: '100',
      LOG_FORMAT: 'json',
      LOG_LEVEL: 'debug',
    },
  });
}, 120_000);

afterAll(async () => {
  await system?.stop();
  await collector?.close();
});

const serviceUrl = (name: string, path: string) => new URL(path, system.services.find((s) => s.name === name)!.url).toString();

/** Waits until the predicate holds over the spans collected so far. */
async function spansUntil(predicate: (spans: CollectedSpan[]) => boolean, timeoutMs = 15_000): Promise<CollectedSpan[]> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (predicate(collector.spans)) return collector.spans;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Spans never arrived; got: ${collector.spans.map((s) => `${s.service}:${s.name}`).join(', ')}\n${system.logs().slice(-3000)}`);
}

describe('one request, one trace', () => {
  let traceId: string;
  let requestId: string;
  let trace: CollectedSpan[];

  beforeAll(async () => {
    const response = await fetch(system.gatewayUrl!, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'trace-test-1' },
      body: JSON.stringify({ query: OVERVIEW, operationName: 'NationalOverview' }),
    });
    expect(response.status).toBe(200);
    requestId = response.headers.get('x-request-id')!;
    const body = (await response.json()) as { data: { networks: unknown[] }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect(body.data.networks.length).toBeGreaterThanOrEqual(4);

    const root = (await spansUntil((spans) => spans.some((s) => s.service === 'gateway' && s.name === 'gateway.request'))).find(
      (s) => s.service === 'gateway' && s.name === 'gateway.request',
    )!;
    traceId = root.traceId;
    // Every region's SQL has arrived (the exporters send in batches, each on its own clock).
    trace = (
      await spansUntil((spans) => REGIONS.every((region) => spans.some((s) => s.traceId === traceId && s.service === region && s.name.startsWith('pg.query'))))
    ).filter((s) => s.traceId === traceId);
  }, 60_000);

  const byId = () => new Map(trace.map((span) => [span.spanId, span]));
  /** The span's ancestors, nearest first. */
  const ancestorsOf = (span: CollectedSpan): CollectedSpan[] => {
    const spans = byId();
    const chain: CollectedSpan[] = [];
    let parent = span.parentSpanId ? spans.get(span.parentSpanId) : undefined;
    while (parent) {
      chain.push(parent);
      parent = parent.parentSpanId ? spans.get(parent.parentSpanId) : undefined;
    }
    return chain;
  };

  it('keeps the caller’s request id and returns it', () => {
    expect(requestId).toBe('trace-test-1');
  });

  it('starts at the gateway’s HTTP server span and holds its planning and each subgraph fetch', () => {
    const gatewaySpans = trace.filter((s) => s.service === 'gateway');
    const serverSpan = gatewaySpans.find((s) => s.kind === SPAN_KIND_SERVER)!;
    expect(serverSpan).toBeDefined();
    expect(serverSpan.parentSpanId || undefined).toBeUndefined();
    expect(gatewaySpans.map((s) => s.name)).toEqual(expect.arrayContaining(['gateway.request', 'gateway.plan', 'gateway.execute', 'gateway.fetch']));
    for (const span of gatewaySpans.filter((s) => s !== serverSpan)) expect(ancestorsOf(span)).toContain(serverSpan);
  });

  it('runs through the national subgraph to every region, each a child of the gateway’s fetch (traceparent crossed the wire)', () => {
    for (const name of ['national', ...REGIONS]) {
      const server = trace.find((s) => s.service === name && s.kind === SPAN_KIND_SERVER);
      expect({ name, server: server !== undefined }).toEqual({ name, server: true });
      const ancestors = ancestorsOf(server!);
      expect(ancestors[0].service).toBe('gateway');
      expect(ancestors.map((s) => s.name)).toContain('gateway.fetch');
    }
  });

  it('has GraphQL execution and SQL spans under each subgraph’s request', () => {
    for (const name of ['national', ...REGIONS]) {
      const server = trace.find((s) => s.service === name && s.kind === SPAN_KIND_SERVER)!;
      const own = trace.filter((s) => s.service === name);
      const sql = own.filter((s) => s.name.startsWith('pg.query'));
      expect({ name, sql: sql.length > 0 }).toEqual({ name, sql: true });
      for (const statement of sql) expect(ancestorsOf(statement)).toContain(server);
      // The execution span is named after the operation the gateway sent: "query NationalOverview__vest__1".
      const execution = own.find((s) => /^query \w+/.test(s.name) && ancestorsOf(s).includes(server));
      expect(execution).toBeDefined();
      expect(sql.some((statement) => ancestorsOf(statement).includes(execution!))).toBe(true);
    }
  });

  it('logs the request as one JSON line with its request id and trace id', () => {
    const lines = system
      .logs()
      .split('\n')
      .filter((line) => line.startsWith('[gateway] {'))
      .map((line) => JSON.parse(line.slice('[gateway] '.length)) as Record<string, unknown>);
    const line = lines.find((entry) => entry.requestId === 'trace-test-1');
    expect(line).toMatchObject({ service: 'gateway', method: 'POST', path: '/graphql', status: 200, operation: 'NationalOverview', trace_id: traceId });
    expect(typeof line!.time).toBe('string');
  });
});

interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** Prometheus's text format as samples (label order does not matter). */
function parseMetrics(text: string): Sample[] {
  return text
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const [, name, labelText = '', value] = /^(\w+)(?:\{(.*)\})? (\S+)$/.exec(line)!;
      const labels = Object.fromEntries([...labelText.matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map(([, key, v]) => [key, v]));
      return { name, labels, value: Number(value) };
    });
}

/** The value of the one sample with this name and these labels (among others). */
function sample(samples: Sample[], name: string, labels: Record<string, string>): number | undefined {
  return samples.find((s) => s.name === name && Object.entries(labels).every(([key, value]) => s.labels[key] === value))?.value;
}

describe('/metrics', () => {
  const scrape = async (name: string) => {
    const response = await fetch(serviceUrl(name, '/metrics'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/plain');
    return parseMetrics(await response.text());
  };

  it('counts the gateway’s requests by operation name and times them, and times each subgraph fetch', async () => {
    await queryOk(system.gatewayUrl!, OVERVIEW);
    const samples = await scrape('gateway');
    const overview = { service: 'gateway', operation: 'NationalOverview', type: 'query' };
    expect(sample(samples, 'pallnet_graphql_requests_total', { ...overview, outcome: 'ok' })).toBeGreaterThanOrEqual(2);
    expect(sample(samples, 'pallnet_graphql_request_duration_seconds_count', overview)).toBeGreaterThanOrEqual(2);
    expect(sample(samples, 'pallnet_graphql_request_duration_seconds_sum', overview)).toBeGreaterThan(0);
    for (const name of ['national', ...REGIONS]) {
      expect({ name, fetches: sample(samples, 'pallnet_subgraph_fetch_duration_seconds_count', { subgraph: name, outcome: 'ok' }) }).toEqual({
        name,
        fetches: expect.any(Number),
      });
    }
    expect(sample(samples, 'nodejs_eventloop_lag_seconds', { service: 'gateway' })).toBeGreaterThanOrEqual(0);
  });

  it('gives every subgraph its requests, its database pool and its event-loop lag', async () => {
    for (const name of SUBGRAPHS.map((s) => s.name)) {
      const samples = await scrape(name);
      const requests = samples.filter((s) => s.name === 'pallnet_graphql_requests_total' && s.labels.service === name && s.labels.outcome === 'ok');
      expect({ name, requests: requests.reduce((sum, s) => sum + s.value, 0) > 0 }).toEqual({ name, requests: true });
      expect(sample(samples, 'pallnet_database_pool_connections', { service: name, state: 'free' })).toBeGreaterThanOrEqual(0);
      expect(sample(samples, 'pallnet_database_pool_connections', { service: name, state: 'used' })).toBeGreaterThanOrEqual(0);
      expect(sample(samples, 'pallnet_database_pool_max_connections', { service: name })).toBeGreaterThan(0);
      expect(sample(samples, 'pallnet_database_pool_pending_acquires', { service: name })).toBe(0);
      expect(sample(samples, 'nodejs_eventloop_lag_seconds', { service: name })).toBeGreaterThanOrEqual(0);
    }
  });

  it('counts errors a subgraph answers with, by subgraph and code', async () => {
    // Anonymous callers may not read the register: Vest itself refuses with UNAUTHENTICATED.
    const response = await fetch(system.gatewayUrl!, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ network(id: "vest-helse-stavanger") { name resourcePersons { name } } }' }),
    });
    const body = (await response.json()) as { errors?: { extensions?: { code?: string; serviceName?: string } }[] };
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', serviceName: 'vest' });
    const samples = await scrape('gateway');
    expect(sample(samples, 'pallnet_subgraph_fetch_errors_total', { subgraph: 'vest', code: 'UNAUTHENTICATED' })).toBe(1);
    expect(sample(samples, 'pallnet_subgraph_fetch_duration_seconds_count', { subgraph: 'vest', outcome: 'error' })).toBe(1);
    expect(sample(samples, 'pallnet_graphql_requests_total', { operation: '(anonymous)', type: 'query', outcome: 'error' })).toBe(1);
  });
});
