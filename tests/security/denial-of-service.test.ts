import { createGateway } from '@pallnet/gateway';
import { gatewaySecretVariableFor, GATEWAY_SECRET_HEADER } from '@pallnet/subgraph-kit';
import { SUBGRAPHS } from '@pallnet/system';
import { bearer } from '../support/auth';
import { postGraphQL } from '../support/graphql';
import { startTestSystem } from '../support/system';

/*
 * The two attacks the security review found, against the real system: a signed-in caller's
 * ResourcePerson.network → resourcePersons cycle, and an anonymous caller's 29 aliased `networks`
 * blocks fanning out into about 175 subgraph fetches. Both are refused before any subgraph runs
 * a single SQL statement; a subgraph reached directly (with the gateway's secret) refuses the
 * cycle on its own.
 */

let system: Awaited<ReturnType<typeof startTestSystem>>;

beforeAll(async () => {
  system = await startTestSystem({ env: { SQL_STATEMENT_COUNTER: 'true' } });
}, 180_000);

afterAll(async () => {
  await system?.stop();
});

/** SQL statements run so far, summed over every subgraph. */
async function sqlStatements(): Promise<number> {
  const counts = await Promise.all(
    SUBGRAPHS.map(async ({ name }) => {
      const response = await fetch(new URL('/debug/sql-statements', system.service(name).url));
      return ((await response.json()) as { count: number }).count;
    }),
  );
  return counts.reduce((sum, count) => sum + count, 0);
}

async function post(url: string, query: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });
  return {
    status: response.status,
    body: (await response.json()) as { data?: unknown; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> },
  };
}

/** `network { resourcePersons { … } }` repeated `cycles` times below a resource person list. */
function cycle(cycles: number): string {
  let selection = 'name email';
  for (let i = 0; i < cycles; i += 1) selection = `name network { resourcePersons { ${selection} } }`;
  return selection;
}

const CYCLE_QUERY = `{ networks { ... on VestNetwork { resourcePersons { ${cycle(3)} } } } }`;

function fanOut(blocks: number): string {
  const block = 'networks { name region units { name localTerm level } municipalities { number name county } }';
  return `{ ${Array.from({ length: blocks }, (_, i) => `n${i}: ${block}`).join(' ')} }`;
}

it('refuses the signed-in ResourcePerson.network → resourcePersons cycle by its list-counting cost, before any SQL runs', async () => {
  const analyst = await bearer({ role: 'analyst', subject: 'curious-analyst' });
  const statementsBefore = await sqlStatements();
  const { status, body } = await post(system.gatewayUrl!, CYCLE_QUERY, analyst);
  expect(status).toBe(400);
  expect(body.data).toBeUndefined();
  expect(body.errors?.[0].message).toMatch(/^Query cost limit of 200000 exceeded, found \d+/);
  expect(body.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  expect(await sqlStatements()).toBe(statementsBefore);

  // One level of the cycle is an ordinary question and is answered.
  const modest = await postGraphQL(system.gatewayUrl!, `{ networks { ... on VestNetwork { resourcePersons { ${cycle(1)} } } } }`, {}, analyst);
  expect((modest.errors ?? []).filter((error) => error.extensions?.code !== 'FORBIDDEN')).toEqual([]);
  expect(modest.data).toBeTruthy();
});

it('a subgraph reached directly with the gateway secret refuses the cycle on its own', async () => {
  const vest = system.service('vest').url;
  const headers = { [GATEWAY_SECRET_HEADER]: system.env[gatewaySecretVariableFor('vest')]!, ...(await bearer({ role: 'analyst' })) };
  const statementsBefore = await sqlStatements();
  const { status, body } = await post(vest, `{ vestResourcePerson(id: "00000000-0000-0000-0000-000000000000") { ${cycle(4)} } }`, headers);
  expect(status).toBe(400);
  expect(body.errors?.[0].message).toMatch(/^Query cost limit of 200000 exceeded/);
  expect(await sqlStatements()).toBe(statementsBefore);
});

it('refuses the anonymous fan-out of 29 aliased networks blocks by its root fields', async () => {
  const statementsBefore = await sqlStatements();
  const { status, body } = await post(system.gatewayUrl!, fanOut(29));
  expect(status).toBe(400);
  expect(body.errors?.[0].message).toBe('Root fields limit of 10 exceeded, found 29.');
  expect(await sqlStatements()).toBe(statementsBefore);
});

it('refuses the same fan-out by its subgraph fetches, planned but not made, when root fields are allowed', async () => {
  const subgraphUrls = Object.fromEntries(SUBGRAPHS.map(({ name }) => [name, system.service(name).url]));
  const gatewaySecrets = Object.fromEntries(SUBGRAPHS.map(({ name }) => [name, system.env[gatewaySecretVariableFor(name)]!]));
  const gateway = await createGateway({
    port: 0,
    subgraphUrls,
    gatewaySecrets,
    limits: { maxRootFields: 100 },
    rateLimit: false,
    logger: { warn() {}, error() {} },
  });
  try {
    const statementsBefore = await sqlStatements();
    const { status, body } = await post(gateway.url, fanOut(29));
    expect(status).toBe(400);
    const found = Number(/^Subgraph fetches limit of 40 exceeded, found (\d+)\.$/.exec(body.errors?.[0].message ?? '')?.[1]);
    expect(found).toBeGreaterThan(100);
    expect(await sqlStatements()).toBe(statementsBefore);

    // The one block an ordinary dashboard sends is answered.
    const single = await postGraphQL(gateway.url, fanOut(1));
    expect(single.errors).toBeUndefined();
    expect((single.data as { n0: unknown[] }).n0.length).toBeGreaterThan(0);
  } finally {
    await gateway.stop();
  }
});
