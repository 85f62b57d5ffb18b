import { sqlStatements } from '@pallnet/subgraph-kit';
import { sorOstSubgraph } from '@pallnet/subgraph-sor-ost';
import { queryOk } from '../../../tests/support/graphql';
import { startTestSubgraph, TestSubgraph } from '../../../tests/support/subgraph';

/** Everything the subgraph serves for a network: the contract and every one of Sør-Øst's own fields. */
const QUERY = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on SorOstNetwork {
  id name region healthTrust established mandate guidelineBasis guidelineUrl governance resourcePersonRole resourcePersonTasks website figureCaptions
  agreements { title adopted revised kind partOf parties note } municipalities { number } memberCount(year: 2021)
  history { period fromYear toYear description actors resultingNetworks }
  agreementMilestones { agreementTitle step date period decidedBy change }
  governingDocuments { issuer title url }
  goals { kind number title year carriedOverTo heading }
  activityReports { year meetingsSummary activity }
  externalActivities { year title kind organiser participants participantsNote note }
  talks { eventDate eventTitle theme speakers { name role } }
  fundingDetails { year source amountNok purpose note }
  units { id name localTerm level plannedMeetingsPerYear parent { id name } municipalities { number } memberCount(year: 2021)
    ... on SorOstSteeringGroup { rotationYears rotationNote responsibilities members { name function } leader { name }
      activityReports { meetingsHeld meetingsCancelled mainMatters } }
    ... on SorOstOperationsGroup { responsibilities members { name title } leader { name } deputyLeader { name }
      activityReports { meetingsHeld postponedMatters } }
    ... on SorOstSectorNetwork { hospital hospitalAbbreviation plannedGatheringHoursPerYear responsibilities
      leader { name role } leadership { name fromDate current }
      activityReports(year: 2021) { meetingsHeld meetingsPlanned jointStudyDayParticipants plans } } }
  events(from: "2021-01-01", to: "2021-12-31") { kind title date period participants unit { id name } }
  annualReport(year: 2021) { membersAtYearEnd membersPreviousYearEnd gatherings gatheringHours jobShadowingDays
    studyDays { title participants } introductionCourses { title } funding { source amountNok } focusAreas { title status }
    localUnits { unit { id name } membersAtYearEnd membersPreviousYearEnd membersChange membershipNote gatherings gatheringHours
      jobShadowingDays focusAreas { title status } themes } } } } }`;

/** The statements one request costs stay the same when the data grows tenfold. */
describe('Sør-Øst subgraph SQL statements per request', () => {
  let subgraph: TestSubgraph;

  beforeAll(async () => {
    subgraph = await startTestSubgraph(sorOstSubgraph, { seed: false });
  });

  afterAll(async () => {
    await subgraph?.stop();
  });

  async function statementsFor(networkIds: string[]): Promise<number> {
    const before = sqlStatements.count;
    const data = await queryOk(subgraph, QUERY, { r: networkIds.map((id) => ({ __typename: 'SorOstNetwork', id })) });
    expect(data._entities).toHaveLength(networkIds.length);
    expect(data._entities.every((n: unknown) => n !== null)).toBe(true);
    return sqlStatements.count - before;
  }

  it('does not grow with networks, units, members or events', async () => {
    const small = await sorOstSubgraph.seedSynthetic(subgraph.orm.em.fork(), { networks: 2, unitsPerNetwork: 3, eventsPerUnit: 2 });
    const smallCount = await statementsFor(small);

    const more = await sorOstSubgraph.seedSynthetic(subgraph.orm.em.fork(), { networks: 18, unitsPerNetwork: 30, eventsPerUnit: 20 }, 2);
    const largeCount = await statementsFor([...small, ...more]);

    expect(smallCount).toBeGreaterThan(0);
    expect(largeCount).toBe(smallCount);
    // Once its rows are kept (packages/subgraph-kit/src/read-cache.ts), the same request reads the data version only.
    expect(await statementsFor([...small, ...more])).toBe(1);
  });

  it('answers the synthetic networks in the shape of the real one', async () => {
    const data = await queryOk(subgraph, QUERY, { r: [{ __typename: 'SorOstNetwork', id: 'sor-ost-synthetic-0' }] });
    const [network] = data._entities;
    expect(network.units.map((u: { localTerm: string }) => u.localTerm)).toEqual([
      'Styringsgruppe',
      'Driftsgruppe',
      'Sektornettverk',
      'Sektornettverk',
      'Sektornettverk',
    ]);
    expect(network.annualReport.localUnits).toHaveLength(3);
    expect(network.annualReport.localUnits[0]).toMatchObject({ membersAtYearEnd: 50, membersPreviousYearEnd: 40, gatherings: 2 });
  });
});
