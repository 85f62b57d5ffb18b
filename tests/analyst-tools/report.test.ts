import { renderHtml, renderMarkdown, ReportDocument } from '@pallnet/analyst-tools';
import type { RunningSystem } from '@pallnet/system';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startTestSystem } from '../support/system';
import { REPORT_CLI, runCli } from './cli';

/*
 * `npm run report` as an analyst runs it: the built command as its own process, against the real
 * system (every subgraph on its own seeded database, the gateway), through the gateway only.
 */

let system: RunningSystem & { logs(): string };
let outDir: string;

beforeAll(async () => {
  outDir = await mkdtemp(path.join(tmpdir(), 'pallnet-report-'));
  system = await startTestSystem();
}, 120_000);

afterAll(async () => {
  await system?.stop();
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

const report = (...args: string[]) => runCli(REPORT_CLI, [...args, '--gateway', system.gatewayUrl!]);

/** The text of a Markdown section: from its heading to the next heading of the same or a higher level. */
function section(markdown: string, heading: string): string {
  const level = /^#+/.exec(heading)![0].length;
  const start = markdown.indexOf(`\n${heading}\n`);
  if (start < 0) throw new Error(`no section ${heading}`);
  const rest = markdown.slice(start + heading.length + 2);
  const end = rest.search(new RegExp(`\\n#{1,${level}} `));
  return end < 0 ? rest : rest.slice(0, end);
}

/** A local unit's whole part: its heading and every #### under it, up to the next unit. */
function unitPart(markdown: string, unit: string): string {
  const start = markdown.indexOf(`\n### ${unit}\n`);
  if (start < 0) throw new Error(`no unit ${unit}`);
  const end = markdown.indexOf('\n### ', start + 1);
  return end < 0 ? markdown.slice(start) : markdown.slice(start, end);
}

describe('the Oslo 2021 annual report in Markdown', () => {
  let markdown: string;

  beforeAll(async () => {
    const file = path.join(outDir, 'oslo-2021.md');
    const run = await report('--network', 'sor-ost-oslo', '--year', '2021', '--format', 'md', '--out', file);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toContain(file);
    markdown = await readFile(file, 'utf8');
  });

  it("follows the national template's headings in its order", () => {
    const headings = markdown.split('\n').filter((line) => /^## /.test(line));
    expect(headings).toEqual([
      '## Organisatorisk utvikling og forankring',
      '## Formål',
      '## Organiseringen av nettverket og fokusområder',
      '## Aktiviteter i nettverket',
      '## Introduksjonskurs',
      '## Felles fagdag(er)',
      '## Tema/fokusområder',
      '## Satsningsområder',
      '## Økonomi',
      '## Beskrivelse av lokallag og deres aktivitet',
    ]);
    expect(markdown.startsWith('# Årsrapport for «Palliativt nettverk i Oslo»\n')).toBe(true);
    // One section per local unit, each in the same shape.
    for (const unit of ['Oslo Universitetssykehus sektor', 'Lovisenberg sektor', 'Diakonhjemmet sektor']) {
      const part = unitPart(markdown, unit);
      expect(part).toContain('| Medlemmer per 31. desember 2021 |');
      expect(part.split('\n').filter((line) => line.startsWith('#### '))).toEqual([
        '#### Samlinger',
        '#### Antall deltakere',
        '#### Tema/fokusområder',
        '#### Hospitering',
        '#### Satsningsområder for 2022',
        '#### Dekning',
        '#### Samarbeide med andre nettverk',
      ]);
    }
  });

  it("carries the document's figures for the whole network", () => {
    const activities = section(markdown, '## Aktiviteter i nettverket');
    expect(activities).toContain('| Medlemmer per 31. desember 2021 | 271 |');
    expect(section(markdown, '## Introduksjonskurs')).toContain(
      '| Introduksjonskurs for nye ressurssykepleiere 2021 | 22.09.2021 | Ikke rapportert | 22 | fysisk |',
    );
    expect(section(markdown, '## Felles fagdag(er)')).toContain(
      '| Felles fagdag for palliative nettverk i Oslo 2021 | 30.11.2021 | 110 | 87 | 5 | 92 | hybrid |',
    );
    expect(section(markdown, '## Økonomi')).toContain('| Bundistiftelsen | 50 000 kr | Felles fagdag for palliative nettverk i Oslo 2021 |');
  });

  it('lists each group with name, title, workplace, organisation and function', () => {
    const steering = section(markdown, '### Styringsgruppen');
    expect(steering).toContain('| Navn | Tittel | Arbeidsplass | Sykehus/kommune/organisasjon | Funksjon |');
    expect(steering).toContain('| Ellen Bjerkeset | Ikke rapportert | Regional kompetjeneste for lindrende behandling | Helse Sør-Øst | Leder |');
    expect(steering).toContain('| Sigrun Skåland Brun | Spesialrådgvier | avdeling for samhandling, helsekompetanse og likeverdige tjenester | OUS | Medlem |');
    expect(steering).toContain('**Møteaktivitet:** 1 møte avholdt, 1 avlyst');
    const operations = section(markdown, '### Driftsgruppen');
    expect(operations).toContain('| Liv Fuglum Sætre | nettverksleder Lovisenberg sektor | Ikke rapportert | Ikke rapportert | Nestleder |');
    expect(operations).toContain('**Møteaktivitet:** 4 møter avholdt');
  });

  it('gives each sector its members at year end, the change, gatherings and plans', () => {
    const ous = section(markdown, '### Oslo Universitetssykehus sektor');
    expect(ous).toContain('| Medlemmer per 31. desember 2021 | 145 |');
    expect(ous).toContain('| Medlemmer per 31. desember 2020 | 132 |');
    expect(ous).toContain('| Endring fra 2020 | +13 |');
    const ousAll = unitPart(markdown, 'Oslo Universitetssykehus sektor');
    expect(ousAll).toContain('Lokallaget har hatt 1 samling à 6 timer.');
    expect(ousAll).toContain('**Deltakere på samlingene:** 45');
    // The report gives these no status, so they are neither «videreføres» nor «nye».
    expect(ousAll).toContain('Satsningsområder uten oppgitt status, nye eller videreførte (2022):');
    expect(ousAll).toContain('- Opprette arbeidsgruppe som støtter nettverkslederen i å arrangere fagdager');

    const lovisenberg = unitPart(markdown, 'Lovisenberg sektor');
    expect(lovisenberg).toContain('| Medlemmer per 31. desember 2021 | 69 |');
    expect(lovisenberg).toContain('| Endring fra 2020 (kildens ord) | rundt 15 |');
    expect(lovisenberg).toContain('Lokallaget har hatt 3 samlinger à 1,5 timer (4,5 timer i alt).');

    const diakonhjemmet = unitPart(markdown, 'Diakonhjemmet sektor');
    expect(diakonhjemmet).toContain('| Medlemmer per 31. desember 2021 | 57 |');
    expect(diakonhjemmet).toContain('Lokallaget har ikke hatt samlinger.');
    expect(diakonhjemmet).toContain('**Deltok på felles fagdag:** 10');
    expect(diakonhjemmet).toContain('- Palliativt team har hospitert hos Fransiskushjelpen: antall dager ikke rapportert, hjemkommune ikke rapportert');
  });

  it('marks what the data lacks as «Ikke rapportert» instead of inventing it', () => {
    const activities = section(markdown, '## Aktiviteter i nettverket');
    // The network's total for 2020 is not in the document, so neither is the change.
    expect(activities).toContain('| Medlemmer per 31. desember 2020 | Ikke rapportert |');
    expect(activities).toContain('| Endring fra 2020 | Ikke rapportert |');
    expect(activities).toContain('| Sluttet i sin funksjon | Ikke rapportert |');
    expect(activities).toContain('| Nye ressurspersoner | Ikke rapportert |');
    expect(section(markdown, '## Økonomi')).toContain('**Kursavgift:** Ikke rapportert');
    // The template's other questions the Oslo report leaves open.
    expect(section(markdown, '## Organisatorisk utvikling og forankring')).toContain('**Reorganisering i året:** Ikke rapportert');
    expect(section(markdown, '## Felles fagdag(er)')).toContain(
      '**Andre enn ressurspersoner invitert (Felles fagdag for palliative nettverk i Oslo 2021):** Ikke rapportert',
    );
    expect(activities).toContain('**Samarbeid med andre nettverk:** Ikke rapportert');
    expect(section(markdown, '## Tema/fokusområder').trim()).toBe('Ikke rapportert');
    const lovisenberg = section(markdown, '### Lovisenberg sektor');
    expect(lovisenberg).toContain('| Endring fra 2020 | Ikke rapportert |');
  });
});

describe('the HTML form', () => {
  it('is one printable UTF-8 page in Norwegian with tables for members and figures', async () => {
    // No --format: the .html extension chooses it.
    const file = path.join(outDir, 'oslo-2021.html');
    const run = await report('--network', 'sor-ost-oslo', '--year', '2021', '--out', file);
    expect(run.code).toBe(0);
    const html = await readFile(file, 'utf8');
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="nb">\n<head>\n<meta charset="utf-8">')).toBe(true);
    expect(html).toContain('@media print');
    expect(html).toContain('<h1>Årsrapport for «Palliativt nettverk i Oslo»</h1>');
    expect(html).toContain('<h2>Felles fagdag(er)</h2>');
    expect(html).toContain('<td>Ellen Bjerkeset</td>');
    expect(html).toContain('<tr><td>Medlemmer per 31. desember 2021</td><td>271</td></tr>');
    expect(html).toContain('<tr><td>Bundistiftelsen</td><td>50 000 kr</td>');
    expect(html).toContain('<td>Sluttet i sin funksjon</td><td><span class="not-reported">Ikke rapportert</span></td>');
    expect(html.match(/<table>/g)!.length).toBeGreaterThanOrEqual(10);
    expect(html).toContain('Helse Sør-Øst');
  });

  it('escapes every value, so text from the data cannot become markup', () => {
    const document: ReportDocument = {
      title: 'Årsrapport for «<script>alert(1)</script>»',
      subtitle: ['A & B'],
      sections: [
        {
          level: 2,
          heading: 'Formål',
          blocks: [
            { kind: 'paragraph', text: '<img src=x onerror="alert(1)">' },
            { kind: 'table', headers: ['Navn', 'Tittel'], rows: [["O'Brien | leder", 'Ikke rapportert']] },
          ],
        },
      ],
    };
    const html = renderHtml(document);
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;');
    expect(html).toContain('<td>O&#39;Brien | leder</td>');
    expect(html).toContain('A &amp; B');
    const markdown = renderMarkdown(document);
    expect(markdown).toContain("| O'Brien \\| leder | Ikke rapportert |");
    expect(markdown).toContain('\\<img src=x onerror="alert(1)"\\>');
  });
});

describe('a network with nothing recorded for the year', () => {
  it('still gives the whole template, its organisation, and «Ikke rapportert» for every figure', async () => {
    const run = await report('--network', 'vest-helse-stavanger', '--year', '2021');
    expect(run.code).toBe(0);
    const markdown = run.stdout;
    expect(markdown).toContain('Ingen årstall er registrert for 2021');
    expect(section(markdown, '## Aktiviteter i nettverket')).toContain('| Medlemmer per 31. desember 2021 | Ikke rapportert |');
    expect(section(markdown, '## Introduksjonskurs').trim()).toBe('Ikke rapportert');
    expect(section(markdown, '### Fagråd i palliasjon')).toContain(
      '**Medlemmer (navn, tittel, arbeidsplass, sykehus/kommune/organisasjon, funksjon):** Ikke rapportert',
    );
    expect(section(markdown, '### Fagråd i palliasjon')).toContain('- 5 representanter fra helseforetaket og 5 fra kommunene');
    for (const group of ['Nettverksgruppen Stavanger', 'Nettverksgruppe Sandnes', 'Nettverksgruppe Ryfylke/Nord-Jæren', 'Nettverksgruppe Dalane/Sør-Jæren']) {
      expect(section(markdown, `### ${group}`)).toContain('| Medlemmer per 31. desember 2021 | Ikke rapportert |');
    }
  });
});

describe('bad input changes nothing', () => {
  it('names an unknown network and the known ones, exit code 2, no file', async () => {
    const file = path.join(outDir, 'nope.md');
    const run = await report('--network', 'nord-tromso', '--year', '2021', '--out', file);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--network: there is no network 'nord-tromso'");
    expect(run.stderr).toContain('sor-ost-oslo');
    expect(existsSync(file)).toBe(false);
  });

  it('names a bad year, format or option', async () => {
    const year = await report('--network', 'sor-ost-oslo', '--year', 'tjuetjueen');
    expect(year.code).toBe(2);
    expect(year.stderr.trim()).toBe("--year must be a year such as 2021, not 'tjuetjueen'");
    const format = await report('--network', 'sor-ost-oslo', '--year', '2021', '--format', 'pdf');
    expect(format.code).toBe(2);
    expect(format.stderr.trim()).toBe("--format must be md or html, not 'pdf'");
    const option = await report('--network', 'sor-ost-oslo', '--year', '2021', '--colour');
    expect(option.code).toBe(2);
    expect(option.stderr).toContain("Unknown option '--colour'");
    expect(option.stdout).toBe('');
  });

  it('fails with one line when the gateway cannot be reached', async () => {
    const run = await runCli(REPORT_CLI, ['--network', 'sor-ost-oslo', '--year', '2021', '--gateway', 'http://127.0.0.1:9/graphql']);
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('Cannot reach the gateway at http://127.0.0.1:9/graphql');
  });
});

// Last: it stops a region of this file's system.
describe('a region that is down', () => {
  it('fails the report naming the region, and writes nothing rather than «Ikke rapportert» for data that exists', async () => {
    await system.stopService('sor-ost');
    const file = path.join(outDir, 'oslo-down.md');
    const run = await report('--network', 'sor-ost-oslo', '--year', '2021', '--out', file);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('region sor-ost did not answer');
    expect(existsSync(file)).toBe(false);
  });
});
