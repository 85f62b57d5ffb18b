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
  startInlineSubgraph,
} from './inline-subgraphs';

const NETWORKS = '{ networks { id name } }';

describe('a region that fails costs only its own networks', () => {
  let catalog: InlineSubgraph;
  let alpha: InlineSubgraph;
  let beta: InlineSubgraph;
  let gateway: RunningGateway;
  const logger = recordingLogger();

  beforeAll(async () => {
    catalog = await startInlineSubgraph('catalog', catalogTypeDefs, catalogResolvers);
    alpha = await startInlineSubgraph('alpha', alphaTypeDefs, regionResolvers('AlphaNetwork', 'Alpha'));
    beta = await startInlineSubgraph('beta', betaTypeDefs, regionResolvers('BetaNetwork', 'Beta', { failOn: 'b-missing' }));
    gateway = await createGateway({ port: 0, supergraphSdl: composeInline([catalog, alpha, beta]), logger });
  });

  afterAll(async () => {
    await gateway?.stop();
    await Promise.all([catalog, alpha, beta].map((subgraph) => subgraph?.stop()));
  });

  it('answers a query that fans out from the catalog to both regions', async () => {
    const result = await postGraphQL(gateway.url, NETWORKS);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      networks: [
        { id: 'a1', name: 'Alpha network a1' },
        { id: 'b1', name: 'Beta network b1' },
        { id: 'a2', name: 'Alpha network a2' },
      ],
    });
  });

  it('nulls a stopped region’s entries, keeps the other region’s, and names the region in the error', async () => {
    await alpha.stop();

    const result = await postGraphQL(gateway.url, NETWORKS);

    expect(result.data).toEqual({ networks: [null, { id: 'b1', name: 'Beta network b1' }, null] });
    expect(result.errors).toHaveLength(1);
    const [error] = result.errors!;
    expect(error.message).toMatch(/"alpha"/);
    expect(error.extensions).toEqual({ code: SubgraphErrorCode.UNAVAILABLE, serviceName: 'alpha' });
    expect(logger.lines.join('\n')).toMatch(/subgraph alpha at http:\/\/127\.0\.0\.1:\d+\/graphql: SUBGRAPH_UNAVAILABLE/);
  });

  it('recovers by itself when the region comes back on its port', async () => {
    alpha = await startInlineSubgraph('alpha', alphaTypeDefs, regionResolvers('AlphaNetwork', 'Alpha'), alpha.port);

    const result = await postGraphQL(gateway.url, NETWORKS);

    expect(result.errors).toBeUndefined();
    expect(result.data?.networks).toEqual([
      { id: 'a1', name: 'Alpha network a1' },
      { id: 'b1', name: 'Beta network b1' },
      { id: 'a2', name: 'Alpha network a2' },
    ]);
  });
});

describe('a GraphQL error from a subgraph', () => {
  let catalog: InlineSubgraph;
  let alpha: InlineSubgraph;
  let beta: InlineSubgraph;
  let gateway: RunningGateway;
  const log = recordingLogger();

  beforeAll(async () => {
    catalog = await startInlineSubgraph('catalog', catalogTypeDefs, catalogResolvers);
    alpha = await startInlineSubgraph('alpha', alphaTypeDefs, regionResolvers('AlphaNetwork', 'Alpha'));
    // Beta fails to resolve b1, the only beta network in the catalog.
    beta = await startInlineSubgraph('beta', betaTypeDefs, regionResolvers('BetaNetwork', 'Beta', { failOn: 'b1' }));
    gateway = await createGateway({ port: 0, supergraphSdl: composeInline([catalog, alpha, beta]), logger: log });
  });

  afterAll(async () => {
    await gateway?.stop();
    await Promise.all([catalog, alpha, beta].map((subgraph) => subgraph?.stop()));
  });

  it('without a code of its own: "Internal server error" with a correlation id, the details only in the log', async () => {
    const result = await postGraphQL(gateway.url, NETWORKS);

    expect(result.data).toEqual({
      networks: [{ id: 'a1', name: 'Alpha network a1' }, null, { id: 'a2', name: 'Alpha network a2' }],
    });
    expect(result.errors).toHaveLength(1);
    const [error] = result.errors!;
    expect(error.message).toBe('Internal server error');
    expect(error.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', serviceName: 'beta', correlationId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    expect(JSON.stringify(result)).not.toMatch(/no record of|stacktrace/);
    expect(log.lines.find((line) => line.includes(error.extensions!.correlationId as string))).toMatch(/Beta has no record of b1/);
  });
});
