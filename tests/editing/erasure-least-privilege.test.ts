import { randomBytes, randomUUID } from 'node:crypto';
import { bearer } from '../support/auth';
import { ProvisionedDatabase, provisionDatabase, testServerUrl, withClient } from '../support/database';
import { queryOk } from '../support/graphql';
import { startTestSystem } from '../support/system';
import { personInput } from './support';

/*
 * Erasure and idempotency keys as a production region runs them: Vest connects as a runtime role
 * that may not UPDATE audit_entry at all (its migrations ran as the owner). Erasing a resource
 * person still pseudonymises their audit entries, through `audit_entry_pseudonymise_person` (the
 * owner's SECURITY DEFINER function) and no other way, and an Idempotency-Key is kept.
 */

const password = randomBytes(16).toString('hex');
const serverUrl = (user: string, database: string) => testServerUrl(database, { user, password });
let roles: ProvisionedDatabase;

let system: Awaited<ReturnType<typeof startTestSystem>>;

beforeAll(async () => {
  roles = await provisionDatabase('vest_erase', password);
  system = await startTestSystem({
    services: ['national', 'vest', 'gateway'],
    env: { VEST_DATABASE_URL: serverUrl(roles.runtime, roles.database), VEST_MIGRATION_DATABASE_URL: serverUrl(roles.owner, roles.database) },
  });
}, 120_000);

afterAll(async () => {
  await system?.stop();
});

it('erases a person and pseudonymises their entries as the runtime role, which cannot update the log itself', async () => {
  const editor = await bearer({ role: 'editor', region: 'VEST', subject: 'least-privilege-editor' });
  const register = 'mutation ($input: ResourcePersonInput!) { vestRegisterResourcePerson(networkId: "vest-helse-stavanger", input: $input) { id } }';
  const key = randomUUID();
  const { id } = (await queryOk(system.gatewayUrl!, register, { input: personInput({ name: 'Rolle Slettes' }) }, { ...editor, 'idempotency-key': key }))
    .vestRegisterResourcePerson;
  const erase = 'mutation ($id: ID!) { vestEraseResourcePerson(id: $id, expectedVersion: 1) { auditEntriesPseudonymised } }';
  expect((await queryOk(system.gatewayUrl!, erase, { id }, editor)).vestEraseResourcePerson).toEqual({ auditEntriesPseudonymised: 1 });

  const runtime = serverUrl(roles.runtime, roles.database);
  await withClient(runtime, async (client) => {
    const entries = (await client.query('select action, after from audit_entry where entity_id = $1 order by id', [id])).rows;
    expect(entries.map((entry) => entry.action)).toEqual(['CREATE', 'ERASE']);
    expect(JSON.stringify(entries)).not.toContain('Rolle Slettes');
    expect(entries[0].after).toMatchObject({ pseudonymised: true });
    // The key was kept, by the runtime role, with the first answer.
    const kept = (await client.query('select response from idempotent_request where subject = $1 and key = $2', ['least-privilege-editor', key])).rows;
    expect(kept).toEqual([{ response: { data: { vestRegisterResourcePerson: { id } } } }]);
    // The role itself may not rewrite the log, not even with the function's flag set.
    await client.query('begin');
    await client.query(`select set_config('pallnet.audit_pseudonymisation', 'on', true)`);
    await expect(client.query(`update audit_entry set after = null where entity_id = $1`, [id])).rejects.toThrow(/permission denied for table audit_entry/);
    await client.query('rollback');
  });
});
