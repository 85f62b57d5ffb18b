import { composeSupergraph, formatCompositionProblems, readCommittedSupergraph } from '@pallnet/gateway/compose';

describe('composeSupergraph', () => {
  it('composes a subgraph from the SDL its built entry prints, with its default URL', async () => {
    const outcome = await composeSupergraph({ subgraphs: ['national'] });

    expect(outcome.errors).toBeUndefined();
    expect(outcome.supergraphSdl).toContain('NATIONAL @join__graph(name: "national", url: "http://localhost:4001/graphql")');
  });

  it('lists a subgraph it does not know instead of skipping it', async () => {
    const outcome = await composeSupergraph({ subgraphs: ['national', 'nord'] });

    expect(outcome.supergraphSdl).toBeUndefined();
    expect(outcome.errors).toEqual([expect.objectContaining({ subgraph: 'nord', message: expect.stringMatching(/^is not a subgraph/) })]);
  });

  it('matches the committed supergraph.graphql (run "npm run compose" and commit it when this fails)', async () => {
    const outcome = await composeSupergraph();

    if (outcome.errors) throw new Error(`Composition failed:\n${formatCompositionProblems(outcome.errors)}`);
    expect(await readCommittedSupergraph()).toBe(outcome.supergraphSdl);
  });
});
