import type { EntityClass, EntityMetadata } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlStatements } from './database';
import { READ_DATA_VERSION_SQL, ReadCache, readCacheOf } from './read-cache';

/*
 * Reads for the read paths, without MikroORM's `find`: one prepared SQL text per entity, key
 * column and order, rows mapped to the entity's properties by MikroORM's own column mapping and
 * given the entity's prototype (its getters and its GraphQL type), but never hydrated as managed
 * entities nor put in an identity map. A request's reads change nothing, so they need none of
 * that; profiling showed `find` (query building, hydration, the unit of work) to be the largest
 * share of a regional subgraph's CPU. Writes keep using the EntityManager.
 */

export type OrderBy = ReadonlyArray<readonly [property: string, direction: 'asc' | 'desc']>;

interface Reader {
  /** Table, key column and order: what the read cache keeps rows under. */
  id: string;
  /** The key property (null: the whole table). */
  property: string | null;
  sql: string;
  meta: EntityMetadata;
  /** The prototype of a row's object (for single-table inheritance, by its discriminator value). */
  prototypeOf: (row: Record<string, unknown>) => object;
}

const readers = new WeakMap<EntityManager['config'], Map<string, Reader>>();

function columnOf(meta: EntityMetadata, property: string): string {
  const prop = meta.properties[property];
  if (!prop?.fieldNames?.length) throw new Error(`${meta.className} has no column for ${property}`);
  return prop.fieldNames[0];
}

const readPrototypes = new WeakMap<EntityMetadata, object>();

/**
 * The prototype of the entity's read rows: the entity's own prototype (its getters, `instanceof`,
 * its GraphQL type) under a layer of plain writable properties. MikroORM puts change-tracking
 * setters on the entity's prototype, which would build a managed-entity wrapper for every row
 * assigned through them; the plain layer shadows them, so rows get ordinary own properties.
 */
function readPrototype(meta: EntityMetadata): object {
  let prototype = readPrototypes.get(meta);
  if (!prototype) {
    prototype = Object.create(meta.class.prototype) as object;
    for (const [name, prop] of Object.entries(meta.properties)) {
      // Columns only: a getter of the class (a unit's localTerm, say) stays as it is.
      if (prop.persist === false || !prop.fieldNames?.length) continue;
      Object.defineProperty(prototype, name, { value: undefined, writable: true, enumerable: false, configurable: true });
    }
    readPrototypes.set(meta, prototype);
  }
  return prototype;
}

function readerFor(em: EntityManager, entity: EntityClass<unknown>, property: string | null, orderBy: OrderBy): Reader {
  let cache = readers.get(em.config);
  if (!cache) readers.set(em.config, (cache = new Map()));
  const key = `${entity.name}|${property}|${orderBy.map(([p, d]) => `${p} ${d}`).join(',')}`;
  const cached = cache.get(key);
  if (cached) return cached;

  const metadata = em.getMetadata();
  const meta = metadata.find(entity.name)!;
  if (meta.root !== meta && meta.discriminatorValue !== undefined) {
    throw new Error(`readWhereIn reads whole tables: ask for ${meta.root.className}, not its subclass ${meta.className}`);
  }
  const table = meta.schema ? `"${meta.schema}"."${meta.tableName}"` : `"${meta.tableName}"`;
  const order = orderBy.length ? ` order by ${orderBy.map(([p, direction]) => `"${columnOf(meta, p)}" ${direction}`).join(', ')}` : '';
  const where = property === null ? '' : ` where "${columnOf(meta, property)}" in (?)`;
  const sql = `select * from ${table}${where}${order}`;
  const ownPrototype = readPrototype(meta);
  let prototypeOf: Reader['prototypeOf'] = () => ownPrototype;
  if (meta.discriminatorColumn && meta.discriminatorMap) {
    const column = columnOf(meta, meta.discriminatorColumn);
    const prototypes = new Map(Object.entries(meta.discriminatorMap).map(([value, className]) => [value, readPrototype(metadata.find(className as string)!)]));
    prototypeOf = (row) => {
      const found = prototypes.get(String(row[column]));
      if (!found) throw new Error(`${meta.className}: no class for ${meta.discriminatorColumn} ${String(row[column])}`);
      return found;
    };
  }
  const reader = { id: key, property, sql, meta, prototypeOf };
  cache.set(key, reader);
  return reader;
}

