import { createServiceMetrics } from '@pallnet/observability';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/*
 * The committed Grafana dashboard (deploy/grafana/) asks only for metrics the services really
 * serve, with labels those metrics really have: its queries are checked against what
 * prom-client writes for a service's registry.
 */

const dashboard = JSON.parse(readFileSync(path.resolve(__dirname, '../../deploy/grafana/pallnet-federation.json'), 'utf8')) as {
  panels: { type: string; title: string; targets?: { expr: string }[] }[];
};
const expressions = dashboard.panels.flatMap((panel) => (panel.targets ?? []).map((target) => ({ panel: panel.title, expr: target.expr })));

/** Every series name the service writes, with the label names it carries. */
async function servedMetrics(): Promise<Map<string, Set<string>>> {
  const metrics = createServiceMetrics('gateway');
  metrics.observeDatabasePool(() => ({ numUsed: () => 1, numFree: () => 2, numPendingAcquires: () => 0, max: 10 }));
  metrics.observeSubgraphFetch('vest', 0.01, []);
  metrics.observeSubgraphFetch('vest', 0.02, ['SUBGRAPH_TIMEOUT']);
  const plugin = metrics.apolloPlugin();
  const listener = await plugin.requestDidStart!({ request: { operationName: 'Overview' } } as never);
  await listener!.willSendResponse!({
    operationName: 'Overview',
    request: {},
    operation: { operation: 'query' },
    response: { body: { kind: 'single', singleResult: {} } },
  } as never);
  // The event-loop histogram fills after its first sampling interval.
  await new Promise((resolve) => setTimeout(resolve, 100));
  const served = new Map<string, Set<string>>();
  for (const line of (await metrics.registry.metrics()).split('\n')) {
    const match = /^(\w+)(?:\{(.*)\})? /.exec(line);
    if (!match) continue;
    const labels = served.get(match[1]) ?? new Set<string>();
    for (const [, label] of (match[2] ?? '').matchAll(/(\w+)="/g)) labels.add(label);
    served.set(match[1], labels);
  }
  return served;
}

/** Names in a PromQL expression that are metrics: not functions, keywords, labels or strings. */
function metricNamesIn(expr: string): string[] {
  const withoutStrings = expr.replace(/"[^"]*"/g, '""').replace(/\[[^\]]*\]/g, '');
  const withoutGrouping = withoutStrings.replace(/\b(by|without)\s*\([^)]*\)/g, '').replace(/\{[^}]*\}/g, '');
  return [...withoutGrouping.matchAll(/\b([a-zA-Z_:][\w:]*)\b(?!\s*\()/g)].map(([, name]) => name).filter((name) => !/^\d/.test(name));
}

/** Labels an expression filters or groups by, with the metrics they apply to. */
function labelsIn(expr: string): string[] {
  const inBraces = [...expr.matchAll(/\{([^}]*)\}/g)].flatMap(([, body]) => [...body.matchAll(/(\w+)\s*(=~|!~|!=|=)/g)].map(([, label]) => label));
  const grouped = [...expr.matchAll(/\b(?:by|without)\s*\(([^)]*)\)/g)].flatMap(([, body]) => body.split(',').map((label) => label.trim()));
  return [...inBraces, ...grouped].filter((label) => label !== 'le' && label !== '');
}

it('has panels with queries', () => {
  expect(expressions.length).toBeGreaterThanOrEqual(10);
});

it('queries only metrics the services serve, by labels they carry', async () => {
  const served = await servedMetrics();
  for (const { panel, expr } of expressions) {
    const names = metricNamesIn(expr);
    expect({ panel, names: names.length > 0 }).toEqual({ panel, names: true });
    for (const name of names) {
      expect({ panel, name, served: served.has(name) }).toEqual({ panel, name, served: true });
      // `instance` is Prometheus's own label, added at scrape time.
      for (const label of labelsIn(expr).filter((l) => l !== 'instance')) {
        expect({ panel, name, label, carried: served.get(name)!.has(label) }).toEqual({ panel, name, label, carried: true });
      }
    }
  }
});

it('covers requests by operation, subgraph fetches and errors, the database pool and event-loop lag', () => {
  const all = expressions.map((e) => e.expr).join('\n');
  for (const name of [
    'pallnet_graphql_requests_total',
    'pallnet_graphql_request_duration_seconds_bucket',
    'pallnet_subgraph_fetch_duration_seconds_bucket',
    'pallnet_subgraph_fetch_errors_total',
    'pallnet_database_pool_connections',
    'pallnet_database_pool_pending_acquires',
    'nodejs_eventloop_lag_p99_seconds',
  ]) {
    expect(all).toContain(name);
  }
});
