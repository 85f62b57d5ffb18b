import { REPO_ROOT } from '@pallnet/system';
import { vestSubgraph } from '@pallnet/subgraph-vest';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { ProvisionedDatabase, provisionDatabase, testServerUrl, withClient } from '../support/database';

/*
 * Migrations as their own step, as a deployment runs them: a migration owner and a runtime role
 * (made here as a database administrator would), `npm run migrate` started twice at once, then
 * `npm run seed`; the runtime role may write rows but not rewrite the audit log or the tables;
 * a production service on a schema behind its code refuses to start, in one line, and migrates
 * nothing; the national catalog's networks arrive by migration alone.
 */

const DATABASE_CLI = path.join(REPO_ROOT, 'packages/system/dist/cli/database.js');
const VEST = path.join(REPO_ROOT, 'subgraphs/vest/dist/src/index.js');
// Vest's migrations as its code lists them, oldest first.
const VEST_MIGRATIONS: string[] = vestSubgraph.migrations.map(({ name }) => name);
const LAST_VEST_MIGRATION = VEST_MIGRATIONS[VEST_MIGRATIONS.length - 1];
const password = randomBytes(16).toString('hex');
const serverUrl = (user: string, database: string) => testServerUrl(database, { user, password });
const provision = (name: string) => provisionDatabase(name, password);

function run(args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, args, { cwd: REPO_ROOT, env: { PATH: process.env.PATH, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, stdout, stderr })));
}

const lines = (text: string) => text.split('\n').filter((line) => line.trim() !== '');
let vest: ProvisionedDatabase;
let vestEnv: Record<string, string>;

beforeAll(async () => {
  vest = await provision('vest');
  vestEnv = { VEST_DATABASE_URL: serverUrl(vest.runtime, vest.database), VEST_MIGRATION_DATABASE_URL: serverUrl(vest.owner, vest.database) };
});

it('npm run migrate twice at once applies each migration once, under the lock; npm run seed then loads the data once', async () => {
  const [first, second] = await Promise.all([
    run([DATABASE_CLI, 'migrate', '--service', 'vest'], vestEnv),
    run([DATABASE_CLI, 'migrate', '--service', 'vest'], vestEnv),
  ]);
  expect([first.code, second.code, first.stderr + second.stderr]).toEqual([0, 0, '']);
  const applied = await withClient(serverUrl(vest.owner, vest.database), (client) =>
    client.query<{ name: string }>('select name from mikro_orm_migrations order by id'),
  );
  expect(applied.rows.map((row) => row.name)).toEqual(VEST_MIGRATIONS);

  const seeded = await run([DATABASE_CLI, 'seed', '--service', 'vest'], vestEnv);
  expect([seeded.code, seeded.stderr]).toEqual([0, '']);
  expect(seeded.stdout).toContain('[vest] seed data loaded');
  const again = await run([DATABASE_CLI, 'seed', '--service', 'vest'], vestEnv);
  expect(again.stdout).toContain('[vest] seed data already there');
  const networks = await withClient(serverUrl(vest.runtime, vest.database), (client) => client.query('select id from network'));
  expect(networks.rows).toEqual([{ id: 'vest-helse-stavanger' }]);
}, 120_000);

it('the runtime role writes rows but cannot alter tables, disable triggers, or update, delete or truncate audit_entry', async () => {
  const outcome = await withClient(serverUrl(vest.runtime, vest.database), async (client) => {
    const attempt = (sql: string) =>
      client.query(sql).then(
        () => 'allowed',
        (error: Error) => error.message,
      );
    return {
      insert: await attempt(`insert into audit_entry (subject, entity, entity_id, action) values ('rolle-test', 'Test', '1', 'CREATE')`),
      updateRows: await attempt(`update network set name = name`),
      update: await attempt('update audit_entry set subject = subject'),
      delete: await attempt('delete from audit_entry'),
      truncate: await attempt('truncate audit_entry'),
      disableTrigger: await attempt('alter table audit_entry disable trigger audit_entry_no_update_or_delete'),
      alter: await attempt('alter table network add column smuglet text'),
      create: await attempt('create table smuglet (id int)'),
      forgeMigration: await attempt(`insert into mikro_orm_migrations (name) values ('Migration29990101000000')`),
    };
  });
  expect(outcome).toEqual({
    insert: 'allowed',
    updateRows: 'allowed',
    update: 'permission denied for table audit_entry',
    delete: 'permission denied for table audit_entry',
    truncate: 'permission denied for table audit_entry',
    disableTrigger: 'must be owner of table audit_entry',
    alter: 'must be owner of table network',
    create: 'permission denied for schema public',
    forgeMigration: 'permission denied for table mikro_orm_migrations',
  });
}, 30_000);

it('in production a subgraph on a schema behind its code refuses to start with one line, and migrates nothing', async () => {
  // As if this code had one migration more than the database: the database forgets its last one.
  await withClient(serverUrl(vest.owner, vest.database), (client) => client.query('delete from mikro_orm_migrations where name = $1', [LAST_VEST_MIGRATION]));
  const exit = await run([VEST], {
    NODE_ENV: 'production',
    VEST_PORT: '0',
    VEST_DATABASE_URL: vestEnv.VEST_DATABASE_URL,
    VEST_GATEWAY_SECRET: randomBytes(24).toString('hex'),
    JWT_SECRET: randomBytes(32).toString('hex'),
    JWT_ISSUER: 'https://innlogging.example.no',
    JWT_AUDIENCE: 'pallnet',
  });
  expect(exit.code).toBe(1);
  expect(lines(exit.stderr)).toEqual([
    `[vest] The database schema of vest is behind this code (1 migration not applied: ${LAST_VEST_MIGRATION}); run its migrations first: npm run migrate -- --service vest, or the migrate Job`,
  ]);
  const applied = await withClient(serverUrl(vest.owner, vest.database), (client) =>
    client.query<{ name: string }>('select name from mikro_orm_migrations order by id'),
  );
  expect(applied.rows.map((row) => row.name)).toEqual(VEST_MIGRATIONS.slice(0, -1));
}, 30_000);

it("the national catalog's networks arrive by migration, with no seeding", async () => {
  const national = await provision('national');
  const env = {
    NATIONAL_DATABASE_URL: serverUrl(national.runtime, national.database),
    NATIONAL_MIGRATION_DATABASE_URL: serverUrl(national.owner, national.database),
  };
  const migrated = await run([DATABASE_CLI, 'migrate', '--service', 'national'], env);
  expect([migrated.code, migrated.stderr]).toEqual([0, '']);
  const { catalog, regions } = await withClient(env.NATIONAL_DATABASE_URL, async (client) => ({
    catalog: (await client.query('select id, region, type_name from network_catalog order by id')).rows,
    regions: (await client.query('select count(*)::int as count from health_region')).rows[0].count,
  }));
  expect(catalog).toEqual([
    { id: 'innlandet-sykehuset-innlandet', region: 'INNLANDET', type_name: 'InnlandetNetwork' },
    { id: 'midt-nord-trondelag', region: 'MIDT', type_name: 'MidtNetwork' },
    { id: 'sor-ost-oslo', region: 'SOR_OST', type_name: 'SorOstNetwork' },
    { id: 'vest-helse-stavanger', region: 'VEST', type_name: 'VestNetwork' },
  ]);
  expect(regions).toBe(0);
}, 60_000);
