// The analyst tools' own CSV writer, so the workbench's CSV escapes cells exactly as `npm run
// compare --csv` does (one place for quoting and for neutralising spreadsheet formulas).
import { renderCsv } from '../../../analyst-tools/src/compare/render';
import { escapeSpreadsheetCell } from '../../../analyst-tools/src/format';
import { Cell, cellText, ResultTable } from '../shaping/result-tables';
import { downloadText, downloadXlsx } from '../spreadsheets';

/** The table as the analyst tools write CSV: UTF-8 with a byte-order mark, CRLF, RFC 4180 quoting. */
export function tableCsv(table: ResultTable): string {
  return renderCsv({ headers: table.columns, rows: table.rows.map((row) => row.map(cellText)), figureColumns: [] });
}

/** Excel's limits on a sheet's name: 31 characters, none of : \ / ? * [ ]. */
function sheetName(path: string): string {
  return path.replace(/[:\\/?*[\]]/g, '_').slice(-31) || 'Resultat';
}

/**
 * The table as an .xlsx workbook, written by the app's one spreadsheet writer (exceljs, loaded on
 * first use): figures as numbers (so Excel sums them), everything else as text cells escaped as
 * the analyst tools escape CSV cells, so a cell starting with = + - @ stays text even when someone
 * edits it in Excel.
 */
export function downloadTableXlsx(table: ResultTable, fileName: string): Promise<void> {
  const rows = table.rows.map((row) =>
    row.map((value: Cell) => (typeof value === 'number' || value === null ? value : escapeSpreadsheetCell(cellText(value)))),
  );
  return downloadXlsx(fileName, sheetName(table.path), table.columns, rows);
}

/** The table as the analyst tools' CSV, saved by the browser. */
export function downloadTableCsv(table: ResultTable, fileName: string): void {
  downloadText(fileName, tableCsv(table), 'text/csv;charset=utf-8');
}

/** A file name from the operation and the list, e.g. `Comparison-networks.units.csv`. */
export function downloadName(operationName: string | undefined, table: ResultTable, extension: 'csv' | 'xlsx'): string {
  const safe = (text: string) => text.replace(/[^\p{L}\p{N}._-]+/gu, '-');
  return `${safe(operationName || 'resultat')}-${safe(table.path)}.${extension}`;
}
