import type { EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { OrderBy, readGroupedWhereIn } from './rows';

/*
 * Per-request batching: every resolver that needs related rows asks a loader, and the loader
 * answers a whole level of the query with one SQL statement. That keeps the statements per
 * gateway request flat however many networks, units or events there are.
 */

/** Loads at most one row per key (e.g. a network by id) with one batched query. */
export function oneLoader<K, V>(load: (keys: readonly K[]) => Promise<V[]>, keyOf: (value: V) => K): DataLoader<K, V | null> {
  return new DataLoader<K, V | null>(async (keys) => {
    const rows = await load(keys);
    const byKey = new Map<K, V>(rows.map((row) => [keyOf(row), row]));
    return keys.map((key) => byKey.get(key) ?? null);
  });
}

/**
 * The rows of one table for each key a query level asks for (e.g. the units of each network), in
 * one statement per level (readGroupedWhereIn): each key's list comes as read, or as the read cache
 * keeps it, never copied. The lists are shared: read them, never change them.
 */
export function rowsByKey<K, T>(em: EntityManager, entity: EntityClass<T>, property: string, order?: OrderBy): DataLoader<K, readonly T[]> {
  return new DataLoader<K, readonly T[], string>((keys) => readGroupedWhereIn(em, entity, property, keys, order), { cacheKeyFn: (key) => String(key) });
}
