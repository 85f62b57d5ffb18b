export type SortDirection = 'ascending' | 'descending';
export type SortValue = number | string | null;

const collator = new Intl.Collator('nb-NO', { numeric: true, sensitivity: 'base' });

/**
 * Rows sorted by one value, without changing the input. Unknown values (null) always come last,
 * in either direction, so the known figures stay together at the top; ties keep their order.
 */
export function sortRows<Row>(rows: readonly Row[], valueOf: (row: Row) => SortValue, direction: SortDirection): Row[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, value: valueOf(row) }))
    .sort((a, b) => {
      if (a.value === null || b.value === null) {
        if (a.value === b.value) return a.index - b.index;
        return a.value === null ? 1 : -1;
      }
      const order = typeof a.value === 'number' && typeof b.value === 'number' ? a.value - b.value : collator.compare(String(a.value), String(b.value));
      return order === 0 ? a.index - b.index : sign * order;
    })
    .map(({ row }) => row);
}
