import type { ApolloServerPlugin } from '@apollo/server';
import type { EntityManager } from '@mikro-orm/postgresql';
import { MIGRATIONS_TABLE } from './migrations';

/*
 * The rows a subgraph's read paths have read, kept for as long as its database has not changed.
 *
 * Every write to a subgraph's database, by the subgraph, a migration, a seed or anyone with psql,
 * raises the database's data version in the same transaction (triggers, dataVersionMigrationSql).
 * A query request reads the version first, in the same round trip as the rows the cache does not
 * hold; rows kept for that version are then as good as reading them again, so a request whose rows
 * are all kept costs PostgreSQL one statement. The cache is emptied when a request sees a newer
 * version. Every replica checks the database itself, so none serves another's stale rows, and a
 * write is seen by the next request wherever it lands.
 *
 * Only query operations use it, and never inside a transaction: a mutation reads what it has just
 * written. Kept rows are shared by every request that reads them: read paths never change a row
 * (@apollo/subgraph's `__typename` on a resolved reference is the same every time, so rows are not
 * frozen), and the kept lists are frozen, so a read path that sorted one in place would fail.
 */

export const DATA_VERSION_TABLE = 'data_version';

/** The statement a request's first round trip begins with. */
export const READ_DATA_VERSION_SQL = `select "version"::text as "version" from "${DATA_VERSION_TABLE}"`;

/** The function every table's trigger calls; named here so that the start-up check can find the triggers. */
export const BUMP_DATA_VERSION_FUNCTION = 'bump_data_version';

/** The tables whose writes must raise the data version (as `c`, a pg_class row): every table of the schema but the migrator's and the version's own. */
const trackedTables = () =>
  `c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p') and c.relname not in ('${DATA_VERSION_TABLE}', '${MIGRATIONS_TABLE}')`;

/**
 * The data version, and triggers that raise it with every transaction that writes a table, for
 * every table of the schema but the migrator's (and the version's own). The trigger runs before a
 * transaction's first writing statement (BEFORE … FOR EACH STATEMENT, once per transaction): every
 * writer locks the version row before any row of its own, so writers of one database queue in one
 * order and cannot deadlock over it, and nothing is left pending for a migration's later ALTER
 * TABLE (as a deferred trigger would be). Run by each database's migration; a table added later
 * needs `dataVersionTriggerSql(table)` in the migration that creates it (the start-up check
 * refuses the cache without it).
 */
export function dataVersionMigrationSql(): string[] {
  return [
    `create table "${DATA_VERSION_TABLE}" ("id" boolean primary key default true check ("id"), "version" bigint not null);`,
    `insert into "${DATA_VERSION_TABLE}" ("id", "version") values (true, 1);`,
    // SECURITY DEFINER: the runtime role may read the version but not set it.
    `create function "${BUMP_DATA_VERSION_FUNCTION}"() returns trigger language plpgsql security definer set search_path = public as $$
begin
  if current_setting('pallnet.data_version_raised', true) is distinct from 'on' then
    update "${DATA_VERSION_TABLE}" set "version" = "version" + 1;
    perform set_config('pallnet.data_version_raised', 'on', true);
  end if;
  return null;
end $$;`,
    `do $$
declare
  t record;
begin
  for t in select c.relname from pg_class c where ${trackedTables()} loop
    execute format('create trigger %I before insert or update or delete or truncate on %I for each statement execute function "${BUMP_DATA_VERSION_FUNCTION}"()', t.relname || '_data_version', t.relname);
  end loop;
end $$;`,
  ];
}

/** Undoes dataVersionMigrationSql: the function's triggers go with it. */
export function dataVersionDownSql(): string[] {
  return [`drop function "${BUMP_DATA_VERSION_FUNCTION}"() cascade;`, `drop table "${DATA_VERSION_TABLE}";`];
}

/** The trigger of one table created after the data version's migration. */
export function dataVersionTriggerSql(table: string): string {
  return `create trigger "${table}_data_version" before insert or update or delete or truncate on "${table}" for each statement execute function "${BUMP_DATA_VERSION_FUNCTION}"();`;
}

/** Tables whose writes would not raise the data version (no trigger calling the function): a cache over them could serve stale rows. */
export const tablesWithoutDataVersionTriggerSql = (): string => `select c.relname as "table" from pg_class c
  where ${trackedTables()}
    and not exists (select 1 from pg_trigger t join pg_proc p on p.oid = t.tgfoid
          where t.tgrelid = c.oid and p.proname = '${BUMP_DATA_VERSION_FUNCTION}')
  order by 1`;

