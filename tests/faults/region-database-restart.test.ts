import { findFreePort, RunningSystem } from '@pallnet/system';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bearer } from '../support/auth';
import { postGraphQL, queryOk } from '../support/graphql';
import { startTestSystem } from '../support/system';
import { OwnPostgres, startOwnPostgres } from './own-postgres';

/*
 * Vest's PostgreSQL, a server of its own here, stopped and started again while the rest of the
 * system runs: Vest's requests fail with a clear error meanwhile (the subgraph keeps running),
 * every other region answers in full, and afterwards Vest answers again with every write that
 * was acknowledged before the stop.
 */

const VEST = 'vest-helse-stavanger';
const REGISTER = 'mutation ($input: ResourcePersonInput!) { vestRegisterResourcePerson(networkId: "vest-helse-stavanger", input: $input) { id name } }';
const PERSONS = `query { network(id: "${VEST}") { ... on VestNetwork { resourcePersons { id name } } } }`;

const person = (name: string) => ({
  name,
  profession: 'NURSE',
  workplaceKind: 'NURSING_HOME',
  workplaceName: 'Sandnes sykehjem',
  municipalityNumber: '1108',
  appointedFrom: '2024-01-01',
});

let dataDir: string;
let postgres: OwnPostgres;
let system: RunningSystem & { logs(): string };
let editor: Record<string, string>;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'pallnet-fault-pg-'));
  postgres = await startOwnPostgres(dataDir, await findFreePort());
  const vestDatabase = new URL(postgres.url);
  vestDatabase.pathname = '/vest';
  system = await startTestSystem({ env: { VEST_DATABASE_URL: vestDatabase.toString() } });
  editor = await bearer({ role: 'editor', region: 'VEST', subject: 'fault-test-editor' });
}, 120_000);

afterAll(async () => {
  await system?.stop();
  await postgres?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

const gateway = () => system.gatewayUrl!;

it('fails clearly while the database is down, loses no committed write, and answers again once it is back', async () => {
  const acknowledged: string[] = [];
  for (let i = 0; i < 5; i++) {
    const { vestRegisterResourcePerson } = await queryOk(gateway(), REGISTER, { input: person(`Før stopp ${i}`) }, editor);
    acknowledged.push(vestRegisterResourcePerson.id);
  }
  const vestPid = system.service('vest').pid;

  await postgres.stop();

  const overview = await postGraphQL(gateway(), '{ networks { region name units { name } } }');
  const present = overview.data!.networks.filter(Boolean);
  expect(present.map((network: { region: string }) => network.region).sort()).toEqual(['INNLANDET', 'MIDT', 'SOR_OST']);
  expect(overview.errors).toEqual([
    expect.objectContaining({
      message: 'Subgraph "vest": The vest database is unavailable; try again shortly',
      extensions: { code: 'DATABASE_UNAVAILABLE', serviceName: 'vest' },
    }),
  ]);

  const refusedWrite = await postGraphQL(gateway(), REGISTER, { input: person('Under stopp') }, editor);
  expect(refusedWrite.data?.vestRegisterResourcePerson ?? null).toBeNull();
  expect(refusedWrite.errors?.map((error) => error.extensions?.code)).toEqual(['DATABASE_UNAVAILABLE']);

  const health = await fetch(system.service('vest').healthUrl);
  expect(health.status).toBe(503);
  expect(await health.json()).toMatchObject({ database: 'down' });
  // The subgraph itself never went down.
  expect(system.service('vest')).toMatchObject({ status: 'running', pid: vestPid });

  await postgres.start();

  const { network } = await queryOk(gateway(), PERSONS, {}, editor);
  const names = network.resourcePersons.map((p: { name: string }) => p.name);
  expect(network.resourcePersons.map((p: { id: string }) => p.id)).toEqual(expect.arrayContaining(acknowledged));
  expect(names).not.toContain('Under stopp');
  const { vestRegisterResourcePerson: after } = await queryOk(gateway(), REGISTER, { input: person('Etter start') }, editor);
  expect(after.name).toBe('Etter start');
  const all = await queryOk(gateway(), '{ networks { region } }');
  expect(all.networks.map((n: { region: string }) => n.region).sort()).toEqual(['INNLANDET', 'MIDT', 'SOR_OST', 'VEST']);
}, 90_000);
