// The analyst tools' own CSV writer, so the workbench's CSV escapes cells exactly as `npm run
// compare --csv` does (one place for quoting and for neutralising spreadsheet formulas).
import { renderCsv } from '../../../analyst-tools/src/compare/render';
import { Cell, cellText, ResultTable } from '../shaping/result-tables';

/** The table as the analyst tools write CSV: UTF-8 with a byte-order mark, CRLF, RFC 4180 quoting. */
export function tableCsv(table: ResultTable): string {
  return renderCsv({ headers: table.columns, rows: table.rows.map((row) => row.map(cellText)), figureColumns: [] });
}

/** Excel's limits on a sheet's name: 31 characters, none of : \ / ? * [ ]. */
function sheetName(path: string): string {
  return path.replace(/[:\\/?*[\]]/g, '_').slice(-31) || 'Resultat';
}

/**
 * The table as an .xlsx workbook: a bold header row, figures as numbers (so Excel sums them),
 * everything else as text cells, which Excel never evaluates as formulas. Loaded on first use:
 * the writer is not needed until someone downloads.
 */
export async function tableXlsx(table: ResultTable): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  const cell = (value: Cell) => (typeof value === 'number' ? { value, type: Number } : value === null ? null : { value: cellText(value), type: String });
  const header = table.columns.map((column) => ({ value: column, type: String, fontWeight: 'bold' as const }));
  return writeXlsxFile([header, ...table.rows.map((row) => row.map(cell))], {
    sheet: sheetName(table.path),
    stickyRowsCount: 1,
  }).toBlob();
}

/** A file name from the operation and the list, e.g. `Comparison-networks.units.csv`. */
export function downloadName(operationName: string | undefined, table: ResultTable, extension: 'csv' | 'xlsx'): string {
  const safe = (text: string) => text.replace(/[^\p{L}\p{N}._-]+/gu, '-');
  return `${safe(operationName || 'resultat')}-${safe(table.path)}.${extension}`;
}

/** Hands the browser a file to save. */
export function saveFile(content: Blob, fileName: string): void {
  const url = URL.createObjectURL(content);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the object URL; give it a moment before releasing it.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
