import { parse } from 'csv-parse/browser/esm/sync';
import type { Cell } from './shaping/import-rows';

/*
 * Reading and writing the register's spreadsheets in the browser: the member list never leaves
 * the editor's machine except as the rows the import sends to the API. exceljs (xlsx) is large,
 * so it is loaded only when a spreadsheet is read or written.
 */

type ExcelModule = typeof import('exceljs');

async function excel(): Promise<ExcelModule> {
  const loaded = await import('exceljs');
  // The browser build is a UMD bundle: the classes are on its default export.
  return ((loaded as unknown as { default?: ExcelModule }).default ?? loaded) as ExcelModule;
}

/** A sheet as rows of cells: xlsx (the first worksheet) or CSV (comma, semicolon or tab, UTF-8). */
export async function readSpreadsheet(file: File): Promise<Cell[][]> {
  if (/\.csv$/i.test(file.name) || file.type === 'text/csv') {
    const text = (await file.text()).replace(/^\uFEFF/, '');
    return parse(text, { delimiter: [';', ',', '\t'], relax_column_count: true, skip_empty_lines: true, trim: true }) as string[][];
  }
  if (!/\.xlsx$/i.test(file.name)) throw new Error('Velg en .xlsx- eller .csv-fil.');
  const ExcelJS = await excel();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await file.arrayBuffer());
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('Regnearket har ingen ark.');
  const rows: Cell[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    const cells: Cell[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cellValue(cell.value);
    });
    rows[number - 1] = cells;
  });
  return Array.from(rows, (row) => row ?? []);
}

/** What an xlsx cell holds, as text, number or date: formulas by their result, links and rich text by their text. */
function cellValue(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (value instanceof Date || typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'ja' : 'nei';
  const object = value as { result?: unknown; text?: unknown; richText?: Array<{ text: string }> };
  if (object.richText) return object.richText.map((part) => part.text).join('');
  if (object.text !== undefined) return cellValue(object.text);
  if (object.result !== undefined) return cellValue(object.result);
  return String(value);
}

function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** An xlsx file with one sheet: a bold heading row, then the rows. */
export async function downloadXlsx(fileName: string, sheetName: string, headings: string[], rows: Array<Array<string | number | null>>): Promise<void> {
  const ExcelJS = await excel();
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  sheet.addRow(headings).font = { bold: true };
  for (const row of rows) sheet.addRow(row);
  sheet.columns.forEach((column) => {
    column.width = 22;
  });
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  download(new Blob([await workbook.xlsx.writeBuffer()], { type: XLSX_TYPE }), fileName);
}

/** A CSV file for Excel: semicolons, UTF-8 with a byte-order mark. */
export function downloadCsv(fileName: string, headings: string[], rows: Array<Array<string | number | null>>): void {
  const quote = (value: string | number | null) => {
    const text = value === null ? '' : String(value);
    return /[;"\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const text = [headings, ...rows].map((row) => row.map(quote).join(';')).join('\r\n');
  download(new Blob([`\uFEFF${text}\r\n`], { type: 'text/csv;charset=utf-8' }), fileName);
}

/** A text file (the annual report's HTML page). */
export function downloadText(fileName: string, text: string, type: string): void {
  download(new Blob([text], { type }), fileName);
}
