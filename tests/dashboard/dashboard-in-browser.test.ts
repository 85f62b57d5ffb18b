import { findFreePort, REPO_ROOT } from '@pallnet/system';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BrowserContext, chromium, Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../support/browser';
import { startTestSystem } from '../support/system';

/*
 * The reference dashboard as a person uses it: Debian's Chromium, headless, against the real
 * system (every subgraph, the gateway and the dashboard's own server, as `npm start` runs them).
 * Nothing is installed or fetched from the internet; screenshots of the pages are kept in
 * test-artifacts/dashboard/.
 */

const ARTIFACTS = path.join(REPO_ROOT, 'test-artifacts', 'dashboard');

type TestSystem = Awaited<ReturnType<typeof startTestSystem>>;

describe('the dashboard in headless Chromium, against the running system', () => {
  let system: TestSystem | undefined;
  let browser: BrowserContext | undefined;
  let page: Page;
  let userDataDir: string | undefined;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(`No Chromium at ${CHROMIUM}. Install Debian's package with: apt-get update && apt-get install -y chromium (or set CHROMIUM_PATH)`);
    }
    await mkdir(ARTIFACTS, { recursive: true });
    system = await startTestSystem({ dashboard: { port: await findFreePort() } });
    userDataDir = await mkdtemp(path.join(tmpdir(), 'pallnet-chromium-'));
    browser = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: 1440, height: 900 },
      locale: 'nb-NO',
    });
    page = browser.pages()[0] ?? (await browser.newPage());
    page.setDefaultTimeout(20_000);
    page.on('pageerror', (error) => pageErrors.push(error.message));
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await system?.stop();
    if (userDataDir) await rm(userDataDir, { recursive: true, force: true });
  }, 60_000);

  afterEach(() => {
    expect(pageErrors).toEqual([]);
  });

  const overviewTable = () => page.getByRole('table', { name: 'Nettverkene i 2021' });
  const rowOf = (name: string) => overviewTable().locator('tbody tr', { hasText: name });

  it("lists the four networks for 2021 with Oslo's 271 members, sortable from the keyboard", async () => {
    await page.goto(`${system!.dashboardUrl}#/?year=2021`);
    await page.getByRole('heading', { level: 1, name: 'Nasjonal oversikt 2021' }).waitFor();
    await rowOf('Palliativt nettverk i Oslo').waitFor();

    const rows = overviewTable().locator('tbody tr');
    expect(await rows.count()).toBe(4);
    const regions = await overviewTable().locator('tbody tr td:first-child').allTextContents();
    expect(regions.sort()).toEqual(['Helse Midt-Norge', 'Helse Sør-Øst', 'Helse Vest', 'Innlandet']);
    // The first numeric column is members at 31 December.
    expect(await rowOf('Palliativt nettverk i Oslo').locator('td.numeric').first().textContent()).toBe('271');
    expect(await rowOf('Nettverk innen kreftomsorg og lindrende behandling').locator('td.numeric').first().textContent()).toBe('–');
    expect(await page.locator('figure.chart > figcaption').textContent()).toBe('Medlemmer per nettverk, 2017–2021');
    expect(await page.locator('.chart canvas').isVisible()).toBe(true);
    // Coverage as the template defines it, from the regions' registers (unknown for Innlandet, which lists no municipalities).
    expect(await page.locator('button[data-column="coverage"]').textContent()).toContain('Dekning 31.12.2021');
    expect(await rowOf('Ressurssykepleienettverket i palliasjon og kreftomsorg i Innlandet').locator('td').last().textContent()).toBe('–');

    // Sorting by members, with the keyboard only: Oslo first, the unknown ones after it.
    await page.locator('button[data-column="members"]').focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('th:has(button[data-column="members"])').getAttribute('aria-sort')).toBe('descending');
    expect(await rows.first().locator('th').textContent()).toContain('Palliativt nettverk i Oslo');

    await page.screenshot({ path: path.join(ARTIFACTS, 'overview.png'), fullPage: true });
  }, 60_000);

  it("opens a network's page from the overview, with its units in their levels", async () => {
    await page.goto(`${system!.dashboardUrl}#/?year=2021`);
    await page.getByRole('link', { name: /Palliativt nettverk i Oslo/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Palliativt nettverk i Oslo' }).waitFor();
    expect(new URL(page.url()).hash).toBe('#/nettverk/sor-ost-oslo?year=2021');

    const unitsAt = (level: string) => page.locator(`section[data-level="${level}"] .org-unit__name`).allTextContents();
    expect(await unitsAt('STEERING')).toEqual(['Styringsgruppen']);
    expect(await unitsAt('OPERATIONS')).toEqual(['Driftsgruppen']);
    expect(await unitsAt('LOCAL')).toEqual(['Oslo Universitetssykehus sektor', 'Lovisenberg sektor', 'Diakonhjemmet sektor']);
    expect(await page.locator('section[data-level="LOCAL"] h3').textContent()).toContain('Sektornettverk');
    // The annual report's figures and Oslo's own variant (its own query) are there too.
    expect(await page.locator('.figure', { hasText: 'Medlemmer per 31. desember 2021' }).locator('dd').textContent()).toBe('271');
    // Its regional health authority, and why its health trust is not one name from the report.
    expect(await page.locator('.facts div', { hasText: 'Regionalt helseforetak' }).locator('dd').textContent()).toBe('Helse Sør-Øst RHF');
    expect(await page.locator('.source-notes li').textContent()).toContain('Hvert av sykehusene har ansvar for sektornettverket');
    // The template's questions the Oslo report leaves open say so, in the template's words.
    for (const question of ['Kursavgift', 'Reorganisering', 'Samarbeid med andre nettverk', 'Andre enn ressurspersoner invitert til fagdag']) {
      expect(await page.locator('.figure', { hasText: question }).locator('dd').textContent()).toBe('Ikke rapportert');
    }
    await page.getByRole('heading', { name: 'Helse Sør-Øst: sektornettverkene' }).waitFor();
    await page.locator('.card', { hasText: 'Lovisenberg Diakonale Sykehus' }).first().waitFor();

    await page.screenshot({ path: path.join(ARTIFACTS, 'network.png'), fullPage: true });

    // Another region's network, reached with the keyboard: Vest's network groups are local units.
    await page.goto(`${system!.dashboardUrl}#/?year=2021`);
    await page.getByRole('link', { name: /Nettverk innen kreftomsorg og lindrende behandling/ }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Nettverk innen kreftomsorg og lindrende behandling' }).waitFor();
    expect(await unitsAt('STEERING')).toEqual(['Fagråd i palliasjon']);
    expect(await unitsAt('OPERATIONS')).toHaveLength(2);
    expect(await unitsAt('LOCAL')).toContain('Nettverksgruppe Sandnes');
  }, 60_000);

  it('names a stopped region in a notice and still shows the other networks', async () => {
    await system!.stopService('vest');
    await page.goto(`${system!.dashboardUrl}#/?year=2021`);
    await page.reload();
    const notice = page.getByTestId('outage-notice');
    await notice.waitFor();
    expect(await notice.locator('li[data-service="vest"]').textContent()).toContain('Helse Vest er ikke tilgjengelig nå');
    expect(await notice.locator('li').count()).toBe(1);
    await rowOf('Palliativt nettverk i Oslo').waitFor();
    expect(await overviewTable().locator('tbody tr').count()).toBe(3);
    expect(await rowOf('Palliativt nettverk i Oslo').locator('td.numeric').first().textContent()).toBe('271');

    await page.screenshot({ path: path.join(ARTIFACTS, 'overview-region-down.png'), fullPage: true });
  }, 60_000);
});
