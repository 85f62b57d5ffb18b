import { findFreePorts, RunningSystem, startSystem, StartSystemOptions } from '@pallnet/system';
import { OwnPostgres, startOwnPostgres } from './own-postgres';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { bearer } from '../support/auth';
import { postGraphQL } from '../support/graphql';
import { startRequestStream } from './request-stream';

/*
 * A crash, not a shutdown: in the middle of a stream of writes every service process is killed
 * with SIGKILL and the embedded PostgreSQL is stopped in immediate mode (SIGQUIT: no checkpoint,
 * crash recovery from the WAL at the next start). Started again on the same data directory, the
 * system has every write it acknowledged, each with its audit entry. Written against startSystem
 * and an embedded PostgreSQL of its own (own-postgres.ts), so it does not depend on how
 * `npm start` recovers its own server.
 */

const SERVICES = ['national', 'vest', 'gateway'];
const REGISTER = 'mutation ($input: ResourcePersonInput!) { vestRegisterResourcePerson(networkId: "vest-helse-stavanger", input: $input) { id name } }';

let dataDir: string;
let postgres: OwnPostgres;
let options: StartSystemOptions;
let system: RunningSystem | undefined;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'pallnet-crash-'));
  const ports = await findFreePorts(SERVICES.length + 1);
  postgres = await startOwnPostgres(dataDir, ports[SERVICES.length]);
  const env: NodeJS.ProcessEnv = { ...process.env, RATE_LIMIT_PER_MINUTE: '0', DATABASE_URL: postgres.url };
  for (const variable of Object.keys(env)) if (variable.endsWith('_DATABASE_URL')) delete env[variable];
  options = { services: SERVICES, env, ports: Object.fromEntries(SERVICES.map((name, index) => [name, ports[index]])), log: () => undefined };
}, 120_000);

afterAll(async () => {
  await system?.stop().catch(() => undefined);
  await postgres?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

function isGone(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return false;
  } catch {
    return true;
  }
}

it('keeps every acknowledged write, with its audit entry, across SIGKILL of every service and an immediate stop of PostgreSQL', async () => {
  system = await startSystem(options);
  const crashed = system;
  const editor = await bearer({ role: 'editor', region: 'VEST', subject: 'crash-editor' });
  const stream = startRequestStream(
    (index) =>
      postGraphQL<{ vestRegisterResourcePerson: { id: string; name: string } | null }>(
        crashed.gatewayUrl!,
        REGISTER,
        {
          input: {
            name: `Krasj ${index}`,
            profession: 'NURSE',
            workplaceKind: 'NURSING_HOME',
            workplaceName: 'Stavanger sykehjem',
            municipalityNumber: '1103',
            appointedFrom: '2024-01-01',
          },
        },
        editor,
      ),
    { concurrency: 4, maxRequests: 2_000, maxMs: 60_000 },
  );
  stream.setPhase('writing');
  await stream.settled('writing', 40);

  const servicePids = crashed.pids();
  // At once: the services die where they stand, PostgreSQL stops without a checkpoint.
  for (const pid of servicePids) process.kill(pid, 'SIGKILL');
  const crashedPostgres = postgres.crash();
  const requests = await stream.stop();
  await crashedPostgres;
  for (const deadline = Date.now() + 20_000; servicePids.some((pid) => !isGone(pid)) && Date.now() < deadline;) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  expect(servicePids.filter((pid) => !isGone(pid))).toEqual([]);
  await crashed.stop().catch(() => undefined);
  system = undefined;

  const acknowledged = requests.flatMap((request) => {
    const person = request.value?.data?.vestRegisterResourcePerson;
    return person && !request.value?.errors ? [person] : [];
  });
  expect(acknowledged.length).toBeGreaterThanOrEqual(40);
  // Some requests were cut off by the crash; they may or may not have committed, but they were never acknowledged.

  await postgres.start();
  system = await startSystem(options);
  const vest = new URL(postgres.url);
  vest.pathname = '/vest';
  const client = new Client({ connectionString: vest.toString() });
  await client.connect();
  try {
    const ids = acknowledged.map((person) => person.id);
    const persons = (await client.query('select id::text, name from resource_person where id = any($1::uuid[])', [ids])).rows as Array<{
      id: string;
      name: string;
    }>;
    expect(persons.sort((a, b) => a.id.localeCompare(b.id))).toEqual([...acknowledged].sort((a, b) => a.id.localeCompare(b.id)));
    const audited = (
      await client.query(`select entity_id from audit_entry where entity = 'ResourcePerson' and action = 'CREATE' and entity_id = any($1::text[])`, [ids])
    ).rows as Array<{ entity_id: string }>;
    expect(audited.map((row) => row.entity_id).sort()).toEqual([...ids].sort());
    // Nothing is half-written: every stored person has exactly its one CREATE entry.
    const orphans = await client.query(
      `select p.id from resource_person p where not exists (select 1 from audit_entry a where a.entity = 'ResourcePerson' and a.entity_id = p.id::text and a.action = 'CREATE')`,
    );
    expect(orphans.rows).toEqual([]);
  } finally {
    await client.end();
  }
}, 240_000);
