import type { MigrationObject } from '@mikro-orm/core';
import type { MikroORM } from '@mikro-orm/postgresql';
import { Client } from 'pg';
import { DATA_VERSION_TABLE } from './read-cache';

/**
 * Migrations as their own step: one runner at a time per database (a PostgreSQL advisory lock,
 * so replicas or Jobs started together are safe), a check that the schema is not behind the code,
 * and the runtime role's privileges, granted by the owner after every run.
 */

/** The advisory lock every migration run of a database holds: any constant, the same everywhere. */
const MIGRATION_LOCK_KEY = 'pallnet:migrations';
/** MikroORM's bookkeeping table (its default name). */
export const MIGRATIONS_TABLE = 'mikro_orm_migrations';

export class SchemaBehindError extends Error {}

/** Migrations of the code that the database has not applied yet, oldest first. */
export async function pendingMigrations(orm: MikroORM, migrations: MigrationObject[]): Promise<string[]> {
  const connection = orm.em.getConnection();
  const [{ present }] = await connection.execute<Array<{ present: boolean }>>(`select to_regclass('public.${MIGRATIONS_TABLE}') is not null as present`);
  if (!present) return migrations.map((migration) => migration.name);
  const applied = new Set(
    (await connection.execute<Array<{ name: string }>>(`select name from ${MIGRATIONS_TABLE}`)).map((row) => row.name.replace(/\.[jt]s$/, '')),
  );
  return migrations.map((migration) => migration.name).filter((name) => !applied.has(name));
}

/** Refuses to serve on a schema older than the code (production never migrates at start). */
export async function assertSchemaCurrent(orm: MikroORM, migrations: MigrationObject[], subgraph: string): Promise<void> {
  const pending = await pendingMigrations(orm, migrations);
  if (pending.length === 0) return;
  throw new SchemaBehindError(
    `The database schema of ${subgraph} is behind this code (${pending.length} migration${pending.length === 1 ? '' : 's'} not applied: ${pending.join(', ')}); ` +
      `run its migrations first: npm run migrate -- --service ${subgraph}, or the migrate Job`,
  );
}

/**
 * Applies the pending migrations while holding the database's migration lock, then grants the
 * runtime role (when it is another role) what it may do. Returns the names applied.
 */
export async function migrateUnderLock(orm: MikroORM, clientUrl: string, migrations: MigrationObject[], runtimeRole: string | undefined): Promise<string[]> {
  // A session of its own holds the lock while MikroORM migrates on its pool.
  const lock = new Client({ connectionString: clientUrl, connectionTimeoutMillis: 5_000 });
  await lock.connect();
  try {
    await lock.query('select pg_advisory_lock(hashtextextended($1, 0))', [MIGRATION_LOCK_KEY]);
    const pending = await pendingMigrations(orm, migrations);
    if (pending.length > 0) await orm.getMigrator().up();
    const owner = (await lock.query<{ owner: string }>('select current_user as owner')).rows[0].owner;
    if (runtimeRole && runtimeRole !== owner) await grantRuntimePrivileges(lock, runtimeRole);
    return pending;
  } finally {
    // Ending the session releases the lock, also after a failed migration.
    await lock.end();
  }
}

/**
 * The runtime role reads and writes rows, nothing more: it owns nothing, so it cannot alter a
 * table or disable a trigger, and on an append-only table (one whose rows a trigger calling a
 * `*_append_only` function protects, such as `audit_entry`) it may only read and insert. It reads
 * the migrations table, to see whether the schema is current, and the data version (read-cache.ts),
 * which only the writes' triggers raise.
 */
async function grantRuntimePrivileges(client: Client, role: string): Promise<void> {
  const query = (sql: string) => client.query<{ name: string }>(sql);
  const quoted = `"${role.replace(/"/g, '""')}"`;
  await query(`grant usage on schema public to ${quoted}`);
  await query(`grant select, insert, update, delete on all tables in schema public to ${quoted}`);
  await query(`grant usage, select on all sequences in schema public to ${quoted}`);
  await query(`revoke insert, update, delete on ${MIGRATIONS_TABLE} from ${quoted}`);
  // The data version is raised by its triggers' function (SECURITY DEFINER), never set by hand.
  if ((await query(`select to_regclass('public.${DATA_VERSION_TABLE}') as name`)).rows[0].name !== null) {
    await query(`revoke insert, update, delete, truncate on ${DATA_VERSION_TABLE} from ${quoted}`);
  }
  const appendOnly = await query(
    `select distinct c.oid::regclass::text as name from pg_trigger t join pg_class c on c.oid = t.tgrelid join pg_proc p on p.oid = t.tgfoid
      where c.relnamespace = 'public'::regnamespace and p.proname like '%append_only'`,
  );
  for (const { name } of appendOnly.rows) await query(`revoke update, delete, truncate on ${name} from ${quoted}`);
}
