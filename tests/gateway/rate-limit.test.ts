import { createGateway, RunningGateway } from '@pallnet/gateway';
import { bearer } from '../support/auth';
import {
  alphaTypeDefs,
  catalogResolvers,
  catalogTypeDefs,
  composeInline,
  InlineSubgraph,
  recordingLogger,
  regionResolvers,
  startInlineSubgraph,
  betaTypeDefs,
} from './inline-subgraphs';

/*
 * The per-client rate limit: a client over its burst gets 429 with Retry-After and no subgraph is
 * asked; other clients (another token subject) are not affected; a bad token counts against the
 * address, so made-up subjects buy nothing.
 */

const QUERY = JSON.stringify({ query: '{ networks { id } }' });

let catalog: InlineSubgraph;
let alpha: InlineSubgraph;
let beta: InlineSubgraph;
let gateway: RunningGateway;

beforeAll(async () => {
  catalog = await startInlineSubgraph('catalog', catalogTypeDefs, catalogResolvers);
  alpha = await startInlineSubgraph('alpha', alphaTypeDefs, regionResolvers('AlphaNetwork', 'Alpha'));
  beta = await startInlineSubgraph('beta', betaTypeDefs, regionResolvers('BetaNetwork', 'Beta'));
  // Three at once, then one a second.
  gateway = await createGateway({
    port: 0,
    supergraphSdl: composeInline([catalog, alpha, beta]),
    logger: recordingLogger(),
    rateLimit: { perMinute: 60, burst: 3 },
  });
});

afterAll(async () => {
  await gateway?.stop();
  await Promise.all([catalog, alpha, beta].map((subgraph) => subgraph?.stop()));
});

function post(headers: Record<string, string> = {}) {
  return fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: QUERY });
}

it('answers 429 with Retry-After once a client has used its burst, asks no subgraph, and lets it in again after the wait', async () => {
  const kari = await bearer({ role: 'analyst', subject: 'kari' });
  for (let i = 0; i < 3; i += 1) expect((await post(kari)).status).toBe(200);
  const before = catalog.requests();
  const refused = await post(kari);
  expect(refused.status).toBe(429);
  expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
  const body = (await refused.json()) as { errors: Array<{ message: string; extensions: Record<string, unknown> }> };
  expect(body.errors[0].extensions.code).toBe('RATE_LIMITED');
  expect(body.errors[0].message).toMatch(/^Too many requests: at most 60 a minute/);
  expect(catalog.requests()).toBe(before);

  // Another subject has a bucket of its own.
  const ola = await bearer({ role: 'analyst', subject: 'ola' });
  expect((await post(ola)).status).toBe(200);

  await new Promise((resolve) => setTimeout(resolve, Number(refused.headers.get('retry-after')) * 1000));
  expect((await post(kari)).status).toBe(200);
});

it('counts anonymous callers and bad tokens against their address', async () => {
  const statuses: number[] = [];
  for (let i = 0; i < 4; i += 1) {
    // A different made-up token each time: it buys no fresh bucket.
    const response = await post(i % 2 ? { authorization: `Bearer not-a-token-${i}` } : {});
    statuses.push(response.status);
  }
  expect(statuses.slice(0, 3).every((status) => status !== 429)).toBe(true);
  expect(statuses[3]).toBe(429);
});
