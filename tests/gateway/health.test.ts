import { createGateway, GatewayHealth, RunningGateway } from '@pallnet/gateway';
import {
  alphaTypeDefs,
  betaTypeDefs,
  catalogResolvers,
  catalogTypeDefs,
  composeInline,
  InlineSubgraph,
  recordingLogger,
  regionResolvers,
  startHangingServer,
  startInlineSubgraph,
} from './inline-subgraphs';
import { bearer } from '../support/auth';

/** As a signed-in operator sees it (URLs and errors included); `anonymous` as anyone else does. */
async function getHealth(gateway: RunningGateway, anonymous = false): Promise<{ status: number; body: GatewayHealth }> {
  const headers = anonymous ? {} : await bearer({ role: 'analyst' });
  const response = await fetch(new URL('/health', gateway.url), { headers });
  return { status: response.status, body: (await response.json()) as GatewayHealth };
}

function byName(health: GatewayHealth) {
  return Object.fromEntries(health.subgraphs.map((subgraph) => [subgraph.name, subgraph]));
}

describe('GET /health', () => {
  let catalog: InlineSubgraph;
  let alpha: InlineSubgraph;
  let beta: InlineSubgraph;
  let gateway: RunningGateway;

  beforeAll(async () => {
    catalog = await startInlineSubgraph('catalog', catalogTypeDefs, catalogResolvers);
    alpha = await startInlineSubgraph('alpha', alphaTypeDefs, regionResolvers('AlphaNetwork', 'Alpha'));
    beta = await startInlineSubgraph('beta', betaTypeDefs, regionResolvers('BetaNetwork', 'Beta'));
    // No caching here: these tests watch a subgraph go down and come back.
    gateway = await createGateway({ port: 0, supergraphSdl: composeInline([catalog, alpha, beta]), logger: recordingLogger(), healthCacheMs: 0 });
  });

  afterAll(async () => {
    await gateway?.stop();
    await Promise.all([catalog, alpha, beta].map((subgraph) => subgraph?.stop()));
  });

  it('answers 200 ok when every subgraph is up', async () => {
    const { status, body } = await getHealth(gateway);

    expect(status).toBe(200);
    expect(body.status).toBe('ok');
    expect(body.subgraphs.map((s) => [s.name, s.url, s.status])).toEqual([
      ['alpha', alpha.url, 'up'],
      ['beta', beta.url, 'up'],
      ['catalog', catalog.url, 'up'],
    ]);
    for (const subgraph of body.subgraphs) {
      expect(subgraph.latencyMs).toBeGreaterThanOrEqual(0);
      expect(subgraph.error).toBeUndefined();
    }
  });

  it("shows anonymous callers each state but not the subgraphs' URLs or errors", async () => {
    const { status, body } = await getHealth(gateway, true);
    expect(status).toBe(200);
    expect(body.subgraphs.map((s) => [s.name, s.status])).toEqual([
      ['alpha', 'up'],
      ['beta', 'up'],
      ['catalog', 'up'],
    ]);
    expect(JSON.stringify(body)).not.toMatch(/http:|localhost|127\.0\.0\.1/);
    for (const subgraph of body.subgraphs) expect(Object.keys(subgraph).sort()).toEqual(['latencyMs', 'name', 'status']);
  });

  it('answers 503 degraded naming the subgraph that is down, then ok again when it is back', async () => {
    await alpha.stop();

    const down = await getHealth(gateway);
    expect(down.status).toBe(503);
    // The gateway itself is alive all the same.
    const live = await fetch(new URL('/health/live', gateway.url));
    expect(live.status).toBe(200);
    expect(down.body.status).toBe('degraded');
    expect(byName(down.body).alpha).toMatchObject({ status: 'down', error: 'ECONNREFUSED' });
    expect(byName(down.body).beta.status).toBe('up');
    expect(byName(down.body).catalog.status).toBe('up');

    alpha = await startInlineSubgraph('alpha', alphaTypeDefs, regionResolvers('AlphaNetwork', 'Alpha'), alpha.port);
    const back = await getHealth(gateway);
    expect(back.status).toBe(200);
    expect(byName(back.body).alpha.status).toBe('up');
  });
});

describe('GET /health cached', () => {
  it('answers from its last check for the cache period, so a flood of checks costs each subgraph one', async () => {
    const catalog = await startInlineSubgraph('catalog', catalogTypeDefs, catalogResolvers);
    const alpha = await startInlineSubgraph('alpha', alphaTypeDefs, regionResolvers('AlphaNetwork', 'Alpha'));
    const beta = await startInlineSubgraph('beta', betaTypeDefs, regionResolvers('BetaNetwork', 'Beta'));
    const gateway = await createGateway({ port: 0, supergraphSdl: composeInline([catalog, alpha, beta]), logger: recordingLogger(), healthCacheMs: 60000 });
    let alphaStopped = false;
    try {
      const first = await getHealth(gateway, true);
      expect(first.status).toBe(200);
      await Promise.all(Array.from({ length: 20 }, () => getHealth(gateway, true)));
      await alpha.stop();
      alphaStopped = true;
      // Still the cached answer: alpha's fall shows only once the period is over.
      const cached = await getHealth(gateway, true);
      expect(cached.status).toBe(200);
      expect(byName(cached.body).alpha.status).toBe('up');
    } finally {
      await gateway.stop();
      await Promise.all([catalog, beta, ...(alphaStopped ? [] : [alpha])].map((subgraph) => subgraph.stop()));
    }
  });
});

describe('GET /health with a subgraph that never answers', () => {
  it('reports it down after the health timeout instead of waiting for it', async () => {
    const catalog = await startInlineSubgraph('catalog', catalogTypeDefs, catalogResolvers);
    const alpha = await startInlineSubgraph('alpha', alphaTypeDefs, regionResolvers('AlphaNetwork', 'Alpha'));
    const beta = await startInlineSubgraph('beta', betaTypeDefs, regionResolvers('BetaNetwork', 'Beta'));
    const hanging = await startHangingServer();
    const gateway = await createGateway({
      port: 0,
      supergraphSdl: composeInline([catalog, alpha, beta]),
      subgraphUrls: { beta: hanging.url },
      healthTimeoutMs: 300,
      logger: recordingLogger(),
    });
    try {
      const { status, body } = await getHealth(gateway);
      expect(status).toBe(503);
      expect(byName(body).beta).toMatchObject({ status: 'down', error: 'no answer within 300 ms' });
      expect(byName(body).beta.latencyMs).toBeLessThan(2000);
      expect(byName(body).alpha.status).toBe('up');
    } finally {
      await gateway.stop();
      await hanging.stop();
      await Promise.all([catalog, alpha, beta].map((subgraph) => subgraph.stop()));
    }
  });
});
