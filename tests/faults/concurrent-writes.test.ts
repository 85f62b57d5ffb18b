import type { RunningSystem } from '@pallnet/system';
import { bearer } from '../support/auth';
import { postGraphQL, queryOk } from '../support/graphql';
import { startTestSystem } from '../support/system';

/*
 * A hundred editors' registrations at the same moment, through the gateway: every one is
 * acknowledged with its own id and stored exactly once, and the counts match.
 */

const REGISTER = 'mutation ($input: ResourcePersonInput!) { vestRegisterResourcePerson(networkId: "vest-helse-stavanger", input: $input) { id name } }';
const PERSONS = '{ network(id: "vest-helse-stavanger") { ... on VestNetwork { resourcePersons { id name } } } }';
const WRITES = 100;

let system: RunningSystem & { logs(): string };

beforeAll(async () => {
  system = await startTestSystem({ services: ['national', 'vest', 'gateway'] });
}, 120_000);

afterAll(async () => {
  await system?.stop();
});

it(`stores each of ${WRITES} concurrent registrations exactly once`, async () => {
  const editor = await bearer({ role: 'editor', region: 'VEST', subject: 'concurrent-editor' });
  const before = (await queryOk(system.gatewayUrl!, PERSONS, {}, editor)).network.resourcePersons as Array<{ id: string; name: string }>;
  const names = Array.from({ length: WRITES }, (_, i) => `Samtidig registrert ${i}`);

  const answers = await Promise.all(
    names.map((name) =>
      postGraphQL(
        system.gatewayUrl!,
        REGISTER,
        {
          input: {
            name,
            profession: 'NURSE',
            workplaceKind: 'HOME_CARE',
            workplaceName: 'Hjemmesykepleien',
            municipalityNumber: '1103',
            appointedFrom: '2024-03-01',
          },
        },
        editor,
      ),
    ),
  );

  expect(answers.flatMap((answer) => answer.errors ?? [])).toEqual([]);
  const acknowledged = answers.map((answer) => answer.data!.vestRegisterResourcePerson as { id: string; name: string });
  expect(acknowledged.map((person) => person.name).sort()).toEqual([...names].sort());
  expect(new Set(acknowledged.map((person) => person.id)).size).toBe(WRITES);

  const after = (await queryOk(system.gatewayUrl!, PERSONS, {}, editor)).network.resourcePersons as Array<{ id: string; name: string }>;
  expect(after).toHaveLength(before.length + WRITES);
  for (const { id, name } of acknowledged) {
    expect(after.filter((person) => person.id === id)).toEqual([{ id, name }]);
    expect(after.filter((person) => person.name === name)).toHaveLength(1);
  }
}, 90_000);
