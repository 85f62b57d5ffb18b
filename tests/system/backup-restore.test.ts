import { findFreePorts, REPO_ROOT } from '@pallnet/system';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { OwnPostgres, startOwnPostgres } from '../faults/own-postgres';

/*
 * `npm run backup` and `npm run restore` on the embedded PostgreSQL, round trip: every row of
 * every table of the five databases (the audit log and the migrations table included), the
 * sequences, and the runtime role's privileges are as they were at the backup, and what was
 * written after it is gone. A directory that is not a backup is refused in one line.
 */

const DATABASE_CLI = path.join(REPO_ROOT, 'packages/system/dist/cli/database.js');
const DATABASES = ['national', 'vest', 'innlandet', 'midt', 'sor_ost'];

let dataDir: string;
let backupDir: string;
let env: NodeJS.ProcessEnv;
let port: number;
let postgres: OwnPostgres | undefined;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'pallnet-backup-data-'));
  backupDir = path.join(mkdtempSync(path.join(os.tmpdir(), 'pallnet-backup-')), 'backup');
  [port] = await findFreePorts(1);
  env = { ...process.env, EMBEDDED_PG_DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(port) };
  for (const variable of Object.keys(env)) if (variable.endsWith('DATABASE_URL')) delete env[variable];
});

afterAll(async () => {
  await postgres?.stop();
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(path.dirname(backupDir), { recursive: true, force: true });
});

function cli(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [DATABASE_CLI, ...args], { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, stdout, stderr })));
}

function roleUrl(role: string, database: string): string {
  const { roles, superuser } = JSON.parse(readFileSync(path.join(dataDir, 'pallnet-credentials.json'), 'utf8'));
  return `postgres://${role}:${role === 'postgres' ? superuser : roles[role]}@localhost:${port}/${database}`;
}

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Every row of every table, every sequence's position and every table privilege, database by database. */
async function snapshot(): Promise<Record<string, unknown>> {
  const result: Record<string, unknown> = {};
  for (const database of DATABASES) {
    result[database] = await withClient(roleUrl('postgres', database), async (client) => {
      const tables = (await client.query<{ name: string }>(`select tablename as name from pg_tables where schemaname = 'public' order by 1`)).rows;
      const rows: Record<string, unknown> = {};
      for (const { name } of tables) rows[name] = (await client.query(`select * from "${name}" order by 1, 2`)).rows;
      const sequences = (await client.query(`select sequencename, last_value from pg_sequences where schemaname = 'public' order by 1`)).rows;
      const privileges = (
        await client.query(
          `select table_name, grantee, privilege_type from information_schema.role_table_grants where table_schema = 'public' order by 1, 2, 3`,
        )
      ).rows;
      return { rows, sequences, privileges };
    });
  }
  return result;
}

async function register(name: string): Promise<void> {
  await withClient(roleUrl('vest_app', 'vest'), async (client) => {
    await client.query('begin');
    const person = await client.query<{ id: string }>(
      `insert into resource_person (id, network_id, name, profession, workplace_kind, workplace_name, municipality_number, appointed_from)
       values (gen_random_uuid(), 'vest-helse-stavanger', $1, 'NURSE', 'HOME_CARE', 'Hjemmesykepleien', '1103', '2025-01-01') returning id`,
      [name],
    );
    await client.query(
      `insert into audit_entry (subject, network_id, entity, entity_id, action, after) values ('backup-test', 'vest-helse-stavanger', 'ResourcePerson', $1, 'CREATE', $2)`,
      [person.rows[0].id, JSON.stringify({ name })],
    );
    await client.query('commit');
  });
}

it('restores exactly what was backed up, audit log included, and nothing written after it', async () => {
  for (const command of ['migrate', 'seed']) {
    const { code, stderr } = await cli(command);
    expect([command, code, stderr]).toEqual([command, 0, '']);
  }
  postgres = await startOwnPostgres(dataDir, port);
  await register('Før sikkerhetskopien');
  await register("Ærlig Åse Øvrebø, «sitat» og 'apostrof'");
  const before = await snapshot();

  const backup = await cli('backup', '--out', backupDir);
  expect([backup.code, backup.stderr]).toEqual([0, '']);
  expect(backup.stdout).toContain('backed up national, vest, innlandet, midt, sor_ost (PostgreSQL 17.');
  // Personal data: readable by its owner only.
  expect(statSync(backupDir).mode & 0o777).toBe(0o700);
  expect(statSync(path.join(backupDir, 'vest.sql')).mode & 0o777).toBe(0o600);
  expect(readFileSync(path.join(backupDir, 'vest.sql'), 'utf8')).toMatch(/^-- Dumped by pg_dump version 17\./m);

  await register('Etter sikkerhetskopien');
  await withClient(roleUrl('vest_owner', 'vest'), (client) => client.query(`delete from unit_membership`));
  expect(await snapshot()).not.toEqual(before);

  await postgres.stop();
  const restore = await cli('restore', backupDir);
  expect([restore.code, restore.stderr]).toEqual([0, '']);
  await postgres.start();
  const after = await snapshot();
  expect(after).toEqual(before);
  const vest = (after as Record<string, { rows: Record<string, Array<{ subject?: string }>> }>).vest;
  expect(vest.rows.audit_entry.filter((entry) => entry.subject === 'backup-test')).toHaveLength(2);

  // Still append-only, still the runtime role's alone to write rows in.
  const refused = await withClient(roleUrl('vest_app', 'vest'), (client) =>
    client.query('delete from audit_entry').then(
      () => 'allowed',
      (error: Error) => error.message,
    ),
  );
  expect(refused).toBe('permission denied for table audit_entry');
  const triggered = await withClient(roleUrl('vest_owner', 'vest'), (client) =>
    client.query('delete from audit_entry').then(
      () => 'allowed',
      (error: Error) => error.message,
    ),
  );
  expect(triggered).toBe('audit_entry is append-only: DELETE is not allowed');
}, 240_000);

it('refuses to restore a directory that is not a backup, in one line, changing nothing', async () => {
  await postgres?.stop();
  const { code, stderr } = await cli('restore', path.dirname(backupDir) + '/nowhere');
  expect(code).toBe(1);
  expect(stderr.split('\n').filter(Boolean)).toHaveLength(1);
  expect(stderr).toMatch(/is not a backup: cannot read its manifest\.json/);
}, 30_000);
