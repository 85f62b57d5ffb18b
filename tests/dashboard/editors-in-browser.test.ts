import { findFreePorts, GATEWAY, REPO_ROOT, SUBGRAPHS, waitForHealthy } from '@pallnet/system';
import { databaseUrlVariableFor } from '@pallnet/subgraph-kit/config';
import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';
import { freshDatabaseUrl } from '../support/database';

/*
 * The editors' pages as the people at the regional competence centres use them: Debian's
 * Chromium, headless, through the whole real system as `npm start` runs it (its CLI in a process
 * of its own: subgraphs, gateway, the web app and its sign-in against the local OpenID provider,
 * whose demo accounts and password it prints). One system for the file, on fresh databases of the
 * test run's PostgreSQL; each person signs in in a browser context of their own. Screenshots in
 * test-artifacts/editors/.
 */

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARTIFACTS = path.join(REPO_ROOT, 'test-artifacts', 'editors');
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--lang=nb-NO',
];

const VEST = 'vest-helse-stavanger';
const VEST_NAME = 'Nettverk innen kreftomsorg og lindrende behandling';
/** Persons appointed today count at 31 December of this year: the year the overview is checked for. */
const YEAR = Number(new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' }).format(new Date()).slice(0, 4));

const CLI = path.join(REPO_ROOT, 'packages/system/dist/cli/start.js');
/** What `npm start` printed: where to sign in, and the demo accounts' password. */
const system = { dashboardUrl: '', demoPassword: '' };
let running: ChildProcess | undefined;
let output = '';
let browser: Browser;
let identityDataDir: string;
const pageErrors: string[] = [];

/** Starts `npm start`'s CLI on free ports and fresh databases, and reads how to sign in from what it prints. */
async function startCli(): Promise<void> {
  identityDataDir = await mkdtemp(path.join(tmpdir(), 'pallnet-idp-'));
  const ports = await findFreePorts(SUBGRAPHS.length + 3);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DASHBOARD_PORT: String(ports[SUBGRAPHS.length + 1]),
    IDENTITY_PROVIDER_PORT: String(ports[SUBGRAPHS.length + 2]),
    IDENTITY_PROVIDER_DATA_DIR: identityDataDir,
  };
  // npm start accepts only its own provider's tokens: the tests' development key is not in play here.
  delete env.ALLOW_PUBLIC_DEVELOPMENT_KEY;
  delete env.DATABASE_URL;
  SUBGRAPHS.forEach((subgraph, index) => {
    env[subgraph.portVariable] = String(ports[index]);
    env[databaseUrlVariableFor(subgraph.name)] = freshDatabaseUrl(`editors_${subgraph.name}`);
  });
  env[GATEWAY.portVariable] = String(ports[SUBGRAPHS.length]);
  const child = spawn(process.execPath, [CLI], { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  running = child;
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code) => reject(new Error(`npm start exited with ${code} while starting:\n${output.slice(-3000)}`))),
  );
  const printed = (async () => {
    // npm start builds the dashboard first when its build is older than its sources: allow for it.
    await waitForHealthy(`http://localhost:${ports[SUBGRAPHS.length]}/health`, 270_000);
    for (let tries = 0; !/with the password \S+/.test(output) && tries < 100; tries += 1) await new Promise((resolve) => setTimeout(resolve, 100));
  })();
  await Promise.race([printed, exited]);
  exited.catch(() => undefined);
  system.dashboardUrl = /Sign in: open (\S+),/.exec(output)?.[1] ?? '';
  system.demoPassword = /with the password (\S+) /.exec(output)?.[1] ?? '';
  if (!system.dashboardUrl || !system.demoPassword) throw new Error(`npm start did not print how to sign in:\n${output.slice(-3000)}`);
}

