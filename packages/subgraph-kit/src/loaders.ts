import DataLoader from 'dataloader';

/*
 * Per-request batching: every resolver that needs related rows asks a loader, and the loader
 * answers a whole level of the query with one SQL statement. That keeps the statements per
 * gateway request flat however many networks, units or events there are.
 */

/** Loads many rows per key (e.g. the units of each network) with one batched query. */
export function groupLoader<K, V>(
  load: (keys: readonly K[]) => Promise<V[]>,
  keyOf: (value: V) => K,
  cacheKey: (key: K) => unknown = (key) => key,
): DataLoader<K, V[]> {
  return new DataLoader<K, V[], unknown>(
    async (keys) => {
      const rows = await load(keys);
      const byKey = new Map<unknown, V[]>();
      for (const row of rows) {
        const k = cacheKey(keyOf(row));
        const list = byKey.get(k);
        if (list) list.push(row);
        else byKey.set(k, [row]);
      }
      return keys.map((key) => byKey.get(cacheKey(key)) ?? []);
    },
    { cacheKeyFn: cacheKey },
  );
}

/** Loads at most one row per key (e.g. a network by id) with one batched query. */
export function oneLoader<K, V>(load: (keys: readonly K[]) => Promise<V[]>, keyOf: (value: V) => K): DataLoader<K, V | null> {
  return new DataLoader<K, V | null>(async (keys) => {
    const rows = await load(keys);
    const byKey = new Map<K, V>(rows.map((row) => [keyOf(row), row]));
    return keys.map((key) => byKey.get(key) ?? null);
  });
}
