import { escapeSpreadsheetCell, stripControlCharacters } from '../format';
import type { ComparisonTable } from './comparison';

/**
 * The table for a terminal: columns padded to their widest cell, figures right-aligned, control
 * characters (escape sequences) stripped from every cell.
 */
export function renderTextTable(table: ComparisonTable): string {
  const headers = table.headers.map(stripControlCharacters);
  const rows = table.rows.map((row) => row.map(stripControlCharacters));
  const { figureColumns } = table;
  const widths = headers.map((header, column) => Math.max(header.length, ...rows.map((row) => row[column].length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => (figureColumns.includes(column) ? cell.padStart(widths[column]) : cell.padEnd(widths[column])))
      .join('  ')
      .trimEnd();
  return [line(headers), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n') + '\n';
}

export type CsvDelimiter = ',' | ';' | '\t';

/**
 * RFC 4180 CSV: a header row, CRLF line ends, a field quoted when it holds the delimiter, a quote,
 * a line break or edge spaces, quotes doubled. UTF-8 with a byte-order mark: Excel, which most
 * analysts open it in, reads a CSV without one in the Windows code page and garbles æ, ø and å;
 * LibreOffice, Google Sheets and CSV libraries read the mark as UTF-8's (csv-parse: bom: true,
 * pandas: encoding="utf-8-sig"). A cell that a spreadsheet would run as a formula is written as
 * text (`escapeSpreadsheetCell`).
 */
export function renderCsv({ headers, rows }: ComparisonTable, delimiter: CsvDelimiter = ','): string {
  const quote = (cell: string) => {
    const field = escapeSpreadsheetCell(cell);
    return field.includes(delimiter) || /["\r\n]/.test(field) || field !== field.trim() ? `"${field.replace(/"/g, '""')}"` : field;
  };
  return '\uFEFF' + [headers, ...rows].map((row) => row.map(quote).join(delimiter)).join('\r\n') + '\r\n';
}
