import { sqlStatements } from '@pallnet/subgraph-kit';
import { midtSubgraph } from '@pallnet/subgraph-midt';
import { queryOk } from '../../../tests/support/graphql';
import { startTestSubgraph, TestSubgraph } from '../../../tests/support/subgraph';

const QUERY = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on MidtNetwork {
  id name region healthTrust established purpose anchoring goals targetGroup organisation rotatingRoles rotatesBetween
  plannedStudyDaysPerYear studyDaysFree costSharing
  agreements { title kind parties } municipalities { number } memberCount(year: 2021) reportsTo { id name }
  units { id name localTerm level plannedMeetingsPerYear parent { id name } municipalities { number } memberCount(year: 2021)
    ... on MidtCooperationCommittee { description abbreviation representativesChosenByMunicipalities representativesChosenByHealthTrust alsoRepresented }
    ... on MidtProfessionalCouncil { description serviceAgreementNumber serviceAgreementTitle serviceAgreementUrl }
    ... on MidtProfessionalNetwork { description area seat seatMunicipality { number } ledBy participantsServeAs }
    ... on MidtLocalResourceGroup { description area documentWording municipalityNote
      historicalMunicipalities { name numberUntil2017 numberFrom2020 municipality { number } unit { id } } } }
  events(from: "2021-01-01", to: "2021-12-31") { title date participants unit { id } }
  annualReport(year: 2021) { membersAtYearEnd membersPreviousYearEnd gatherings gatheringHours studyDays { title } focusAreas { title status }
    localUnits { unit { name } membersAtYearEnd gatherings studyDays { title } focusAreas { title } } }
  participants { name representedPartner } mandate { duty timesPerYear counterpart { id name } } webPages { url context }
  precedingDocuments { citation fromYear toYear }
  historicalMunicipalities { name numberUntil2017 unit { id name } } } } }`;

/** The statements one request costs stay the same when the data grows tenfold. */
describe('Midt subgraph SQL statements per request', () => {
  let subgraph: TestSubgraph;

  beforeAll(async () => {
    subgraph = await startTestSubgraph(midtSubgraph, { seed: false });
  });

  afterAll(async () => {
    await subgraph?.stop();
  });

  async function statementsFor(networkIds: string[]): Promise<number> {
    const before = sqlStatements.count;
    const data = await queryOk(subgraph, QUERY, { r: networkIds.map((id) => ({ __typename: 'MidtNetwork', id })) });
    expect(data._entities).toHaveLength(networkIds.length);
    expect(data._entities.every((n: unknown) => n !== null)).toBe(true);
    return sqlStatements.count - before;
  }

  it('does not grow with networks, units, members or events', async () => {
    const small = await midtSubgraph.seedSynthetic(subgraph.orm.em.fork(), { networks: 2, unitsPerNetwork: 3, eventsPerUnit: 2 });
    const smallCount = await statementsFor(small);

    const more = await midtSubgraph.seedSynthetic(subgraph.orm.em.fork(), { networks: 18, unitsPerNetwork: 30, eventsPerUnit: 20 }, 2);
    const largeCount = await statementsFor([...small, ...more]);

    expect(smallCount).toBeGreaterThan(0);
    expect(largeCount).toBe(smallCount);
    // Once its rows are kept (packages/subgraph-kit/src/read-cache.ts), the same request reads the data version only.
    expect(await statementsFor([...small, ...more])).toBe(1);
  });

  it('answers the synthetic data in the shape of the national template', async () => {
    const data = await queryOk(subgraph, QUERY, { r: [{ __typename: 'MidtNetwork', id: 'midt-synthetic-0' }] });
    const [network] = data._entities;
    expect(network.memberCount).toBe(110);
    expect(network.reportsTo).toEqual({ id: 'midt-synthetic-0-fagrad', name: 'Fagråd' });
    expect(network.annualReport).toMatchObject({ membersAtYearEnd: 110, membersPreviousYearEnd: 100 });
    expect(network.annualReport.localUnits).toHaveLength(3);
    expect(network.units.map((u: { __typename?: string; localTerm: string }) => u.localTerm)).toEqual(
      expect.arrayContaining(['Samarbeidsutvalg', 'Fagråd', 'Fagnettverk', 'Lokal ressursgruppe']),
    );
  });
});