beforeAll(async () => {
  if (!existsSync(CHROMIUM))
    throw new Error(`No Chromium at ${CHROMIUM}. Install Debian's package with: apt-get update && apt-get install -y chromium (or set CHROMIUM_PATH)`);
  await mkdir(ARTIFACTS, { recursive: true });
  await startCli();
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  if (running && running.exitCode === null && running.signalCode === null) {
    await new Promise((resolve) => {
      running!.once('exit', resolve);
      running!.kill('SIGTERM');
    });
  }
  if (identityDataDir) await rm(identityDataDir, { recursive: true, force: true });
}, 60_000);

afterEach(() => {
  expect(pageErrors.splice(0)).toEqual([]);
});

const app = (hash: string) => `${system.dashboardUrl}${hash}`;
const shot = (page: Page, name: string, fullPage = true) => page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage });

/** A person of their own browser, signed in through the local OpenID provider's login page. */
async function signIn(username: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'nb-NO', acceptDownloads: true });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(app('#/redigering'));
  await page.getByRole('main').getByRole('button', { name: 'Logg inn' }).click();
  await page.getByLabel('Brukernavn').fill(username);
  await page.getByLabel('Passord').fill(system.demoPassword);
  await page.getByRole('button', { name: 'Logg inn' }).click();
  await page.getByRole('heading', { level: 1, name: 'Redigering' }).waitFor();
  return { context, page };
}

/** GraphQL sent through the app as the page sends it: /api/graphql with the session's cookie and CSRF token. */
async function throughTheApp(
  page: Page,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<{ data?: any; errors?: Array<{ message: string; extensions?: { code?: string } }> }> {
  return page.evaluate(
    async ({ query, variables }) => {
      const session = (await (await fetch('/auth/session', { credentials: 'same-origin' })).json()) as { csrfToken?: string };
      const response = await fetch('/api/graphql', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken ?? '' },
        body: JSON.stringify({ query, variables }),
      });
      return response.json();
    },
    { query, variables },
  ) as Promise<{ data?: any; errors?: Array<{ message: string; extensions?: { code?: string } }> }>;
}

const COUNT = `{ network(id: "${VEST}") { resourcePersons { id } } }`;
const vestPersons = async (page: Page) => ((await throughTheApp(page, COUNT)).data.network.resourcePersons as unknown[]).length;

/** The overview's row of Vest's network: members at 31 December and coverage. */
async function overviewOfVest(page: Page): Promise<{ members: string; coverage: string }> {
  await page.goto(app(`#/?year=${YEAR}`));
  const row = page.getByRole('table', { name: `Nettverkene i ${YEAR}` }).locator('tbody tr', { hasText: VEST_NAME });
  await row.waitFor();
  return { members: (await row.locator('td.numeric').first().textContent())!, coverage: (await row.locator('td').last().textContent())! };
}

/** The register's import file: `count` persons of Vest, with the given rows spoilt. */
function memberList(count: number, spoil: Record<number, Partial<Record<'kommunenummer' | 'epost' | 'til', string>>> = {}): string {
  const lines = ['Navn;Yrke;Type arbeidssted;Arbeidssted;Kommunenummer;Oppnevnt fra;Oppnevnt til;E-post;Enhet'];
  for (let index = 0; index < count; index += 1) {
    const bad = spoil[index] ?? {};
    lines.push(
      [
        `Importert Person ${String(index + 1).padStart(3, '0')}`,
        index % 4 === 0 ? 'Fysioterapeut' : 'Sykepleier',
        index % 2 === 0 ? 'Hjemmetjeneste' : 'Sykehjem',
        index % 2 === 0 ? 'Hjemmesykepleien Stavanger' : 'Lassa sykehjem',
        bad.kommunenummer ?? '1103',
        '01.01.2025',
        bad.til ?? '',
        bad.epost ?? `person${index + 1}@stavanger.kommune.no`,
        index % 3 === 0 ? 'Nettverksgruppe Sandnes' : '',
      ].join(';'),
    );
  }
  return `${lines.join('\n')}\n`;
}

