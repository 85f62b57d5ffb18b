import { createGateway, RunningGateway, SubgraphErrorCode } from '@pallnet/gateway';
import { postGraphQL } from '../support/graphql';
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

const TIMEOUT_MS = 400;

describe('a region that hangs', () => {
  let catalog: InlineSubgraph;
  let alpha: InlineSubgraph;
  let beta: InlineSubgraph;
  let hanging: Awaited<ReturnType<typeof startHangingServer>>;
  let gateway: RunningGateway;

  beforeAll(async () => {
    catalog = await startInlineSubgraph('catalog', catalogTypeDefs, catalogResolvers);
    alpha = await startInlineSubgraph('alpha', alphaTypeDefs, regionResolvers('AlphaNetwork', 'Alpha'));
    beta = await startInlineSubgraph('beta', betaTypeDefs, regionResolvers('BetaNetwork', 'Beta'));
    hanging = await startHangingServer();
    // Composed with alpha's real URL; the gateway is pointed at the hanging server instead,
    // as <NAME>_URL does in production.
    gateway = await createGateway({
      port: 0,
      supergraphSdl: composeInline([catalog, alpha, beta]),
      subgraphUrls: { alpha: hanging.url },
      subgraphTimeoutMs: TIMEOUT_MS,
      logger: recordingLogger(),
    });
  });

  afterAll(async () => {
    await gateway?.stop();
    await hanging?.stop();
    await Promise.all([catalog, alpha, beta].map((subgraph) => subgraph?.stop()));
  });

  it('is given up on after the timeout, with an error naming it and the other region’s data intact', async () => {
    const started = Date.now();
    const result = await postGraphQL(gateway.url, '{ networks { id name } }');
    const elapsed = Date.now() - started;

    expect(hanging.requests()).toBe(1);
    expect(elapsed).toBeGreaterThanOrEqual(TIMEOUT_MS - 50);
    expect(elapsed).toBeLessThan(TIMEOUT_MS + 1500);
    expect(result.data).toEqual({ networks: [null, { id: 'b1', name: 'Beta network b1' }, null] });
    expect(result.errors).toEqual([
      {
        message: `Subgraph "alpha" did not answer within ${TIMEOUT_MS} ms`,
        extensions: { code: SubgraphErrorCode.TIMEOUT, serviceName: 'alpha' },
      },
    ]);
  });
});
