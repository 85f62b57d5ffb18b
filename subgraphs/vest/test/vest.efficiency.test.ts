import { sqlStatements } from '@pallnet/subgraph-kit';
import { vestSubgraph } from '@pallnet/subgraph-vest';
import { queryOk } from '../../../tests/support/graphql';
import { startTestSubgraph, TestSubgraph } from '../../../tests/support/subgraph';

const QUERY = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on VestNetwork {
  id name region agreements { title } municipalities { number } memberCount(year: 2021)
  units { id name localTerm level plannedMeetingsPerYear parent { id name } municipalities { number } memberCount(year: 2021)
    ... on VestNetworkGroup { groupNumber memberSources } ... on VestOperationsGroup { representativesFrom } }
  events(from: "2021-01-01", to: "2021-12-31") { title date unit { id } }
  annualReport(year: 2021) { membersAtYearEnd gatherings localUnits { unit { name } membersAtYearEnd gatherings focusAreas { title } } }
  obligations { duty } } } }`;

/** The statements one request costs stay the same when the data grows tenfold. */
describe('Vest subgraph SQL statements per request', () => {
  let subgraph: TestSubgraph;

  beforeAll(async () => {
    subgraph = await startTestSubgraph(vestSubgraph, { seed: false });
  });

  afterAll(async () => {
    await subgraph?.stop();
  });

  async function statementsFor(networkIds: string[]): Promise<number> {
    const before = sqlStatements.count;
    const data = await queryOk(subgraph, QUERY, { r: networkIds.map((id) => ({ __typename: 'VestNetwork', id })) });
    expect(data._entities.every((n: unknown) => n !== null)).toBe(true);
    return sqlStatements.count - before;
  }

  it('does not grow with networks, units or events', async () => {
    const small = await vestSubgraph.seedSynthetic(subgraph.orm.em.fork(), { networks: 2, unitsPerNetwork: 3, eventsPerUnit: 2 });
    const smallCount = await statementsFor(small);

    const more = await vestSubgraph.seedSynthetic(subgraph.orm.em.fork(), { networks: 18, unitsPerNetwork: 30, eventsPerUnit: 20 }, 2);
    const largeCount = await statementsFor([...small, ...more]);

    expect(smallCount).toBeGreaterThan(0);
    expect(largeCount).toBe(smallCount);
    // Once its rows are kept (packages/subgraph-kit/src/read-cache.ts), the same request reads the data version only.
    expect(await statementsFor([...small, ...more])).toBe(1);
  });
});
