import { sqlStatements } from '@pallnet/subgraph-kit';
import { innlandetSubgraph } from '@pallnet/subgraph-innlandet';
import { queryOk } from '../../../tests/support/graphql';
import { startTestSubgraph, TestSubgraph } from '../../../tests/support/subgraph';

/** The fields every Innlandet unit type adds; the OrganisationalUnit interface does not have them. */
const UNIT_VARIANT = 'otherNames meetingRule { wording unit { id } jointWith { id } }';

/** Every field of the network, its units and its variant, as a gateway might ask for all networks at once. */
const QUERY = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on InnlandetNetwork {
  id name region healthTrust established healthTrustAbbreviation organisationChain organisationModel organisationLevels
  organisationChartLabels mainGoal goals
  agreements { title kind partOf adopted revised parties inForceFrom note }
  municipalities { number } memberCount latest: memberCount(year: 2021)
  units { __typename id name localTerm level plannedMeetingsPerYear parent { id name } municipalities { number } memberCount(year: 2021)
    ... on InnlandetCooperationCommittee { abbreviation anchoredIn ${UNIT_VARIANT} }
    ... on InnlandetClinicalCommittee { aim serviceQualities roles ${UNIT_VARIANT} }
    ... on InnlandetWorkingGroup { courseCommittee ${UNIT_VARIANT} }
    ... on InnlandetResourceNurseNetwork { coverage chartLabel ${UNIT_VARIANT} } }
  events(from: "2021-01-01", to: "2021-12-31") { kind title date participants unit { id name } }
  annualReport(year: 2021) { membersAtYearEnd membersPreviousYearEnd gatherings gatheringHours studyDays { title unit { id } }
    focusAreas { title status } funding { source }
    localUnits { unit { id name } membersAtYearEnd gatherings gatheringHours studyDays { title } focusAreas { title } } }
  meetingRules { wording meetingsPerYear videoConferenceMeetings videoConferencePreferred minimumJointMeetings unit { id name } jointWith { id name } }
  annualCycle { title principle periods { label fromMonth toMonth activities { text eventKind month day digital jointMeeting units { id name } } } }
  actionPlans { title }
  actionPlan(year: 2021) { title fromYear toYear revised revisedYear revisedMonth revisedBy
    focusAreas { title measures responsible responsibleUnits { id name } responsiblePersons deadline deadlineYear partners
      plannedEvents { kind title schedule year days audience note } } }
  governingDocuments { category citation title reference publisher year updatedYear url } } } }`;

/** The statements one request costs stay the same when the data grows tenfold. */
describe('Innlandet subgraph SQL statements per request', () => {
  let subgraph: TestSubgraph;

  beforeAll(async () => {
    // Every field at once is far above the query cost a caller may ask for; here it measures statements.
    subgraph = await startTestSubgraph(innlandetSubgraph, { seed: false, limits: { maxCost: 10_000_000 } });
  });

  afterAll(async () => {
    await subgraph?.stop();
  });

  async function statementsFor(networkIds: string[]): Promise<number> {
    const before = sqlStatements.count;
    const data = await queryOk(subgraph, QUERY, { r: networkIds.map((id) => ({ __typename: 'InnlandetNetwork', id })) });
    expect(data._entities).toHaveLength(networkIds.length);
    expect(data._entities.every((n: { annualCycle: unknown; actionPlan: unknown } | null) => n?.annualCycle && n.actionPlan)).toBe(true);
    return sqlStatements.count - before;
  }

  it('does not grow with networks, units, events or plan rows', async () => {
    const small = await innlandetSubgraph.seedSynthetic(subgraph.orm.em.fork(), { networks: 2, unitsPerNetwork: 3, eventsPerUnit: 2 });
    const smallCount = await statementsFor(small);

    const more = await innlandetSubgraph.seedSynthetic(subgraph.orm.em.fork(), { networks: 18, unitsPerNetwork: 30, eventsPerUnit: 20 }, 2);
    const largeCount = await statementsFor([...small, ...more]);

    expect(smallCount).toBeGreaterThan(0);
    expect(largeCount).toBe(smallCount);
    // Once its rows are kept (packages/subgraph-kit/src/read-cache.ts), the same request reads the data version only.
    expect(await statementsFor([...small, ...more])).toBe(1);
  });
});