/**
 * The rows of `entity` whose `property` is one of `values`, in `orderBy` order, as plain objects
 * with the entity's prototype (for single-table inheritance, each row's own class). Joins the other
 * reads of the same turn in one statement (batchedRead).
 */
export async function readWhereIn<T>(
  em: EntityManager,
  entity: EntityClass<T>,
  property: string,
  values: readonly unknown[],
  orderBy: OrderBy = [],
): Promise<T[]> {
  if (values.length === 0) return [];
  const reader = readerFor(em, entity as EntityClass<unknown>, property, orderBy);
  const cache = readCacheOf(em);
  if (!cache) return batchedRead(em, reader, [values]);
  const byKey = await cachedRead<T>(em, cache, reader, values);
  return [...byKey.values()].flat();
}

/**
 * readWhereIn's rows grouped by key: for each of `values`, its rows in `orderBy` order (an empty
 * list when it has none). The lists may be the read cache's own (frozen): read them, never change
 * them. What a loader of rows by key needs (rowsByKey in loaders.ts), without a flat list to group again.
 */
export async function readGroupedWhereIn<T>(
  em: EntityManager,
  entity: EntityClass<T>,
  property: string,
  values: readonly unknown[],
  orderBy: OrderBy = [],
): Promise<Array<readonly T[]>> {
  if (values.length === 0) return [];
  const reader = readerFor(em, entity as EntityClass<unknown>, property, orderBy);
  const cache = readCacheOf(em);
  if (cache) {
    const byKey = await cachedRead<T>(em, cache, reader, values);
    return values.map((value) => byKey.get(cacheKeyOf(value)) ?? []);
  }
  const byKey = new Map<string, T[]>();
  for (const row of await batchedRead<T>(em, reader, [values])) {
    const key = cacheKeyOf((row as Record<string, unknown>)[property]);
    const rows = byKey.get(key);
    if (rows) rows.push(row);
    else byKey.set(key, [row]);
  }
  return values.map((value) => byKey.get(cacheKeyOf(value)) ?? []);
}

/** Every row of `entity` (a small reference table), in `orderBy` order, as readWhereIn gives them. */
export function readAll<T>(em: EntityManager, entity: EntityClass<T>, orderBy: OrderBy = []): Promise<T[]> {
  const reader = readerFor(em, entity as EntityClass<unknown>, null, orderBy);
  const cache = readCacheOf(em);
  return cache ? cachedRead<T>(em, cache, reader, [WHOLE_TABLE]).then((byKey) => [...(byKey.get(WHOLE_TABLE) ?? [])]) : read(em, reader, []);
}

function toObject<T>(em: EntityManager, reader: Reader, row: Record<string, unknown>): T {
  return Object.assign(Object.create(reader.prototypeOf(row)), em.getComparator().mapResult(reader.meta.className, row)) as T;
}

async function read<T>(em: EntityManager, reader: Reader, params: unknown[]): Promise<T[]> {
  const rows = await em.getConnection().execute<Array<Record<string, unknown>>>(reader.sql, params, 'all', em.getTransactionContext());
  return rows.map((row) => toObject<T>(em, reader, row));
}

interface PendingRead {
  reader: Reader;
  params: unknown[];
  resolve(rows: unknown[]): void;
  reject(error: unknown): void;
}

/**
 * Adds `item` to what the request (its EntityManager) asks for in this turn of the event loop;
 * at the turn's end `answer` gets all of them at once.
 */
function joinTurn<T>(turns: WeakMap<EntityManager, T[]>, em: EntityManager, item: T, answer: (items: T[]) => Promise<void>): void {
  let items = turns.get(em);
  if (!items) {
    const turn: T[] = (items = []);
    turns.set(em, turn);
    setImmediate(() => {
      turns.delete(em);
      void answer(turn);
    });
  }
  items.push(item);
}

