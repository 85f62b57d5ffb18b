import { useEffect, useMemo, useState } from 'react';
import { UNKNOWN } from '../labels';
import { cellText, ResultTable, resultTables } from '../shaping/result-tables';
import { downloadName, downloadTableCsv, downloadTableXlsx } from './downloads';

/** The table view shows this many rows; the downloads always hold every row. */
const SHOWN_ROWS = 500;

export interface LastResult {
  operationName: string | undefined;
  data: unknown;
}

/** Any list in the last answer as a table, and as CSV or .xlsx to download. */
export function ResultTables({ result }: { result: LastResult | undefined }) {
  const tables = useMemo(() => (result ? resultTables(result.data) : []), [result]);
  const [chosenPath, setChosenPath] = useState<string>();
  const [downloadError, setDownloadError] = useState<string>();
  const table = tables.find((candidate) => candidate.path === chosenPath) ?? tables[0];
  useEffect(() => setDownloadError(undefined), [result]);

  if (!result) {
    return <p className="workbench-results__empty">Kjør en spørring; hver liste i svaret kan så vises her som tabell og lastes ned.</p>;
  }
  if (!table) {
    return <p className="workbench-results__empty">Svaret på {result.operationName ?? 'spørringen'} har ingen lister som kan vises som tabell.</p>;
  }

  const downloadXlsx = async () => {
    try {
      await downloadTableXlsx(table, downloadName(result.operationName, table, 'xlsx'));
    } catch (error) {
      setDownloadError(`Excel-filen kunne ikke lages: ${(error as Error).message}`);
    }
  };

  return (
    <>
      <div className="workbench-results__controls">
        <label>
          Liste i svaret{' '}
          <select value={table.path} onChange={(event) => setChosenPath(event.target.value)} data-testid="result-list">
            {tables.map((candidate) => (
              <option key={candidate.path} value={candidate.path}>
                {candidate.path} ({rowCount(candidate.rows.length)})
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => downloadTableCsv(table, downloadName(result.operationName, table, 'csv'))}>
          Last ned CSV
        </button>
        <button type="button" onClick={downloadXlsx}>
          Last ned Excel (.xlsx)
        </button>
      </div>
      {downloadError && (
        <p className="notice notice--error" role="alert">
          {downloadError}
        </p>
      )}
      {table.nullEntries > 0 && (
        <p className="notice" role="status">
          {table.nullEntries} {table.nullEntries === 1 ? 'oppføring' : 'oppføringer'} i listen var tomme (null), trolig fra en region som ikke svarte; se
          feilene i svaret.
        </p>
      )}
      <Table table={table} />
    </>
  );
}

const rowCount = (count: number) => `${count} ${count === 1 ? 'rad' : 'rader'}`;

function Table({ table }: { table: ResultTable }) {
  const shown = table.rows.slice(0, SHOWN_ROWS);
  const numeric = table.columns.map((_, column) => table.rows.some((row) => typeof row[column] === 'number'));
  return (
    <div className="table-scroll" role="region" aria-label={`Tabell: ${table.path}`} tabIndex={0}>
      <table className="data-table" data-testid="result-table">
        <caption>
          {table.path}: {rowCount(table.rows.length)}
          {table.rows.length > SHOWN_ROWS && ` (de første ${SHOWN_ROWS} vises; nedlastingene har alle)`}
        </caption>
        <thead>
          <tr>
            {table.columns.map((column, index) => (
              <th key={column} scope="col" className={numeric[index] ? 'numeric' : undefined}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shown.map((row, rowIndex) => (
            <tr key={rowIndex}>
              {row.map((cell, column) => (
                <td key={column} className={numeric[column] ? 'numeric' : undefined}>
                  {cell === null ? UNKNOWN : cellText(cell)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
