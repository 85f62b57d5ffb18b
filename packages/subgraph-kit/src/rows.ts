import type { EntityClass, EntityMetadata } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlStatements } from './database';

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
  const reader = { sql, meta, prototypeOf };
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
  return batchedRead(em, readerFor(em, entity as EntityClass<unknown>, property, orderBy), [values]);
}

/** Every row of `entity` (a small reference table), in `orderBy` order, as readWhereIn gives them. */
export function readAll<T>(em: EntityManager, entity: EntityClass<T>, orderBy: OrderBy = []): Promise<T[]> {
  return read(em, readerFor(em, entity as EntityClass<unknown>, null, orderBy), []);
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
    let pending = pendingReads.get(em);
    if (!pending) {
      pendingReads.set(em, (pending = []));
      setImmediate(() => {
        pendingReads.delete(em);
        void runReads(em, pending!);
      });
    }
    pending.push({ reader, params, resolve, reject });
  }) as Promise<T[]>;
}

interface ConnectionInternals {
  /** MikroORM's wrapper of every statement: logging (and so the statement counter), its error conversion. */
  executeQuery<R>(query: string, run: () => Promise<R>): Promise<R>;
}

async function runReads(em: EntityManager, reads: PendingRead[]): Promise<void> {
  if (reads.length === 1) {
    const [only] = reads;
    await read(em, only.reader, only.params).then(only.resolve, only.reject);
    return;
  }
  try {
    const connection = em.getConnection();
    const platform = em.getPlatform();
    // Values are inlined (escaped) as MikroORM does for every statement; without bind values pg uses the simple protocol, which takes several statements.
    const sql = reads.map(({ reader, params }) => platform.formatQuery(reader.sql, params)).join(';\n');
    const context = em.getTransactionContext();
    const results = await (connection as unknown as ConnectionInternals).executeQuery(sql, async () => {
      const query = connection.getKnex().raw(sql);
      if (context) query.transacting(context);
      return (await query) as unknown as Array<{ rows: Array<Record<string, unknown>> }>;
    });
    // The statement counter counts statements, not round trips: the extra ones of this round trip.
    sqlStatements.count += reads.length - 1;
    reads.forEach((pending, index) => pending.resolve(results[index].rows.map((row) => toObject(em, pending.reader, row))));
  } catch (error) {
    for (const pending of reads) pending.reject(error);
  }
}
