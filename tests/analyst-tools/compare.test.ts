import type { RunningSystem } from '@pallnet/system';
import { parse } from 'csv-parse/sync';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startTestSystem } from '../support/system';
import { COMPARE_CLI, runCli } from './cli';

/*
 * `npm run compare` as an analyst runs it: the built command as its own process against the real
 * system; its CSV read back with a real CSV parser (csv-parse), as a spreadsheet would.
 */

let system: RunningSystem & { logs(): string };
let outDir: string;

beforeAll(async () => {
  outDir = await mkdtemp(path.join(tmpdir(), 'pallnet-compare-'));
  system = await startTestSystem();
}, 120_000);

afterAll(async () => {
  await system?.stop();
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

const compare = (...args: string[]) => runCli(COMPARE_CLI, [...args, '--gateway', system.gatewayUrl!]);

const NETWORK_HEADERS = [
  'Region',
  'Nettverk',
  'Nettverk-ID',
  'Medlemmer 31.12',
  'Endring',
  'Samlinger',
  'Timer samlinger',
  'Fagdager',
  'Deltakere fagdager',
  'Deltakere introduksjonskurs',
  'Hospiteringsdager',
  'Tilskudd (NOK)',
  'Kommuner uten lokal enhet',
];
const UNIT_HEADERS = [...NETWORK_HEADERS.slice(0, 3), 'Lokal enhet', 'Type', ...NETWORK_HEADERS.slice(3, -1)];

const OSLO = ['Helse Sør-Øst', 'Palliativt nettverk i Oslo', 'sor-ost-oslo', '271', '–', '4', '10.5', '1', '92', '22', '–', '50000', '0'];
const UNKNOWN_FIGURES = Array(9).fill('–');
const VEST = ['Helse Vest', 'Nettverk innen kreftomsorg og lindrende behandling', 'vest-helse-stavanger', ...UNKNOWN_FIGURES, '0'];
const MIDT = [
  'Helse Midt-Norge',
  'Fagnettverk for ressurspersoner i kreftomsorg og lindrende behandling i Nord-Trøndelag',
  'midt-nord-trondelag',
  ...UNKNOWN_FIGURES,
  '0',
];
const INNLANDET = ['Innlandet', 'Ressurssykepleienettverket i palliasjon og kreftomsorg i Innlandet', 'innlandet-sykehuset-innlandet', ...UNKNOWN_FIGURES, '–'];

/** The printed table's rows as cells: columns are separated by two or more spaces, cells never hold two. */
function printedRows(stdout: string): string[][] {
  const lines = stdout.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('Wrote '));
  expect(lines[1]).toMatch(/^-+( {2}-+)+$/);
  return [lines[0], ...lines.slice(2)].map((line) => line.trim().split(/ {2,}/));
}

function readCsv(content: string, delimiter = ','): string[][] {
  return parse(content, { bom: true, delimiter, relax_column_count: false }) as string[][];
}

describe('one row per network', () => {
  let stdout: string;
  let csvFile: string;

  beforeAll(async () => {
    csvFile = path.join(outDir, 'networks-2021.csv');
    const run = await compare('--year', '2021', '--csv', csvFile);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    stdout = run.stdout;
  });

  it("prints each network's figures from the documents, and – where a figure is unknown", () => {
    const rows = printedRows(stdout);
    expect(rows[0]).toEqual(NETWORK_HEADERS);
    expect(rows.slice(1)).toEqual(expect.arrayContaining([OSLO, VEST, MIDT, INNLANDET]));
    expect(rows).toHaveLength(5);
  });

  it('writes the same rows as UTF-8 CSV with a header row, which a CSV parser reads back unchanged', async () => {
    const bytes = await readFile(csvFile);
    // The byte-order mark, so that Excel reads the file as UTF-8.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const content = bytes.toString('utf8');
    expect(content).toContain('Helse Sør-Øst');
    expect(content).toContain('Nord-Trøndelag');
    expect(content).toContain('Nettverk innen kreftomsorg og lindrende behandling');
    const records = readCsv(content);
    expect(records).toEqual(printedRows(stdout));
    expect(records[0]).toEqual(NETWORK_HEADERS);
  });

  it('takes one region, by its code or its subgraph name', async () => {
    for (const region of ['SOR_OST', 'sor-ost']) {
      const run = await compare('--year', '2021', '--region', region);
      expect(run.code).toBe(0);
      expect(printedRows(run.stdout)).toEqual([NETWORK_HEADERS, OSLO]);
    }
  });
});

describe('one regional health authority (--rhf)', () => {
  it('gives the networks of Helse Sør-Øst: Innlandet and Oslo', async () => {
    const run = await compare('--year', '2021', '--rhf', 'helse-sor-ost');
    expect(run.code).toBe(0);
    expect(printedRows(run.stdout)).toEqual([NETWORK_HEADERS, INNLANDET, OSLO]);
    const unknown = await compare('--year', '2021', '--rhf', 'helse-nordvest');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr.trim()).toBe(
      "--rhf: there is no regional health authority 'helse-nordvest'. Regional health authorities: HELSE_NORD, HELSE_MIDT_NORGE, HELSE_VEST, HELSE_SOR_OST",
    );
  });
});