/** The reads a request has asked for in this turn of the event loop, by its EntityManager. */
const pendingReads = new WeakMap<EntityManager, PendingRead[]>();

/**
 * Reads asked for in the same turn of the event loop (a query level's loaders: a network's units,
 * figures, events, register … all at once) go to PostgreSQL in one round trip, as one query string
 * of several statements (the simple query protocol runs them in order and answers each), instead
 * of a round trip each: a round trip costs both processes more CPU than a few rows. Each statement
 * stays the plain one readWhereIn would send alone, so PostgreSQL's work is the same; rows as JSON
 * in one `union all` were measured to cost PostgreSQL 2–5 times as much at 100× data.
 */
function batchedRead<T>(em: EntityManager, reader: Reader, params: unknown[]): Promise<T[]> {
  return new Promise<unknown[]>((resolve, reject) => {
    joinTurn(pendingReads, em, { reader, params, resolve, reject }, (reads) => runReads(em, reads));
  }) as Promise<T[]>;
}

interface ConnectionInternals {
  /** MikroORM's wrapper of every statement: logging (and so the statement counter), its error conversion. */
  executeQuery<R>(query: string, run: () => Promise<R>): Promise<R>;
}

/** Several statements in one round trip; the rows of each, in order. */
async function runStatements(em: EntityManager, statements: string[]): Promise<Array<Array<Record<string, unknown>>>> {
  const connection = em.getConnection();
  const sql = statements.join(';\n');
  const context = em.getTransactionContext();
  const results = await (connection as unknown as ConnectionInternals).executeQuery(sql, async () => {
    const query = connection.getKnex().raw(sql);
    if (context) query.transacting(context);
    return (await query) as unknown as { rows: Array<Record<string, unknown>> } | Array<{ rows: Array<Record<string, unknown>> }>;
  });
  // The statement counter counts statements, not round trips: the extra ones of this round trip.
  sqlStatements.count += statements.length - 1;
  return Array.isArray(results) ? results.map((result) => result.rows) : [results.rows];
}

/** A read's statement with its values inlined (escaped) as MikroORM does for every statement: without bind values pg uses the simple protocol, which takes several statements. */
function statementOf(em: EntityManager, reader: Reader, params: unknown[]): string {
  return params.length ? em.getPlatform().formatQuery(reader.sql, params) : reader.sql;
}

async function runReads(em: EntityManager, reads: PendingRead[]): Promise<void> {
  if (reads.length === 1) {
    const [only] = reads;
    await read(em, only.reader, only.params).then(only.resolve, only.reject);
    return;
  }
  try {
    const results = await runStatements(
      em,
      reads.map(({ reader, params }) => statementOf(em, reader, params)),
    );
    reads.forEach((pending, index) => pending.resolve(results[index].map((row) => toObject(em, pending.reader, row))));
  } catch (error) {
    for (const pending of reads) pending.reject(error);
  }
}

/** The key a whole-table read (readAll) is kept under. */
const WHOLE_TABLE = '*';

interface CachedRead {
  reader: Reader;
  /** The keys asked for, distinct, as the cache writes them. */
  keys: string[];
  /** The key values by cache key, for the statement. */
  values: Map<string, unknown>;
  /** Each key's rows (the cache's own lists where it kept them). */
  resolve(rows: Map<string, readonly unknown[]>): void;
  reject(error: unknown): void;
}

/** A query request's reads through the cache: the version it reads (null until its first round trip). */
interface CachedReads {
  version: bigint | null;
}

const cachedReadsOf = new WeakMap<EntityManager, CachedReads>();

/** The cached reads a request has asked for in this turn of the event loop. */
const pendingCachedReads = new WeakMap<EntityManager, CachedRead[]>();

const cacheKeyOf = (value: unknown): string => String(value);

/**
 * A value computed only from rows (read through readWhereIn, readGroupedWhereIn or readAll), such
 * as a network's annual report for a year: shared by every request that reads the same data
 * version (read-cache.ts), so that a request finds it without asking its loaders at all; computed
 * anew where the request does not read through the cache, or has not read its version yet. The
 * value must not depend on the viewer or the clock, and nobody may change it.
 */
