import { databaseUrlVariableFor, GATEWAY_SECRET_HEADER, gatewaySecretVariableFor } from '@pallnet/subgraph-kit';
import { Client } from 'pg';
import { bearer } from '../support/auth';
import { postGraphQL, queryOk } from '../support/graphql';
import { startTestSystem } from '../support/system';

/*
 * What errors tell a client, on the real system: a failure nobody wrote a message for (here a
 * database whose table lost a column, so the driver's error quotes SQL) reaches the client as
 * "Internal server error" with a correlation id, and the details are in that service's log under
 * the same id. Text with a NUL character is refused as BAD_USER_INPUT naming the field, by the
 * gateway and by a subgraph reached directly, and nothing is written.
 */

let system: Awaited<ReturnType<typeof startTestSystem>>;

beforeAll(async () => {
  system = await startTestSystem({ services: ['national', 'vest', 'gateway'] });
}, 120_000);

afterAll(async () => {
  await system?.stop();
});

const REGISTER = 'mutation ($input: ResourcePersonInput!) { vestRegisterResourcePerson(networkId: "vest-helse-stavanger", input: $input) { id name } }';
const person = (name: string) => ({
  name,
  profession: 'NURSE',
  workplaceKind: 'HOME_CARE',
  workplaceName: 'Hjemmesykepleien',
  municipalityNumber: '1103',
  appointedFrom: '2024-03-01',
});

async function vestRows(sql: string): Promise<unknown[]> {
  const client = new Client({ connectionString: system.env[databaseUrlVariableFor('vest')] });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

describe('NUL characters in input', () => {
  it('are refused by the gateway as BAD_USER_INPUT naming the field, in variables and in the document, and nothing is written', async () => {
    const editor = await bearer({ role: 'editor', region: 'VEST', subject: 'nul-editor' });
    const before = await vestRows('select count(*)::int as n from resource_person');

    const inVariables = await postGraphQL(system.gatewayUrl!, REGISTER, { input: person('Kari\u0000Nordmann') }, editor);
    expect(inVariables.data ?? undefined).toBeUndefined();
    expect(inVariables.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.name', rule: 'noNulCharacter' });
    expect(inVariables.errors?.[0].message).toBe('Invalid input: input.name: must not contain a NUL character (U+0000) (noNulCharacter)');

    const inDocument = await postGraphQL(
      system.gatewayUrl!,
      'mutation { vestRegisterResourcePerson(networkId: "vest-helse-stavanger", input: { name: "Ola\\u0000", profession: NURSE, workplaceKind: HOME_CARE, workplaceName: "Hjemmesykepleien", municipalityNumber: "1103", appointedFrom: "2024-03-01" }) { id } }',
      {},
      editor,
    );
    expect(inDocument.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.name' });

    expect(await vestRows('select count(*)::int as n from resource_person')).toEqual(before);
  });

  it('are refused by a subgraph reached directly, past the gateway', async () => {
    const headers = { [GATEWAY_SECRET_HEADER]: system.env[gatewaySecretVariableFor('vest')]!, ...(await bearer({ role: 'editor', region: 'VEST' })) };
    const direct = await postGraphQL({ url: system.service('vest').url, headers }, REGISTER, {
      input: { ...person('Kari'), workplaceName: 'Sjukeheim\u0000' },
    });
    expect(direct.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.workplaceName', rule: 'noNulCharacter' });
  });
});

describe('an error nobody wrote a message for', () => {
  it('reaches the client as "Internal server error" with a correlation id, no SQL; the log has the details under that id', async () => {
    const query = '{ networks(region: VEST) { id units { name } } }';
    expect((await queryOk(system.gatewayUrl!, query)).networks[0].units.length).toBeGreaterThan(0);

    // The database drifts from the code: the driver's error names the SQL it ran. (A schema change
    // alone leaves the rows Vest keeps valid; the next write, here one that changes nothing, makes
    // Vest read them again.)
    await vestRows('alter table "unit" rename column "network_id" to "network_id_gone"');
    await vestRows('update "unit" set "name" = "name" where false');
    try {
      const result = await postGraphQL(system.gatewayUrl!, query);
      const text = JSON.stringify(result);
      expect(text).not.toMatch(/select|network_id_gone|column|"unit"|u0\./i);
      const error = result.errors?.find((e) => e.extensions?.serviceName === 'vest');
      expect(error?.message).toBe('Internal server error');
      expect(error?.extensions).toMatchObject({ code: 'INTERNAL_SERVER_ERROR', correlationId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
      // The national catalog's part of the answer is there; Vest's entries are null.
      expect(result.data?.networks).toEqual([null]);

      const correlationId = error!.extensions!.correlationId as string;
      await new Promise((resolve) => setTimeout(resolve, 200));
      const logged = system
        .logs()
        .split('\n')
        .filter((line) => line.includes(correlationId));
      expect(logged.join('\n')).toMatch(/\[vest\].*internal error .*select/is);
    } finally {
      await vestRows('alter table "unit" rename column "network_id_gone" to "network_id"');
    }
  });
});
