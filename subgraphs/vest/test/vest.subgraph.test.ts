import { vestSubgraph } from '@pallnet/subgraph-vest';
import { resolveEntities } from '../../../tests/support/graphql';
import { startTestSubgraph, TestSubgraph } from '../../../tests/support/subgraph';

/** The Vest subgraph on its own: every entity resolves by key, and the agreement's facts are there. */
describe('Vest subgraph (Helse Stavanger)', () => {
  let subgraph: TestSubgraph;

  beforeAll(async () => {
    subgraph = await startTestSubgraph(vestSubgraph);
  });

  afterAll(async () => {
    await subgraph?.stop();
  });

  const entities = (representations: Array<Record<string, string>>, selection: string) => resolveEntities(subgraph, representations, selection);

  it.each([
    ['VestNetwork', 'vest-helse-stavanger', 'Nettverk innen kreftomsorg og lindrende behandling'],
    ['VestSteeringGroup', 'vest-fagrad-i-palliasjon', 'Fagråd i palliasjon'],
    ['VestOperationsGroup', 'vest-driftsgruppe-sykepleiernettverket', 'Driftsgruppen for sykepleiernettverket'],
    ['VestNetworkGroup', 'vest-nettverksgruppe-sandnes', 'Nettverksgruppe Sandnes'],
  ])('resolves %s by its key', async (typename, id, name) => {
    const [entity] = await entities([{ __typename: typename, id }], `... on ${typename} { id name }`);
    expect(entity).toEqual({ __typename: typename, id, name });
  });

  it('answers null for an unknown key or a key of another unit type', async () => {
    const result = await entities(
      [
        { __typename: 'VestNetwork', id: 'no-such-network' },
        { __typename: 'VestSteeringGroup', id: 'vest-nettverksgruppe-sandnes' },
      ],
      '... on VestNetwork { id }',
    );
    expect(result).toEqual([null, null]);
  });

  it('models the agreement and its history as the document dates them', async () => {
    const [network] = await entities(
      [{ __typename: 'VestNetwork', id: 'vest-helse-stavanger' }],
      '... on VestNetwork { healthTrust established agreements { title kind partOf adopted inForceFrom } }',
    );
    expect(network.healthTrust).toBe('Helse Stavanger HF');
    expect(network.established).toBeNull();
    expect(network.agreements[0]).toMatchObject({
      kind: 'Vedlegg',
      partOf: 'Delavtale nr. 2d Samarbeidsavtale om behandlingsforløp for palliasjon',
      adopted: '2023-10-25',
    });
    expect(network.agreements[1].inForceFrom).toBe('2007-12-05');
  });

  it('has the steering group of 5 + 5 over two operations groups over five network groups', async () => {
    const [network] = await entities(
      [{ __typename: 'VestNetwork', id: 'vest-helse-stavanger' }],
      `... on VestNetwork { units { __typename name localTerm level plannedMeetingsPerYear parent { name }
          ... on VestSteeringGroup { healthTrustRepresentatives municipalityRepresentatives attendanceRights }
          ... on VestOperationsGroup { appointmentTermYears leaderTermYears compositionRule }
          ... on VestNetworkGroup { groupNumber coversWholeArea municipalities { number } } } }`,
    );
    const [steering, nurses, therapists, ...groups] = network.units;
    expect(steering).toMatchObject({ name: 'Fagråd i palliasjon', localTerm: 'Fagråd', level: 'STEERING', parent: null });
    expect(steering.healthTrustRepresentatives).toBe(5);
    expect(steering.municipalityRepresentatives).toBe(5);
    expect(steering.attendanceRights).toContain('minst ett møte årlig');
    expect(nurses).toMatchObject({ level: 'OPERATIONS', appointmentTermYears: 2, leaderTermYears: 2, parent: { name: 'Fagråd i palliasjon' } });
    expect(therapists.compositionRule).toContain('minimum en ergoterapeut');
    expect(groups.map((g: { name: string }) => g.name)).toEqual([
      'Nettverksgruppen Stavanger',
      'Nettverksgruppe Sandnes',
      'Nettverksgruppe Ryfylke/Nord-Jæren',
      'Nettverksgruppe Dalane/Sør-Jæren',
      'Nettverk av ressursfysio- og ergoterapeuter',
    ]);
    expect(groups.every((g: { plannedMeetingsPerYear: number }) => g.plannedMeetingsPerYear === 2)).toBe(true);
    expect(groups[2].municipalities.map((m: { number: string }) => m.number).sort()).toEqual(['1120', '1124', '1127', '1130', '1133', '1144']);
    expect(groups[3].municipalities).toHaveLength(7);
    expect(groups[4]).toMatchObject({ groupNumber: null, coversWholeArea: true, municipalities: [] });
  });

  it('lists the duties by level and records no figures the document does not give', async () => {
    const [network] = await entities(
      [{ __typename: 'VestNetwork', id: 'vest-helse-stavanger' }],
      '... on VestNetwork { obligations { appliesTo level minimumPerYear } memberCount annualReport(year: 2023) { year } events { title } }',
    );
    expect(network.obligations).toContainEqual({ appliesTo: 'Nettverksgruppene', level: 'LOCAL', minimumPerYear: 2 });
    expect(network.obligations).toContainEqual({ appliesTo: 'Den enkelte ressursperson', level: null, minimumPerYear: 1 });
    expect(network.memberCount).toBeNull();
    expect(network.annualReport).toBeNull();
    expect(network.events).toEqual([]);
  });
});
