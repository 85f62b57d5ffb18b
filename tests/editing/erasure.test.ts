import { databaseUrlVariableFor } from '@pallnet/subgraph-kit';
import { Client } from 'pg';
import { bearer } from '../support/auth';
import { postGraphQL, queryOk } from '../support/graphql';
import { startTestSystem } from '../support/system';
import { personInput } from './support';

/*
 * The right to erasure: a region's editor erases a resource person. The person and their
 * memberships are gone, every audit entry of theirs is kept (who, when, what, which record) but
 * without name, email, phone or workplace name, and an ERASE entry says it happened. The audit
 * log stays append-only for everything else, in PostgreSQL itself.
 */

let system: Awaited<ReturnType<typeof startTestSystem>>;
let vest: Client;

beforeAll(async () => {
  system = await startTestSystem({ services: ['national', 'vest', 'gateway'] });
  vest = new Client({ connectionString: system.env[databaseUrlVariableFor('vest')] });
  await vest.connect();
}, 120_000);

afterAll(async () => {
  await vest?.end();
  await system?.stop();
});

const NAME = 'Ingrid Slettemark';
const EMAIL = 'ingrid.slettemark@sandnes.kommune.no';
const PHONE = '+47 51 99 88 77';
const WORKPLACE = 'Slettemark bofellesskap';

const REGISTER = 'mutation ($input: ResourcePersonInput!) { vestRegisterResourcePerson(networkId: "vest-helse-stavanger", input: $input) { id version } }';
const UPDATE =
  'mutation ($id: ID!, $v: Int!, $input: ResourcePersonInput!) { vestUpdateResourcePerson(id: $id, expectedVersion: $v, input: $input) { version } }';
const END = 'mutation ($id: ID!, $v: Int!) { vestEndResourcePersonAppointment(id: $id, expectedVersion: $v, appointedTo: "2025-06-30") { version } }';
const ERASE = 'mutation ($id: ID!, $v: Int!) { vestEraseResourcePerson(id: $id, expectedVersion: $v) { id auditEntriesPseudonymised } }';

async function auditRows(id: string) {
  return (
    await vest.query(`select id, at, subject, network_id, entity, entity_id, action, before, after from audit_entry where entity_id = $1 order by id`, [id])
  ).rows;
}

it('erases the person and pseudonymises their audit entries, keeping that each change happened', async () => {
  const editor = await bearer({ role: 'editor', region: 'VEST', subject: 'erasing-editor' });
  const units = await queryOk(system.gatewayUrl!, '{ network(id: "vest-helse-stavanger") { units { id } } }');
  const unitId = units.network.units[0].id as string;
  const input = personInput({ name: NAME, email: EMAIL, phone: PHONE, workplaceName: WORKPLACE, memberships: [{ unitId }] });
  const { id } = (await queryOk(system.gatewayUrl!, REGISTER, { input }, editor)).vestRegisterResourcePerson;
  await queryOk(system.gatewayUrl!, UPDATE, { id, v: 1, input: { ...input, phone: '+47 51 11 22 33' } }, editor);
  await queryOk(system.gatewayUrl!, END, { id, v: 2 }, editor);
  const before = await auditRows(id);
  expect(before.map((row) => row.action)).toEqual(['CREATE', 'UPDATE', 'END_APPOINTMENT']);
  expect(JSON.stringify(before)).toContain(NAME);

  // Only Vest's editors may erase, and only from the version they read.
  const analyst = await postGraphQL(system.gatewayUrl!, ERASE, { id, v: 3 }, await bearer({ role: 'analyst' }));
  expect(analyst.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  const otherRegion = await postGraphQL(system.gatewayUrl!, ERASE, { id, v: 3 }, await bearer({ role: 'editor', region: 'MIDT' }));
  expect(otherRegion.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  const stale = await postGraphQL(system.gatewayUrl!, ERASE, { id, v: 2 }, editor);
  expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
  expect(await auditRows(id)).toEqual(before);

  const erased = await queryOk(system.gatewayUrl!, ERASE, { id, v: 3 }, editor);
  expect(erased.vestEraseResourcePerson).toEqual({ id, auditEntriesPseudonymised: 3 });

  expect((await vest.query('select count(*)::int as n from resource_person where id = $1', [id])).rows[0].n).toBe(0);
  expect((await vest.query('select count(*)::int as n from unit_membership where person_id = $1', [id])).rows[0].n).toBe(0);
  const person = await postGraphQL(system.gatewayUrl!, `{ vestResourcePerson(id: "${id}") { name } }`, {}, editor);
  expect(person.data?.vestResourcePerson).toBeNull();

  const after = await auditRows(id);
  const text = JSON.stringify(after);
  for (const personal of [NAME, EMAIL, PHONE, '+47 51 11 22 33', WORKPLACE]) expect(text).not.toContain(personal);
  // The same entries, by the same editor, at the same moments, of the same record: only the personal data is gone.
  const identity = (row: Record<string, unknown>) => [row.id, String(row.at), row.subject, row.network_id, row.entity, row.entity_id, row.action];
  expect(after.slice(0, 3).map(identity)).toEqual(before.map(identity));
  for (const row of after.slice(0, 3)) {
    if (row.after) expect(row.after).toMatchObject({ pseudonymised: true, profession: 'NURSE', workplaceKind: 'HOME_CARE' });
    if (row.before) expect(row.before).toMatchObject({ pseudonymised: true });
  }
  expect(after[3]).toMatchObject({ subject: 'erasing-editor', action: 'ERASE', before: null, after: { erased: true, auditEntriesPseudonymised: 3 } });

  const log = await queryOk(system.gatewayUrl!, `{ vestAuditLog(entityId: "${id}") { action subject } }`, {}, editor);
  expect(log.vestAuditLog).toEqual([
    { action: 'ERASE', subject: 'erasing-editor' },
    { action: 'END_APPOINTMENT', subject: 'erasing-editor' },
    { action: 'UPDATE', subject: 'erasing-editor' },
    { action: 'CREATE', subject: 'erasing-editor' },
  ]);
});

it('leaves the audit log append-only for everything but that one path', async () => {
  const editor = await bearer({ role: 'editor', region: 'VEST', subject: 'another-editor' });
  const { id } = (await queryOk(system.gatewayUrl!, REGISTER, { input: personInput({ name: 'Live Person' }) }, editor)).vestRegisterResourcePerson;
  const [entry] = await auditRows(id);

  await expect(vest.query(`update audit_entry set after = '{}' where id = $1`, [entry.id])).rejects.toThrow(/append-only: UPDATE/);
  await expect(vest.query('delete from audit_entry where id = $1', [entry.id])).rejects.toThrow(/append-only: DELETE/);
  await expect(vest.query('truncate audit_entry')).rejects.toThrow(/append-only: TRUNCATE/);
  // The setting alone does not let anyone rewrite who, when or what.
  await vest.query('begin');
  try {
    await vest.query(`select set_config('pallnet.audit_pseudonymisation', 'on', true)`);
    await expect(vest.query(`update audit_entry set subject = 'someone-else' where id = $1`, [entry.id])).rejects.toThrow(/append-only: UPDATE/);
  } finally {
    await vest.query('rollback');
  }
  // A person still in the register cannot have their history blanked.
  await expect(vest.query('select audit_entry_pseudonymise_person($1)', [id])).rejects.toThrow(/still in the register/);
  expect(await auditRows(id)).toEqual([entry]);
});