export function derivedFromRows<T>(em: EntityManager, key: string, compute: () => T | Promise<T>): T | Promise<T> {
  const cache = readCacheOf(em);
  const version = cachedReadsOf.get(em)?.version;
  return cache && version !== null && version !== undefined ? cache.derive(version, key, compute) : compute();
}

/** readWhereIn and readAll of a query request: kept rows where the cache has them (read-cache.ts), the rest in one round trip per turn. */
function cachedRead<T>(em: EntityManager, cache: ReadCache, reader: Reader, values: readonly unknown[]): Promise<Map<string, readonly T[]>> {
  let session = cachedReadsOf.get(em);
  if (!session) cachedReadsOf.set(em, (session = { version: null }));
  const reads = session;
  return new Promise<Map<string, readonly unknown[]>>((resolve, reject) => {
    const byKey = new Map(values.map((value) => [cacheKeyOf(value), value]));
    joinTurn(pendingCachedReads, em, { reader, keys: [...byKey.keys()], values: byKey, resolve, reject }, (turn) => answerCachedReads(em, cache, reads, turn));
  }) as Promise<Map<string, readonly T[]>>;
}

/**
 * Answers one turn's reads of a request. Its first turn begins with the data version, in the same
 * round trip as the rows the cache does not hold at the version it holds; when the version read is
 * newer than that, the cache is emptied and what it would have answered is read in one more round
 * trip. Rows read after the version check are at least as new as that version, so they are kept
 * for it; a request that reads an older version than the cache now holds keeps nothing.
 */
async function answerCachedReads(em: EntityManager, cache: ReadCache, session: CachedReads, reads: CachedRead[]): Promise<void> {
  const answers = reads.map(() => new Map<string, readonly object[]>());
  try {
    for (;;) {
      const checking = session.version === null;
      const assumed = session.version ?? cache.version;
      const hits = reads.map(() => new Map<string, readonly object[]>());
      // A read the cache cannot answer whole goes to the database whole: one statement per read,
      // as without the cache, however its keys were kept.
      const missing = reads.map((read, index) => {
        const open = read.keys.filter((key) => !answers[index].has(key));
        for (const key of open) {
          const kept = assumed === null ? undefined : cache.get(assumed, read.reader.id, key);
          if (!kept) {
            hits[index].clear();
            return open;
          }
          hits[index].set(key, kept);
        }
        return [];
      });
      const queried = reads.map((_, index) => index).filter((index) => missing[index].length > 0);
      const statements = [
        ...(checking ? [READ_DATA_VERSION_SQL] : []),
        ...queried.map((index) => {
          const { reader, values } = reads[index];
          return statementOf(em, reader, reader.property === null ? [] : [missing[index].map((key) => values.get(key))]);
        }),
      ];
      let results = statements.length ? await runStatements(em, statements) : [];
      if (checking) {
        const version = BigInt(String(results[0][0].version));
        results = results.slice(1);
        session.version = version;
        cache.advanceTo(version);
      }
      const version = session.version!;
      queried.forEach((index, position) => {
        const { reader } = reads[index];
        const byKey = new Map<string, object[]>(missing[index].map((key) => [key, []]));
        for (const row of results[position]) {
          const object = toObject<Record<string, unknown>>(em, reader, row);
          byKey.get(reader.property === null ? WHOLE_TABLE : cacheKeyOf(object[reader.property]))?.push(object);
        }
        for (const [key, rows] of byKey) {
          answers[index].set(key, rows);
          cache.keep(version, reader.id, key, rows);
        }
      });
      cache.stats.misses += queried.length;
      // Kept rows count only for the version this request reads; otherwise they are read again.
      if (assumed === version) {
        hits.forEach((found, index) => found.forEach((rows, key) => answers[index].set(key, rows)));
        cache.stats.hits += reads.length - queried.length;
      }
      if (reads.every((read, index) => read.keys.every((key) => answers[index].has(key)))) break;
    }
    reads.forEach((read, index) => read.resolve(answers[index]));
  } catch (error) {
    for (const read of reads) read.reject(error);
  }
}
