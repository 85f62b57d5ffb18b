import { databaseNameFor } from '@pallnet/subgraph-kit/config';
import { Client } from 'pg';
import { EmbeddedPostgresServer, generatePassword, readCredentials, saveCredentials } from './embedded-postgres';

/** The two roles a subgraph's database is used with, as URLs. */
export interface SubgraphDatabaseUrls {
  /** The runtime role: reads and writes rows; cannot alter tables, disable triggers or rewrite the audit log. */
  runtime: string;
  /** The migration owner: owns the database and its tables, runs the migrations. */
  migration: string;
}

/** `vest_owner` and `vest_app` for the subgraph `vest`. */
export function embeddedRoleNames(subgraph: string): { owner: string; runtime: string } {
  const database = databaseNameFor(subgraph);
  return { owner: `${database}_owner`, runtime: `${database}_app` };
}

const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;
const literal = (value: string) => `'${value.replace(/'/g, "''")}'`;

/**
 * Gives each subgraph on the embedded server its own database, owned by its migration owner, and
 * a runtime role that may only connect, read and write rows (the migrate step grants it the rows
 * of each table: packages/subgraph-kit/src/privileges.ts). Passwords are generated once per data
 * directory, kept with the superuser's in its credentials file (0600), and stored as SCRAM secrets.
 * Idempotent; a database from before the roles existed is handed to its owner.
 */
export async function provisionEmbeddedDatabases(
  server: Pick<EmbeddedPostgresServer, 'url' | 'dataDir'>,
  subgraphs: string[],
): Promise<Record<string, SubgraphDatabaseUrls>> {
  const credentials = (await readCredentials(server.dataDir)) ?? { superuser: new URL(server.url).password, roles: {} };
  const admin = new Client({ connectionString: server.url });
  await admin.connect();
  const urls: Record<string, SubgraphDatabaseUrls> = {};
  try {
    await admin.query(`set password_encryption = 'scram-sha-256'`);
    for (const subgraph of subgraphs) {
      const database = databaseNameFor(subgraph);
      const roles = embeddedRoleNames(subgraph);
      for (const role of [roles.owner, roles.runtime]) {
        credentials.roles[role] ??= generatePassword();
        const exists = (await admin.query('select 1 from pg_roles where rolname = $1', [role])).rowCount;
        await admin.query(
          `${exists ? 'alter' : 'create'} role ${quote(role)} login nosuperuser nocreatedb nocreaterole noreplication nobypassrls password ${literal(credentials.roles[role])}`,
        );
      }
      const current = await admin.query<{ owner: string }>('select pg_get_userbyid(datdba) as owner from pg_database where datname = $1', [database]);
      if (current.rowCount === 0) await admin.query(`create database ${quote(database)} owner ${quote(roles.owner)}`);
      else if (current.rows[0].owner !== roles.owner) await handOver(server.url, database, roles.owner);
      await admin.query(`revoke all on database ${quote(database)} from public`);
      await admin.query(`grant connect, temporary on database ${quote(database)} to ${quote(roles.runtime)}`);
      const url = (role: string) => {
        const target = new URL(server.url);
        target.username = role;
        target.password = credentials.roles[role];
        target.pathname = `/${database}`;
        return target.toString();
      };
      urls[subgraph] = { runtime: url(roles.runtime), migration: url(roles.owner) };
    }
  } finally {
    await admin.end();
  }
  await saveCredentials(server.dataDir, credentials);
  return urls;
}

/** A database created by the superuser before the roles existed: its owner gets it and everything in it. */
async function handOver(superuserUrl: string, database: string, owner: string): Promise<void> {
  const target = new URL(superuserUrl);
  target.pathname = `/${database}`;
  const client = new Client({ connectionString: target.toString() });
  await client.connect();
  try {
    await client.query(`alter database ${quote(database)} owner to ${quote(owner)}`);
    await client.query(`alter schema public owner to ${quote(owner)}`);
    const owned = await client.query<{ statement: string }>(
      `select format('alter %s %s owner to %I', kind, name, $1::text) as statement from (
         select case c.relkind when 'S' then 'sequence' when 'v' then 'view' else 'table' end as kind, c.oid::regclass::text as name
           from pg_class c where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p', 'v', 'S')
             and not exists (select 1 from pg_depend d where d.objid = c.oid and d.deptype = 'a' and c.relkind = 'S')
         union all
         select 'function', p.oid::regprocedure::text from pg_proc p where p.pronamespace = 'public'::regnamespace
       ) owned`,
      [owner],
    );
    for (const { statement } of owned.rows) await client.query(statement);
  } finally {
    await client.end();
  }
}
