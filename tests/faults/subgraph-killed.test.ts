import type { RunningSystem } from '@pallnet/system';
import { GraphQLResponse, postGraphQL } from '../support/graphql';
import { startTestSystem } from '../support/system';
import { startRequestStream } from './request-stream';

/*
 * A regional subgraph killed outright (SIGKILL) while the gateway is under a steady stream of
 * national queries, then started again: the gateway never stops answering, the other regions'
 * networks stay complete, the errors name the missing subgraph, and the region comes back
 * without the gateway being restarted.
 */

const KILLED = 'vest';
const KILLED_REGION = 'VEST';
const QUERY = '{ networks { id name region units { name level } } }';

let system: RunningSystem & { logs(): string };

beforeAll(async () => {
  system = await startTestSystem();
}, 120_000);

afterAll(async () => {
  await system?.stop();
});

type Networks = Array<{ id: string; name: string; region: string; units: unknown[] } | null>;

/** Every region but the killed one is there in full: a name and its units. */
function expectOtherRegionsComplete(response: GraphQLResponse<{ networks: Networks }>): void {
  const present = (response.data?.networks ?? []).filter((network) => network !== null);
  expect(
    present
      .filter((network) => network.region !== KILLED_REGION)
      .map((network) => network.region)
      .sort(),
  ).toEqual(['INNLANDET', 'MIDT', 'SOR_OST']);
  for (const network of present) {
    expect(network.name).toEqual(expect.any(String));
    expect(network.units.length).toBeGreaterThan(0);
  }
}

async function waitUntil(condition: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

it('keeps the gateway answering with every other region complete, names the missing subgraph, and recovers without a gateway restart', async () => {
  const gatewayPid = system.service('gateway').pid;
  const stream = startRequestStream(() => postGraphQL<{ networks: Networks }>(system.gatewayUrl!, QUERY), {
    concurrency: 4,
    maxRequests: 3_000,
    maxMs: 60_000,
  });
  try {
    stream.setPhase('before');
    await stream.settled('before', 10);

    const pid = system.service(KILLED).pid!;
    process.kill(pid, 'SIGKILL');
    await waitUntil(() => system.service(KILLED).status === 'crashed', `${KILLED} is seen to have died`);
    stream.setPhase('down');
    await stream.settled('down', 20);

    stream.setPhase('restarting');
    await system.startService(KILLED);
    stream.setPhase('after');
    await stream.settled('after', 10);
  } finally {
    await stream.stop();
  }

  const requests = stream.requests;
  // The gateway answered every request of the stream, whatever the region's state.
  expect(requests.filter((request) => request.error !== undefined)).toEqual([]);
  for (const { value } of requests) {
    expect(value!.data?.networks).toHaveLength(4);
    expectOtherRegionsComplete(value!);
    // Whatever went wrong was the killed region, and said so.
    for (const error of value!.errors ?? []) {
      expect(error.extensions?.serviceName).toBe(KILLED);
      expect(error.message).toContain(`"${KILLED}"`);
    }
  }

  const down = requests.filter((request) => request.phase === 'down').map((request) => request.value!);
  for (const response of down) {
    expect(response.data!.networks.filter((network) => network?.region === KILLED_REGION)).toEqual([]);
    expect(response.data!.networks).toContain(null);
    expect(response.errors).toEqual([expect.objectContaining({ extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: KILLED } })]);
  }

  const after = requests.filter((request) => request.phase === 'after').map((request) => request.value!);
  for (const response of after) {
    expect(response.errors).toBeUndefined();
    expect(response.data!.networks.map((network) => network!.region).sort()).toEqual(['INNLANDET', 'MIDT', 'SOR_OST', 'VEST']);
  }
  expect(system.service('gateway').pid).toBe(gatewayPid);
}, 90_000);