export interface ReadCacheOptions {
  /** At most this many rows are kept (READ_CACHE_MAX_ROWS); rows past it are read every time. */
  maxRows: number;
}

export const DEFAULT_READ_CACHE_MAX_ROWS = 500_000;

/** The kept rows of one version of the database, by read (table, key column, order) and key. */
export class ReadCache {
  private heldVersion: bigint | null = null;
  private readonly reads = new Map<string, Map<string, readonly object[]>>();
  private rowCount = 0;
  /** Values computed from kept rows (a network's annual report for a year, say), by key. */
  private readonly derived = new Map<string, unknown>();
  /** Reads answered from kept rows and reads that went to the database, for /metrics and tests. */
  readonly stats = { hits: 0, misses: 0, emptied: 0 };

  constructor(readonly options: ReadCacheOptions) {}

  /** The version whose rows are kept (null before the first request). */
  get version(): bigint | null {
    return this.heldVersion;
  }

  get rows(): number {
    return this.rowCount;
  }

  /** A request has read `version`: a newer one than the cache holds empties it. */
  advanceTo(version: bigint): void {
    if (this.heldVersion !== null && version <= this.heldVersion) return;
    if (this.heldVersion !== null) this.stats.emptied += 1;
    this.heldVersion = version;
    this.reads.clear();
    this.derived.clear();
    this.rowCount = 0;
  }

  /**
   * A value computed from the rows of `version` only (no viewer, no clock): computed once per
   * version and key, then shared. `compute` may read rows (through the request's loaders) and
   * return a promise; a computation that fails is not kept. At another version than the cache
   * holds, computed every time.
   */
  derive<T>(version: bigint, key: string, compute: () => T | Promise<T>): T | Promise<T> {
    if (version !== this.heldVersion) return compute();
    if (this.derived.has(key)) return this.derived.get(key) as T;
    const value = compute();
    if (value instanceof Promise) {
      return value.then((resolved: T) => {
        this.keepDerived(version, key, resolved);
        return resolved;
      });
    }
    this.keepDerived(version, key, value);
    return value;
  }

  private keepDerived(version: bigint, key: string, value: unknown): void {
    if (version === this.heldVersion && this.derived.size < this.options.maxRows) this.derived.set(key, value);
  }

  /** The rows kept for this read and key at `version`; undefined when none are. */
  get(version: bigint, read: string, key: string): readonly object[] | undefined {
    if (version !== this.heldVersion) return undefined;
    return this.reads.get(read)?.get(key);
  }

  /** Keeps rows read at `version` (after its check), unless the cache has moved on or is full. */
  keep(version: bigint, read: string, key: string, rows: object[]): void {
    if (version !== this.heldVersion || this.rowCount + rows.length > this.options.maxRows) return;
    let byKey = this.reads.get(read);
    if (!byKey) this.reads.set(read, (byKey = new Map()));
    if (byKey.has(key)) return;
    byKey.set(key, Object.freeze(rows));
    this.rowCount += rows.length;
  }
}

/** The cache each request's EntityManager reads through (set by the plugin for query operations). */
const cacheOfRequest = new WeakMap<EntityManager, ReadCache>();

export function readCacheOf(em: EntityManager): ReadCache | undefined {
  return em.getTransactionContext() ? undefined : cacheOfRequest.get(em);
}

/** Lets the request's reads use the cache when its operation is a query (its context must carry `em`). */
export function readCachePlugin(cache: ReadCache): ApolloServerPlugin<{ em: EntityManager }> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (operation?.operation === 'query') cacheOfRequest.set(contextValue.em, cache);
        },
      };
    },
  };
}

/**
 * The subgraph's read cache, when its database can have one: the data version's table exists and
 * every table raises it. Otherwise none, with one warning naming what is missing (a cache over a
 * table whose writes do not raise the version could serve stale rows).
 */
export async function openReadCache(em: EntityManager, options: ReadCacheOptions, warn: (message: string) => void): Promise<ReadCache | undefined> {
  const connection = em.getConnection();
  const [table] = await connection.execute<Array<{ exists: boolean }>>(`select to_regclass('${DATA_VERSION_TABLE}') is not null as "exists"`);
  if (!table?.exists) {
    warn(`read cache off: the database has no ${DATA_VERSION_TABLE} table (run the migrations)`);
    return undefined;
  }
  const untracked = await connection.execute<Array<{ table: string }>>(tablesWithoutDataVersionTriggerSql());
  if (untracked.length > 0) {
    warn(
      `read cache off: writes to ${untracked.map((row) => row.table).join(', ')} do not raise the data version (add dataVersionTriggerSql(<table>) to the migration that creates a table)`,
    );
    return undefined;
  }
  return new ReadCache(options);
}