describe('one row per local unit (--units)', () => {
  it("sets Oslo's sectors beside Vest's network groups, quoting what needs quoting in the CSV", async () => {
    const csvFile = path.join(outDir, 'units-2021.csv');
    const run = await compare('--year', '2021', '--units', '--csv', csvFile);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const rows = printedRows(run.stdout);
    expect(rows[0]).toEqual(UNIT_HEADERS);
    const oslo = ['Helse Sør-Øst', 'Palliativt nettverk i Oslo', 'sor-ost-oslo'];
    const vest = VEST.slice(0, 3);
    expect(rows).toEqual(
      expect.arrayContaining([
        [...oslo, 'Oslo Universitetssykehus sektor', 'Sektornettverk', '145', '+13', '1', '6', '1', '45', '0', '–', '–'],
        [...oslo, 'Lovisenberg sektor', 'Sektornettverk', '69', 'rundt 15', '3', '4.5', '0', '0', '0', '–', '–'],
        [...oslo, 'Diakonhjemmet sektor', 'Sektornettverk', '57', '–', '0', '0', '0', '0', '0', '–', '–'],
        [...vest, 'Nettverksgruppe Sandnes', 'Nettverksgruppe', ...UNKNOWN_FIGURES],
        [...vest, 'Nettverksgruppe Dalane/Sør-Jæren', 'Nettverksgruppe', ...UNKNOWN_FIGURES],
        [...vest, 'Nettverk av ressursfysio- og ergoterapeuter', 'Nettverksgruppe', ...UNKNOWN_FIGURES],
      ]),
    );

    const content = await readFile(csvFile, 'utf8');
    // A unit name with a comma is quoted, and comes back whole.
    expect(content).toContain('"Fagnettverk / kreftspl, Nord (Namsos)"');
    expect(readCsv(content)).toEqual(rows);
  });

  it('writes semicolon-separated CSV for spreadsheets set up that way (--delimiter ";")', async () => {
    const csvFile = path.join(outDir, 'units-2021-semicolon.csv');
    const run = await compare('--year', '2021', '--units', '--csv', csvFile, '--delimiter', ';');
    expect(run.code).toBe(0);
    const records = readCsv(await readFile(csvFile, 'utf8'), ';');
    expect(records).toEqual(printedRows(run.stdout));
  });
});

describe('bad input changes nothing', () => {
  it('names an unknown region, a bad year, a missing directory or a bad delimiter, exit code 2', async () => {
    const region = await compare('--year', '2021', '--region', 'nord');
    expect(region.code).toBe(2);
    expect(region.stderr.trim()).toBe("--region: there is no region 'nord'. Regions: INNLANDET, MIDT, SOR_OST, VEST");
    expect(region.stdout).toBe('');

    const year = await compare('--year', '21');
    expect(year.code).toBe(2);
    expect(year.stderr.trim()).toBe("--year must be a year such as 2021, not '21'");

    const missing = path.join(outDir, 'no-such-dir', 'out.csv');
    const directory = await compare('--year', '2021', '--csv', missing);
    expect(directory.code).toBe(2);
    expect(directory.stderr).toContain(`--csv: the directory ${path.dirname(missing)} does not exist`);
    expect(existsSync(path.dirname(missing))).toBe(false);

    const delimiter = await compare('--year', '2021', '--csv', path.join(outDir, 'x.csv'), '--delimiter', '|');
    expect(delimiter.code).toBe(2);
    expect(delimiter.stderr.trim()).toBe("--delimiter must be ',', ';' or 'tab', not '|'");
    expect(existsSync(path.join(outDir, 'x.csv'))).toBe(false);
  });
});

// Last: it stops a region of this file's system.
describe('a region that is down', () => {
  it('gives a warning naming it and the rows of the others, exit code 0', async () => {
    await system.stopService('vest');
    const csvFile = path.join(outDir, 'without-vest.csv');
    const run = await compare('--year', '2021', '--csv', csvFile);
    expect(run.code).toBe(0);
    const warnings = run.stderr.trim().split('\n');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^Warning: region vest did not answer \(.+\); its networks are missing from the comparison\.$/);
    const rows = printedRows(run.stdout);
    expect(rows.slice(1)).toEqual(expect.arrayContaining([OSLO, MIDT, INNLANDET]));
    expect(rows).toHaveLength(4);
    expect(readCsv(await readFile(csvFile, 'utf8'))).toEqual(rows);

    const units = await compare('--year', '2021', '--units');
    expect(units.code).toBe(0);
    expect(units.stderr).toContain('region vest did not answer');
    expect(units.stdout).toContain('Lovisenberg sektor');
    expect(units.stdout).not.toContain('Nettverksgruppe Sandnes');
  });
});
