import { ReactNode, useState } from 'react';
import { SortDirection, sortRows, SortValue } from '../shaping/sort';

export interface Column<Row> {
  key: string;
  /** The column heading. */
  label: ReactNode;
  /** What the column sorts by; null for unknown (sorted last). */
  sortValue: (row: Row) => SortValue;
  render: (row: Row) => ReactNode;
  numeric?: boolean;
  /** The cell that names the row (read out with the row by screen readers). */
  rowHeader?: boolean;
}

interface Props<Row> {
  caption: ReactNode;
  columns: Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  initialSort: { key: string; direction: SortDirection };
  empty: ReactNode;
}

/**
 * A table sortable by each column: the headings are buttons (Enter or Space), the sorted column
 * says so with aria-sort, and a second press reverses the order.
 */
export function SortableTable<Row>({ caption, columns, rows, rowKey, initialSort, empty }: Props<Row>) {
  const [sort, setSort] = useState(initialSort);
  const column = columns.find((candidate) => candidate.key === sort.key) ?? columns[0];
  const sorted = sortRows(rows, column.sortValue, sort.direction);
  const pressed = (key: string) =>
    setSort((current) =>
      current.key === key
        ? { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' }
        : { key, direction: columns.find((c) => c.key === key)?.numeric ? 'descending' : 'ascending' },
    );
  return (
    <div className="table-scroll" role="region" aria-label={typeof caption === 'string' ? caption : undefined} tabIndex={0}>
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((candidate) => (
              <th
                key={candidate.key}
                scope="col"
                className={candidate.numeric ? 'numeric' : undefined}
                aria-sort={candidate.key === column.key ? sort.direction : undefined}
              >
                <button type="button" className="sort-button" onClick={() => pressed(candidate.key)} data-column={candidate.key}>
                  {candidate.label}
                  <span className="sort-mark" aria-hidden="true">
                    {candidate.key === column.key ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
                  </span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sorted.length === 0 ? (
            <tr>
              <td colSpan={columns.length}>{empty}</td>
            </tr>
          ) : (
            sorted.map((row) => (
              <tr key={rowKey(row)}>
                {columns.map((candidate) =>
                  candidate.rowHeader ? (
                    <th key={candidate.key} scope="row">
                      {candidate.render(row)}
                    </th>
                  ) : (
                    <td key={candidate.key} className={candidate.numeric ? 'numeric' : undefined}>
                      {candidate.render(row)}
                    </td>
                  ),
                )}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}
