import type { EntityClass, EntityMetadata } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

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
  /** For single-table inheritance: the class of each discriminator value. */
  classOf: (row: Record<string, unknown>) => { prototype: object };
}

const readers = new WeakMap<EntityManager['config'], Map<string, Reader>>();

function columnOf(meta: EntityMetadata, property: string): string {
  const prop = meta.properties[property];
  if (!prop?.fieldNames?.length) throw new Error(`${meta.className} has no column for ${property}`);
  return prop.fieldNames[0];
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
  let classOf: Reader['classOf'] = () => meta.class;
  if (meta.discriminatorColumn && meta.discriminatorMap) {
    const column = columnOf(meta, meta.discriminatorColumn);
    const classes = new Map(Object.entries(meta.discriminatorMap).map(([value, className]) => [value, metadata.find(className as string)!.class]));
    classOf = (row) => {
      const found = classes.get(String(row[column]));
      if (!found) throw new Error(`${meta.className}: no class for ${meta.discriminatorColumn} ${String(row[column])}`);
      return found;
    };
  }
  const reader = { sql, meta, classOf };
  cache.set(key, reader);
  return reader;
}

/**
 * The rows of `entity` whose `property` is one of `values`, in `orderBy` order, as plain objects
 * with the entity's prototype (for single-table inheritance, each row's own class). One statement.
 */
export async function readWhereIn<T>(em: EntityManager, entity: EntityClass<T>, property: string, values: readonly unknown[], orderBy: OrderBy = []): Promise<T[]> {
  if (values.length === 0) return [];
  return read(em, readerFor(em, entity as EntityClass<unknown>, property, orderBy), [values]);
}

/** Every row of `entity` (a small reference table), in `orderBy` order, as readWhereIn gives them. */
export function readAll<T>(em: EntityManager, entity: EntityClass<T>, orderBy: OrderBy = []): Promise<T[]> {
  return read(em, readerFor(em, entity as EntityClass<unknown>, null, orderBy), []);
}

async function read<T>(em: EntityManager, reader: Reader, params: unknown[]): Promise<T[]> {
  const rows = await em.getConnection().execute<Array<Record<string, unknown>>>(reader.sql, params, 'all', em.getTransactionContext());
  const comparator = em.getComparator();
  return rows.map((row) => Object.assign(Object.create(reader.classOf(row).prototype), comparator.mapResult(reader.meta.className, row)) as T);
}
