import { performance } from 'node:perf_hooks';
import type { SupergraphSubgraph } from './supergraph';

export interface SubgraphHealth {
  name: string;
  /** The subgraph's GraphQL URL, as the gateway uses it. */
  url: string;
  status: 'up' | 'down';
  latencyMs: number;
  error?: string;
}

export interface GatewayHealth {
  status: 'ok' | 'degraded';
  subgraphs: SubgraphHealth[];
}

/** A subgraph's health endpoint: `/health` on the origin of its GraphQL URL. */
export function healthUrlOf(graphqlUrl: string): string {
  return new URL('/health', graphqlUrl).toString();
}

async function checkSubgraph(subgraph: SupergraphSubgraph, timeoutMs: number): Promise<SubgraphHealth> {
  const started = performance.now();
  const result = (status: SubgraphHealth['status'], error?: string): SubgraphHealth => ({
    name: subgraph.name,
    url: subgraph.url,
    status,
    latencyMs: Math.round(performance.now() - started),
    ...(error === undefined ? {} : { error }),
  });
  try {
    const response = await fetch(healthUrlOf(subgraph.url), { signal: AbortSignal.timeout(timeoutMs) });
    // Read the body so the connection is released; its content does not matter here.
    await response.arrayBuffer();
    return response.ok ? result('up') : result('down', `HTTP ${response.status}`);
  } catch (error) {
    const { name, cause } = error as { name?: string; cause?: { code?: string } };
    if (name === 'TimeoutError') return result('down', `no answer within ${timeoutMs} ms`);
    return result('down', cause?.code ?? (error as Error).message);
  }
}

/** What an anonymous caller may see: each subgraph's name, state and latency, not where it runs or why it failed. */
export function healthFor(
  health: GatewayHealth,
  signedIn: boolean,
): GatewayHealth | { status: GatewayHealth['status']; subgraphs: Omit<SubgraphHealth, 'url' | 'error'>[] } {
  if (signedIn) return health;
  return { status: health.status, subgraphs: health.subgraphs.map(({ name, status, latencyMs }) => ({ name, status, latencyMs })) };
}

/**
 * `checkSubgraphsHealth` answered from its last result for `cacheMs`, and one check at a time: a
 * flood of `/health` requests costs each subgraph at most one check per period.
 */
export function cachedHealthCheck(subgraphs: readonly SupergraphSubgraph[], timeoutMs: number, cacheMs: number): () => Promise<GatewayHealth> {
  let last: { at: number; health: Promise<GatewayHealth> } | undefined;
  return () => {
    const now = Date.now();
    if (!last || now - last.at >= cacheMs) {
      const health = checkSubgraphsHealth(subgraphs, timeoutMs);
      const entry = { at: now, health };
      last = entry;
      // A check that fails outright is not remembered.
      health.catch(() => {
        if (last === entry) last = undefined;
      });
    }
    return last.health;
  };
}

/**
 * Asks every subgraph's `/health` at once. Every call asks afresh, so a subgraph that comes
 * back is reported up at the next check.
 */
export async function checkSubgraphsHealth(subgraphs: readonly SupergraphSubgraph[], timeoutMs: number): Promise<GatewayHealth> {
  const results = await Promise.all(subgraphs.map((subgraph) => checkSubgraph(subgraph, timeoutMs)));
  return { status: results.every((s) => s.status === 'up') ? 'ok' : 'degraded', subgraphs: results };
}