describe('a Vest editor in the browser', () => {
  let page: Page;
  let context: BrowserContext;

  beforeAll(async () => {
    ({ page, context } = await signIn('vest.redaktor'));
  }, 60_000);

  afterAll(async () => {
    await context?.close();
  });

  it('sees only Vest’s networks, and the editing pages of them', async () => {
    await page.getByRole('heading', { name: 'Dine nettverk' }).waitFor();
    const cards = await page.locator('.card__title').allTextContents();
    expect(cards).toEqual([VEST_NAME]);
    await shot(page, '01-vest-home');
  });

  it('gets a bad kommunenummer back next to the field, keeps what was typed, and nothing is written', async () => {
    const overviewBefore = await overviewOfVest(page);
    await page.goto(app(`#/redigering/${VEST}/ressurspersoner/ny?year=${YEAR}`));
    await page.getByRole('heading', { level: 1, name: 'Registrer ressursperson' }).waitFor();
    await page.getByLabel('Navn *', { exact: true }).fill('Kari Nordmann');
    await page.getByLabel('Arbeidssted *', { exact: true }).fill('Hjemmesykepleien Sandnes øst');
    await page.getByLabel('Kommunenummer *').fill('9999');
    await page.getByLabel('E-post').fill('kari.nordmann@sandnes.kommune.no');
    await page.getByRole('button', { name: 'Registrer', exact: true }).click();

    const field = page.getByLabel('Kommunenummer *');
    await page.getByText('Kommunenummeret finnes ikke i det nasjonale kommuneregisteret').waitFor();
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    const described = (await field.getAttribute('aria-describedby'))!.split(' ');
    const errorText = await page.locator(`[id="${described[described.length - 1]}"]`).textContent();
    expect(errorText).toContain('Kommunenummeret finnes ikke');
    expect(await field.inputValue()).toBe('9999');
    expect(await page.getByLabel('Navn *', { exact: true }).inputValue()).toBe('Kari Nordmann');
    await page.getByRole('alert').filter({ hasText: 'Ikke lagret' }).waitFor();
    await shot(page, '02-bad-kommunenummer');

    expect(await vestPersons(page)).toBe(0);
    expect(await overviewOfVest(page)).toEqual(overviewBefore);
  }, 60_000);

  it('registers a person through the form, and the national overview’s member count and coverage change', async () => {
    const before = await overviewOfVest(page);
    await shot(page, '03-overview-before');
    // The draft of the form is kept in the tab: what was typed is still there.
    await page.goto(app(`#/redigering/${VEST}/ressurspersoner/ny?year=${YEAR}`));
    expect(await page.getByLabel('Kommunenummer *').inputValue()).toBe('9999');
    await page.getByLabel('Kommunenummer *').fill('1108');
    await page.getByRole('button', { name: 'Legg til medlemskap' }).click();
    await page.getByRole('group', { name: 'Medlemskap 1' }).getByLabel('Enhet').selectOption({ label: 'Nettverksgruppe Sandnes (Nettverksgruppe)' });
    await page.getByRole('button', { name: 'Registrer', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Kari Nordmann er registrert.' }).waitFor();
    const row = page.locator('tbody tr', { hasText: 'Kari Nordmann' });
    expect(await row.textContent()).toContain('Nettverksgruppe Sandnes');
    expect(await row.textContent()).toContain('kari.nordmann@sandnes.kommune.no');
    await shot(page, '04-registered');

    // A colleague from a nursing home in Sandnes: Sandnes then has both that the template asks for.
    await page.getByRole('link', { name: 'Registrer ressursperson' }).click();
    await page.getByLabel('Navn *', { exact: true }).fill('Ola Lura');
    await page.getByLabel('Type arbeidssted *').selectOption({ label: 'Sykehjem' });
    await page.getByLabel('Arbeidssted *', { exact: true }).fill('Lura sykehjem');
    await page.getByLabel('Kommunenummer *').fill('1108');
    await page.getByRole('button', { name: 'Registrer', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Ola Lura er registrert.' }).waitFor();

    const after = await overviewOfVest(page);
    await shot(page, '05-overview-after');
    expect(before).toEqual({ members: '–', coverage: 'Mangler i 15 av 15 kommuner' });
    expect(after).toEqual({ members: '2', coverage: 'Mangler i 14 av 15 kommuner' });

    // The coverage page is current too: Sandnes is no longer missing.
    await page.goto(app(`#/redigering/${VEST}/dekning?year=${YEAR}`));
    for (const region of ['Kommuner uten ressursperson i hjemmetjenesten', 'Kommuner uten ressursperson på sykehjem']) {
      const gaps = page.getByRole('region', { name: region });
      await gaps.getByText('14 av 15:').waitFor();
      expect(await gaps.locator('.chips li').allTextContents()).not.toContain('Sandnes');
    }
    await shot(page, '06-coverage');
  }, 90_000);

  it('registers a study day with attendance, after the form says what is wrong with it', async () => {
    await page.goto(app(`#/redigering/${VEST}/aktiviteter/ny?year=${YEAR}`));
    await page.getByLabel('Type *').selectOption({ label: 'Fagdag' });
    await page.getByLabel('Tittel *').fill('Fagdag om lindrende behandling i hjemmet');
    await page.getByLabel('Dato').fill(`${YEAR}-10-02`);
    await page.getByLabel('Påmeldte').fill('40');
    await page.getByLabel('Deltok fysisk').fill('45');
    await page.getByRole('button', { name: 'Registrer aktiviteten' }).click();
    await page.getByText('Flere deltok enn det var påmeldte.').first().waitFor();
    expect(await page.getByLabel('Tittel *').inputValue()).toBe('Fagdag om lindrende behandling i hjemmet');
    await shot(page, '07-study-day-error');

    await page.getByLabel('Deltok fysisk').fill('35');
    await page.getByLabel('Deltok digitalt').fill('4');
    await page.getByRole('button', { name: 'Registrer aktiviteten' }).click();
    await page.getByRole('status').filter({ hasText: 'Aktiviteten er registrert.' }).waitFor();
    const row = page.locator('tbody tr', { hasText: 'Fagdag om lindrende behandling i hjemmet' });
    await row.waitFor();
    expect(await row.locator('td').allTextContents()).toEqual([`2. oktober ${YEAR}`, 'Fagdag', 'Hele nettverket', '40', '35', '4', '39']);
    await shot(page, '08-study-day');
  }, 60_000);

  it("saves a year's figures again after the page is reloaded, with no conflict first (the report gives their version)", async () => {
    const year = YEAR - 1;
    const saveJoined = async (joined: string) => {
      await page.goto(app(`#/redigering/${VEST}/arstall?year=${year}`));
      await page.reload();
      await page.getByLabel('Nye i året').fill(joined);
      await page.getByRole('button', { name: 'Lagre tallene' }).click();
      await page
        .getByRole('status')
        .filter({ hasText: `Tallene for ${year} er lagret.` })
        .waitFor();
    };
    await saveJoined('6');
    // A fresh page knew no version before: its save of a recorded year met a conflict first.
    await saveJoined('8');
    await shot(page, '17-year-figures-saved');
    await page.reload();
    expect(await page.getByLabel('Nye i året').inputValue()).toBe('8');
  }, 60_000);

  it("creates a unit of Vest's own kind, a network group, with its own fields", async () => {
    await page.goto(app(`#/redigering/${VEST}/enheter?year=${YEAR}`));
    await page.getByRole('link', { name: 'Ny nettverksgruppe' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ny nettverksgruppe' }).waitFor();
    await page.getByLabel('Navn *').fill('Nettverksgruppe Jæren vest');
    const parent = page.getByLabel('Ligger under');
    const parentOption = (await parent.locator('option').allTextContents()).find((label) => /Driftsgruppe/.test(label))!;
    await parent.selectOption({ label: parentOption });
    await page.getByLabel('Kommuner (ett kommunenummer per linje)').fill('1120\n9999');
    await page.getByLabel('Medlemmer fra (én per linje) *').fill('Klepp kommune\nSola kommune');
    await page.getByRole('button', { name: 'Opprett' }).click();
    await page.getByText('Kommunenummeret finnes ikke i det nasjonale kommuneregisteret').waitFor();
    await page.getByLabel('Kommuner (ett kommunenummer per linje)').fill('1120\n1124');
    await page.getByRole('button', { name: 'Opprett' }).click();
    await page.getByRole('status').filter({ hasText: 'Nettverksgruppe er opprettet.' }).waitFor();
    const card = page.locator('.card', { hasText: 'Nettverksgruppe Jæren vest' });
    await card.waitFor();
    expect(await card.textContent()).toContain('Klepp, Sola');
    expect(await card.textContent()).toContain('Klepp kommune, Sola kommune');
    await card.scrollIntoViewIfNeeded();
    await shot(page, '09-unit-created', false);
  }, 60_000);

  it('registers a hospital unit, which coverage then counts as lacking a resource person', async () => {
    await page.goto(app(`#/redigering/${VEST}/sykehusenheter?year=${YEAR}`));
    const form = page.getByRole('form', { name: 'Registrer sykehusenhet' });
    await form.getByLabel('Navn på enheten *').fill('Palliativt team');
    await form.getByLabel('Sykehus').fill('Stavanger universitetssjukehus');
    await form.getByRole('button', { name: 'Registrer' }).click();
    await page.getByRole('status').filter({ hasText: 'Sykehusenheten er registrert.' }).waitFor();
    await page.getByText('Palliativt team (Stavanger universitetssjukehus) – mangler ressursperson').waitFor();
    await page.goto(app(`#/redigering/${VEST}/dekning?year=${YEAR}`));
    const gaps = page.getByRole('region', { name: 'Sykehusenheter uten ressursperson' });
    await gaps.getByText('Palliativt team (Stavanger universitetssjukehus)').waitFor();
  }, 60_000);

  it('reads who changed what in the audit log', async () => {
    await page.goto(app(`#/redigering/${VEST}/logg?year=${YEAR}`));
    const entry = page.locator('.audit-entry', { hasText: 'Ressursperson «Kari Nordmann»' });
    await entry.waitFor();
    expect(await entry.textContent()).toContain('vest.redaktor');
    expect(await entry.locator('tr', { hasText: 'Kommunenummer' }).textContent()).toContain('1108');
    await shot(page, '13-audit-log');
  });

  it('keeps the input when a save cannot reach the server, and shows what someone else changed meanwhile', async () => {
    const persons = (await throughTheApp(page, `{ network(id: "${VEST}") { resourcePersons { id name version } } }`)).data.network.resourcePersons as Array<{
      id: string;
      name: string;
      version: number;
    }>;
    const kari = persons.find((person) => person.name === 'Kari Nordmann')!;
    await page.goto(app(`#/redigering/${VEST}/ressurspersoner/${kari.id}?year=${YEAR}`));
    await page.getByRole('heading', { level: 1, name: 'Endre Kari Nordmann' }).waitFor();
    await page.getByLabel('Telefon').fill('+47 51 00 00 00');

    // The network fails: nothing is saved, and what was typed stays.
    await page.route('**/api/graphql', (route) => route.abort('connectionrefused'));
    await page.getByRole('button', { name: 'Lagre endringene' }).click();
    await page.getByRole('alert').filter({ hasText: 'Fikk ikke kontakt med tjenesten' }).waitFor();
    expect(await page.getByLabel('Telefon').inputValue()).toBe('+47 51 00 00 00');
    await shot(page, '09-save-failed');
    await page.unroute('**/api/graphql');

    // Meanwhile someone changes the workplace (here: the same account in another tab).
    const changed = await throughTheApp(
      page,
      'mutation ($id: ID!, $v: Int!, $input: ResourcePersonInput!) { vestUpdateResourcePerson(id: $id, expectedVersion: $v, input: $input) { version } }',
      {
        id: kari.id,
        v: kari.version,
        input: {
          name: 'Kari Nordmann',
          profession: 'NURSE',
          workplaceKind: 'HOME_CARE',
          workplaceName: 'Hjemmesykepleien Sandnes vest',
          municipalityNumber: '1108',
          appointedFrom: new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' }).format(new Date()),
        },
      },
    );
    expect(changed.errors).toBeUndefined();

    await page.getByRole('button', { name: 'Lagre endringene' }).click();
    const notice = page.getByRole('alert').filter({ hasText: 'Noen andre har endret dette mens du redigerte' });
    await notice.waitFor();
    expect(await notice.locator('tr', { hasText: 'Arbeidssted' }).locator('td').allTextContents()).toEqual([
      'Hjemmesykepleien Sandnes øst',
      'Hjemmesykepleien Sandnes vest',
    ]);
    expect(await notice.textContent()).toContain('Endret av vest.redaktor');
    expect(await page.getByLabel('Telefon').inputValue()).toBe('+47 51 00 00 00');
    await shot(page, '10-conflict');

    await page.getByRole('button', { name: 'Legg mine endringer oppå deres og lagre' }).click();
    await page.getByRole('status').filter({ hasText: 'Endringene for Kari Nordmann er lagret.' }).waitFor();
    const saved = (await throughTheApp(page, 'query ($id: ID!) { vestResourcePerson(id: $id) { workplaceName phone version } }', { id: kari.id })).data
      .vestResourcePerson;
    expect(saved).toEqual({ workplaceName: 'Hjemmesykepleien Sandnes vest', phone: '+47 51 00 00 00', version: kari.version + 2 });
  }, 60_000);

  it('imports 200 rows: 3 bad ones are named and nothing is written; fixed, all 200 are written', async () => {
    const before = await vestPersons(page);
    const badFile = path.join(ARTIFACTS, 'medlemsliste-med-feil.csv');
    await writeFile(badFile, memberList(200, { 17: { kommunenummer: '9999' }, 88: { epost: 'ikke-en-epost' }, 150: { til: '31.12.2024' } }));
    await page.goto(app(`#/redigering/${VEST}/import?year=${YEAR}`));
    await page.getByLabel('Velg fil (.xlsx eller .csv)').setInputFiles(badFile);
    await page.getByRole('button', { name: 'Sjekk radene' }).click();
    await page.getByRole('alert').filter({ hasText: '3 av 200 rader har feil' }).waitFor();
    const badRows = page.locator('tr.row--invalid');
    expect(await badRows.locator('th').allTextContents()).toEqual(['19', '90', '152']);
    expect(await badRows.nth(0).locator('td.cell--invalid').textContent()).toContain('Kommunenummeret finnes ikke');
    expect(await badRows.nth(1).locator('td.cell--invalid').textContent()).toContain('Ikke en gyldig e-postadresse.');
    expect(await badRows.nth(2).locator('td.cell--invalid').textContent()).toContain('Sluttdatoen kan ikke være før startdatoen.');
    expect(await page.getByRole('button', { name: /^Importer 200/ }).isDisabled()).toBe(true);
    await shot(page, '11-import-errors');
    expect(await vestPersons(page)).toBe(before);

    const fixedFile = path.join(ARTIFACTS, 'medlemsliste.csv');
    await writeFile(fixedFile, memberList(200));
    await page.getByLabel('Velg fil (.xlsx eller .csv)').setInputFiles(fixedFile);
    await page.getByRole('button', { name: 'Sjekk radene' }).click();
    await page.getByRole('status').filter({ hasText: 'Alle 200 rader er i orden' }).waitFor();
    await page.getByRole('button', { name: 'Importer 200 ressurspersoner' }).click();
    await page.getByRole('status').filter({ hasText: '200 ressurspersoner er importert' }).waitFor();
    await shot(page, '12-imported', false);
    expect(await vestPersons(page)).toBe(before + 200);

    // The register as .xlsx, with the heading the template has.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Eksporter registeret (.xlsx)' }).click();
    expect((await download).suggestedFilename()).toBe(`ressurspersoner-${VEST}.xlsx`);

    // The template, written as .xlsx in the browser, reads back as one good row.
    const templateDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Last ned mal (.xlsx)' }).click();
    const template = path.join(ARTIFACTS, 'ressurspersoner-mal.xlsx');
    await (await templateDownload).saveAs(template);
    await page.getByLabel('Velg fil (.xlsx eller .csv)').setInputFiles(template);
    await page.getByRole('button', { name: 'Sjekk radene' }).click();
    await page.getByRole('status').filter({ hasText: 'Alle 1 rader er i orden' }).waitFor();
    expect(await page.locator('tbody tr').first().textContent()).toContain('Hjemmesykepleien Sandnes øst');
  }, 120_000);

  it('makes the annual report the command makes, to read and to download', async () => {
    await page.goto(app(`#/redigering/${VEST}/arsrapport?year=${YEAR}`));
    await page.getByRole('button', { name: 'Vis årsrapporten' }).click();
    const report = page.frameLocator('iframe.report-frame');
    await report.getByRole('heading', { level: 1 }).filter({ hasText: 'Årsrapport for' }).waitFor();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Last ned (.html)' }).click();
    expect((await download).suggestedFilename()).toBe(`arsrapport-${VEST}-${YEAR}.html`);
    await shot(page, '14-annual-report');
  });

  it('signs out, and the session ends', async () => {
    await page.goto(app('#/redigering'));
    await page.getByRole('banner').getByRole('button', { name: 'Logg ut' }).click();
    // The provider asks whether to end its own session too.
    await page.getByRole('button', { name: 'Ja, logg ut' }).click();
    await page.getByRole('banner').getByRole('button', { name: 'Logg inn' }).waitFor();
    expect(await page.evaluate(async () => (await fetch('/auth/session')).json())).toEqual({ signedIn: false });
  });
});

describe('an Oslo editor in the browser', () => {
  it('sees no Vest edit pages, and a Vest write sent through the app is refused', async () => {
    const { context, page } = await signIn('sorost.redaktor');
    try {
      expect(await page.locator('.card__title').allTextContents()).toEqual(['Palliativt nettverk i Oslo']);
      await page.goto(app(`#/redigering/${VEST}/ressurspersoner/ny?year=${YEAR}`));
      await page.getByRole('heading', { level: 1, name: 'Ikke din region' }).waitFor();
      expect(await page.locator('form').count()).toBe(0);
      await shot(page, '15-oslo-editor-on-vest');

      const before = await vestPersons(page);
      const refused = await throughTheApp(
        page,
        'mutation ($input: ResourcePersonInput!) { vestRegisterResourcePerson(networkId: "vest-helse-stavanger", input: $input) { id } }',
        {
          input: {
            name: 'Ola Uvedkommende',
            profession: 'NURSE',
            workplaceKind: 'HOME_CARE',
            workplaceName: 'Et sted',
            municipalityNumber: '1108',
            appointedFrom: '2025-01-01',
          },
        },
      );
      expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(await vestPersons(page)).toBe(before);
    } finally {
      await context.close();
    }
  }, 60_000);
});

describe('an analyst in the browser', () => {
  it('reads the register without contact details, and cannot edit', async () => {
    const { context, page } = await signIn('analytiker');
    try {
      await page.goto(app(`#/redigering/${VEST}/ressurspersoner?year=${YEAR}`));
      await page.locator('tbody tr', { hasText: 'Kari Nordmann' }).waitFor();
      const headings = await page.locator('thead th').allTextContents();
      expect(headings.join(' ')).not.toMatch(/E-post|Telefon/);
      expect(await page.content()).not.toContain('kari.nordmann@sandnes.kommune.no');
      expect(await page.getByRole('link', { name: 'Registrer ressursperson' }).count()).toBe(0);
      expect(await page.getByRole('link', { name: 'Endringslogg' }).count()).toBe(0);
      await shot(page, '16-analyst-register', false);

      const asked = await throughTheApp(page, `{ network(id: "${VEST}") { resourcePersons { name email } } }`);
      expect(asked.errors?.map((error) => error.extensions?.code)).toContain('FORBIDDEN');
      expect(JSON.stringify(asked.data)).not.toContain('@sandnes.kommune.no');
    } finally {
      await context.close();
    }
  }, 60_000);
});
