import { findFreePort, REPO_ROOT } from '@pallnet/system';
import { parse as parseCsv } from 'csv-parse/sync';
import { strFromU8, unzipSync } from 'fflate';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { Page } from 'playwright-core';
import { personInput } from '../editing/support';
import { bearer } from '../support/auth';
import { launchLoopbackBrowser, LoopbackBrowser } from '../support/browser';
import { queryOk } from '../support/graphql';
import { startTestSystem } from '../support/system';

/*
 * The analysts' workbench as an analyst uses it: Debian's Chromium, headless, against the real
 * system (every subgraph, the gateway and the web app), reaching nothing beyond loopback. It runs
 * the preloaded national overview, shows the answer as a table, and the CSV and .xlsx downloads
 * read back. Screenshots are kept in test-artifacts/workbench/.
 */

const ARTIFACTS = path.join(REPO_ROOT, 'test-artifacts', 'workbench');
const REGIONS = ['INNLANDET', 'MIDT', 'SOR_OST', 'VEST'];
const REGISTER_QUERY = '{ network(id: "vest-helse-stavanger") { name resourcePersons { name workplaceName email phone } } }';

type TestSystem = Awaited<ReturnType<typeof startTestSystem>>;

describe('the workbench in headless Chromium, with nothing beyond loopback', () => {
  let system: TestSystem | undefined;
  let browser: LoopbackBrowser | undefined;
  let page: Page;
  // The web app's Content-Security-Policy must let the workbench (workers, inlined fonts) run.
  const policyViolations: string[] = [];

  beforeAll(async () => {
    await mkdir(ARTIFACTS, { recursive: true });
    system = await startTestSystem({ dashboard: { port: await findFreePort() }, identityProvider: true });
    // One resource person with contact details in Vest's register, entered by Vest's own editor.
    await queryOk(
      system.gatewayUrl!,
      `mutation ($input: ResourcePersonInput!) { vestRegisterResourcePerson(networkId: "vest-helse-stavanger", input: $input) { id } }`,
      { input: personInput() },
      await bearer({ role: 'editor', region: 'VEST', subject: 'editor-of-vest' }),
    );
    browser = await launchLoopbackBrowser({ viewport: { width: 1440, height: 1000 } });
    page = browser.page;
    page.setDefaultTimeout(30_000);
    // The guard itself: a request off this machine is refused and recorded (from a blank page:
    // the web app's Content-Security-Policy would stop the request before the network).
    await page.goto('about:blank');
    expect(
      await page.evaluate(() =>
        fetch('https://fonts.googleapis.com/css2?family=Roboto').then(
          () => 'reached',
          () => 'refused',
        ),
      ),
    ).toBe('refused');
    expect(browser.outsideRequests()).toEqual(['https://fonts.googleapis.com/css2?family=Roboto']);
    browser.forgetOutsideRequests();
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) policyViolations.push(message.text());
    });
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  }, 60_000);

  afterEach(() => {
    expect(browser!.pageErrors).toEqual([]);
    expect(policyViolations).toEqual([]);
    expect(browser!.outsideRequests()).toEqual([]);
  });

  const resultList = () => page.getByTestId('result-list');
  const resultTable = () => page.getByTestId('result-table');
  const columnOf = async (column: string) => {
    const headers = await resultTable().locator('thead th').allTextContents();
    const index = headers.indexOf(column);
    expect(index).toBeGreaterThanOrEqual(0);
    return resultTable()
      .locator(`tbody tr td:nth-child(${index + 1})`)
      .allTextContents();
  };
  const run = () => page.getByRole('button', { name: /^Execute query/ }).click();
  const responseText = () => page.locator('.graphiql-response .view-lines').innerText();

  /** Replaces the operation editor's text, as pasting would (no auto-closed brackets). */
  async function typeOperation(text: string) {
    await page.locator('.graphiql-query-editor .monaco-editor').first().click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.keyboard.insertText(text);
    // The editor has it before anything runs (after a sign-in the page has just been loaded again).
    await page.locator('.graphiql-query-editor .view-lines', { hasText: text.slice(-30) }).waitFor();
  }

  it('opens from the dashboard with the examples preloaded, and runs the national overview: all four networks', async () => {
    await page.goto(`${system!.dashboardUrl}#/`);
    await page.getByRole('link', { name: 'Arbeidsbenk' }).click();
    await page.getByRole('heading', { level: 1, name: 'Arbeidsbenk for analytikere' }).waitFor();
    await page.locator('.graphiql-query-editor .monaco-editor').first().waitFor();
    expect(await page.getByTestId('workbench-session').textContent()).toContain('Du er ikke logget inn');
    // The schema is the gateway's live one (its introspection passes the query limits), not the built fallback.
    expect(await page.getByText('Gatewayen ga ikke ut skjemaet').count()).toBe(0);
    // The featured examples open as tabs, the national overview first.
    expect(await page.locator('.graphiql-tab').count()).toBe(4);
    await page.locator('.graphiql-editor-tool .view-lines', { hasText: '"yearMinus4": 2017' }).waitFor();

    await page.getByRole('button', { name: 'Show Eksempler' }).click();
    await page.getByRole('button', { name: 'Nasjonal oversikt' }).click();
    await page.locator('.graphiql-query-editor .view-lines', { hasText: 'query Overview' }).waitFor();
    await page.getByRole('button', { name: 'Hide Eksempler' }).click();
    await run();
    await resultList().waitFor();
    await resultList().selectOption('networks');
    expect(await resultTable().locator('tbody tr').count()).toBe(4);
    expect((await columnOf('region')).sort()).toEqual(REGIONS);
    const names = await columnOf('name');
    expect(names).toContain('Palliativt nettverk i Oslo');
    expect(names).toHaveLength(4);
    await page.screenshot({ path: path.join(ARTIFACTS, 'national-overview.png'), fullPage: true });
  }, 120_000);

  it('downloads the table as CSV and as .xlsx, which read back', async () => {
    const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Last ned CSV' }).click()]);
    expect(csvDownload.suggestedFilename()).toBe('Overview-networks.csv');
    const csvFile = path.join(ARTIFACTS, csvDownload.suggestedFilename());
    await csvDownload.saveAs(csvFile);
    const rows = parseCsv(await readFile(csvFile), { bom: true, columns: true }) as Array<Record<string, string>>;
    expect(rows.map((row) => row.region).sort()).toEqual(REGIONS);
    const oslo = rows.find((row) => row.name === 'Palliativt nettverk i Oslo')!;
    expect(oslo.members).toBe('271');
    expect(oslo.id).toBe('sor-ost-oslo');

    const [xlsxDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Last ned Excel (.xlsx)' }).click()]);
    expect(xlsxDownload.suggestedFilename()).toBe('Overview-networks.xlsx');
    const xlsxFile = path.join(ARTIFACTS, xlsxDownload.suggestedFilename());
    await xlsxDownload.saveAs(xlsxFile);
    const workbook = unzipSync(new Uint8Array(await readFile(xlsxFile)));
    const sheetXml = strFromU8(workbook['xl/worksheets/sheet1.xml']);
    const text = Object.entries(workbook)
      .filter(([name]) => name.startsWith('xl/'))
      .map(([, content]) => strFromU8(content))
      .join('\n');
    expect(text).toContain('Palliativt nettverk i Oslo');
    // Oslo's members as a number Excel can sum, not as text.
    expect(sheetXml).toMatch(/<c r="[A-Z]+\d+"( s="\d+")?( t="n")?><v>271<\/v><\/c>/);
  }, 60_000);

  it('completes, checks and documents against the live schema, and keeps a history', async () => {
    await page.getByRole('button', { name: 'New tab' }).click();
    await typeOperation('{ networks { nam } }');
    // Validation: the unknown field is marked in the editor.
    await page.locator('.graphiql-query-editor .squiggly-error').first().waitFor();

    // Autocompletion: the schema's fields are offered.
    await typeOperation('{ netw');
    await page.keyboard.press('Control+Space');
    await page.locator('.suggest-widget .monaco-list-row', { hasText: 'networks' }).first().waitFor();
    await page.keyboard.press('Escape');

    // Documentation and search.
    await page.getByRole('button', { name: 'Show Documentation Explorer' }).click();
    await page.locator('[data-cy="doc-explorer-input"]').fill('AnnualReport');
    await page
      .locator('.graphiql-doc-explorer-search-type', { hasText: /^AnnualReport$/ })
      .first()
      .click();
    await page.locator('.graphiql-doc-explorer-title', { hasText: 'AnnualReport' }).waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, 'documentation.png') });

    // History: the national overview run in the first test is there.
    await page.getByRole('button', { name: 'Show History' }).click();
    await page.locator('.graphiql-history-item', { hasText: 'Overview' }).first().waitFor();
  }, 60_000);

  it("shows an anonymous user the register's refusal, not its people", async () => {
    await typeOperation(REGISTER_QUERY);
    await run();
    await page.locator('.graphiql-response .view-lines', { hasText: 'UNAUTHENTICATED' }).waitFor();
    expect(await responseText()).not.toContain('Kari Nordmann');
    await page.screenshot({ path: path.join(ARTIFACTS, 'register-anonymous.png'), fullPage: true });
  }, 60_000);

  it('signed in as an analyst through the same session, queries the register and gets no contact details', async () => {
    await page.getByRole('banner').getByRole('button', { name: 'Logg inn' }).click();
    // The local OpenID provider's own login page, on loopback like everything else.
    await page.locator('#username').fill('analytiker');
    await page.locator('#password').fill(system!.identityProvider!.demoPassword);
    await page.getByRole('button', { name: 'Logg inn' }).click();
    await page.getByRole('heading', { level: 1, name: 'Arbeidsbenk for analytikere' }).waitFor();
    expect(new URL(page.url()).hash).toBe('#/arbeidsbenk');
    await page.getByTestId('workbench-session').getByText('Anders Tallberg').waitFor();
    expect(await page.getByTestId('workbench-session').textContent()).toContain('(analytiker)');

    await page.getByRole('button', { name: 'New tab' }).click();
    await typeOperation(REGISTER_QUERY);
    await run();
    await page.locator('.graphiql-response .view-lines', { hasText: 'FORBIDDEN' }).first().waitFor();
    await resultList().selectOption('network.resourcePersons');
    expect(await columnOf('name')).toEqual(['Kari Nordmann']);
    expect(await columnOf('workplaceName')).toEqual(['Hjemmesykepleien Sandnes øst']);
    expect(await columnOf('email')).toEqual(['–']);
    expect(await columnOf('phone')).toEqual(['–']);
    expect(await responseText()).not.toContain('kari.nordmann@');
    expect(await page.content()).not.toContain('kari.nordmann@');
    await page.screenshot({ path: path.join(ARTIFACTS, 'register-analyst.png'), fullPage: true });
  }, 90_000);

  it("points the gateway's own page to the workbench", async () => {
    await page.goto(system!.gatewayUrl!);
    const link = page.getByRole('link', { name: 'Åpne arbeidsbenken' });
    expect(await link.getAttribute('href')).toBe(`${system!.dashboardUrl!.replace(/\/$/, '')}/#/arbeidsbenk`);
    await link.click();
    await page.getByRole('heading', { level: 1, name: 'Arbeidsbenk for analytikere' }).waitFor();
  }, 60_000);
});
