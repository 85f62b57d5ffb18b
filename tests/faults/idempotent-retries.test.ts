import { databaseUrlVariableFor } from '@pallnet/subgraph-kit';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { bearer } from '../support/auth';
import { postGraphQL, GraphQLResponse } from '../support/graphql';
import { startTestSystem } from '../support/system';

/*
 * Retries never duplicate. The gateway times out while Vest's write waits on a lock (the write
 * itself goes on and commits once the lock is gone); the client retries with the same
 * Idempotency-Key until it gets an answer. Exactly one person is stored, with one audit entry,
 * and every answer names that person. The same key with another input is refused.
 */

const GATEWAY_TIMEOUT_MS = 1000;
const LOCK_HELD_MS = 2500;
const REGISTER = 'mutation ($input: ResourcePersonInput!) { vestRegisterResourcePerson(networkId: "vest-helse-stavanger", input: $input) { id name } }';
const person = (name: string) => ({
  name,
  profession: 'NURSE',
  workplaceKind: 'HOME_CARE',
  workplaceName: 'Hjemmesykepleien',
  municipalityNumber: '1103',
  appointedFrom: '2024-03-01',
});

let system: Awaited<ReturnType<typeof startTestSystem>>;
let vest: Client;
let editor: Record<string, string>;

beforeAll(async () => {
  // Vest's statements may outlive the gateway here, as a slow commit can: the case retries must survive.
  system = await startTestSystem({
    services: ['national', 'vest', 'gateway'],
    env: { SUBGRAPH_TIMEOUT_MS: String(GATEWAY_TIMEOUT_MS), STATEMENT_TIMEOUT_MS: '30000' },
  });
  vest = new Client({ connectionString: system.env[databaseUrlVariableFor('vest')] });
  await vest.connect();
  editor = await bearer({ role: 'editor', region: 'VEST', subject: 'retrying-editor' });
}, 120_000);

afterAll(async () => {
  await vest?.end();
  await system?.stop();
});

function register(name: string, key: string | undefined): Promise<GraphQLResponse> {
  return postGraphQL(system.gatewayUrl!, REGISTER, { input: person(name) }, { ...editor, ...(key ? { 'idempotency-key': key } : {}) });
}

const timedOut = (answer: GraphQLResponse) => answer.errors?.some((error) => error.extensions?.code === 'SUBGRAPH_TIMEOUT') ?? false;

async function stored(name: string) {
  const persons = (await vest.query('select id from resource_person where name = $1', [name])).rows as Array<{ id: string }>;
  const audit = (await vest.query(`select action from audit_entry where entity = 'ResourcePerson' and entity_id = any($1::text[])`, [persons.map((p) => p.id)]))
    .rows;
  return { persons, audit };
}

it('a client retrying after a gateway timeout, with the same key, stores the person once and gets that person back', async () => {
  const name = 'Retried Registrering';
  const key = randomUUID();
  const locker = new Client({ connectionString: system.env[databaseUrlVariableFor('vest')] });
  await locker.connect();
  const answers: GraphQLResponse[] = [];
  try {
    await locker.query('begin');
    await locker.query('lock table "resource_person" in exclusive mode');
    const release = new Promise<void>((resolve) => setTimeout(() => locker.query('commit').then(() => resolve()), LOCK_HELD_MS));

    const first = await register(name, key);
    expect(timedOut(first)).toBe(true);
    answers.push(first);
    // Retry as a client would, at once and then until answered.
    for (let attempt = 0; attempt < 20; attempt += 1) {
      const answer = await register(name, key);
      answers.push(answer);
      if (!timedOut(answer)) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    await release;
  } finally {
    await locker.end();
  }

  const last = answers[answers.length - 1];
  expect(last.errors).toBeUndefined();
  const id = last.data!.vestRegisterResourcePerson.id as string;
  expect(answers.filter(timedOut).length).toBeGreaterThanOrEqual(1);

  // Once more, later: the first answer again.
  const again = await register(name, key);
  expect(again).toEqual({ data: { vestRegisterResourcePerson: { id, name } } });

  const { persons, audit } = await stored(name);
  expect(persons).toEqual([{ id }]);
  expect(audit).toEqual([{ action: 'CREATE' }]);
}, 60_000);

it('concurrent requests with one key store one person and all answer with it', async () => {
  const name = 'Samtidig Samme Nøkkel';
  const key = randomUUID();
  const answers = await Promise.all(Array.from({ length: 6 }, () => register(name, key)));
  expect(answers.flatMap((answer) => answer.errors ?? [])).toEqual([]);
  const ids = new Set(answers.map((answer) => answer.data!.vestRegisterResourcePerson.id));
  expect(ids.size).toBe(1);
  const { persons, audit } = await stored(name);
  expect(persons.map((p) => p.id)).toEqual([...ids]);
  expect(audit).toEqual([{ action: 'CREATE' }]);
});

it('refuses the same key with another input, and writes nothing', async () => {
  const key = randomUUID();
  expect((await register('Første Bruk', key)).errors).toBeUndefined();
  const reused = await register('Annen Person', key);
  expect(reused.errors?.[0].extensions?.code).toBe('IDEMPOTENCY_KEY_REUSED');
  expect((await stored('Annen Person')).persons).toEqual([]);
});

it('without a key, each request is a new change (the key is what makes a retry safe)', async () => {
  await register('Uten Nøkkel', undefined);
  await register('Uten Nøkkel', undefined);
  expect((await stored('Uten Nøkkel')).persons).toHaveLength(2);
});
