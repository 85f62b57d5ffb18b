import type { RunningSystem } from '@pallnet/system';
import { bearer } from '../support/auth';
import { postGraphQL, queryOk } from '../support/graphql';
import { startTestSystem } from '../support/system';

/*
 * The gateway accepts an editor of any region: it checks the token's role and the region's
 * shape, and each regional subgraph checks that the region is its own. An editor of a region this
 * federation does not serve yet (NORD) reads like anyone else, and changes nothing in Vest.
 */

let system: RunningSystem & { logs(): string };

beforeAll(async () => {
  system = await startTestSystem();
}, 120_000);

afterAll(async () => {
  await system?.stop();
});

const codes = (result: { errors?: { extensions?: Record<string, unknown> }[] }) => (result.errors ?? []).map((error) => error.extensions?.code);

it('lets an editor of another region through the gateway and every subgraph', async () => {
  const { networks } = await queryOk(system.gatewayUrl!, '{ networks { name region } }', {}, await bearer({ role: 'editor', region: 'NORD' }));
  expect(networks.map((n: { region: string }) => n.region).sort()).toEqual(['INNLANDET', 'MIDT', 'SOR_OST', 'VEST']);
});

it("leaves Vest's data to Vest's editors: a NORD editor's change is FORBIDDEN by the Vest subgraph and stores nothing", async () => {
  const nord = await bearer({ role: 'editor', region: 'NORD' });
  const change = await postGraphQL(
    system.gatewayUrl!,
    'mutation { vestRecordYearFigures(networkId: "vest-helse-stavanger", input: { year: 2099, membersAtYearEnd: 7 }) { version } }',
    {},
    nord,
  );
  expect(codes(change)).toEqual(['FORBIDDEN']);
  expect(change.errors?.[0]?.message).toContain('NORD');
  expect(codes(await postGraphQL(system.gatewayUrl!, '{ vestAuditLog { id } }', {}, nord))).toEqual(['FORBIDDEN']);
  const after = await queryOk(system.gatewayUrl!, '{ network(id: "vest-helse-stavanger") { memberFigure(year: 2099) { count } } }');
  expect(after.network.memberFigure).toBeNull();
});
