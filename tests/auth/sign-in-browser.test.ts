import { findFreePort, REPO_ROOT } from '@pallnet/system';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { launchTestBrowser, TestBrowser } from '../support/browser';
import { startTestSystem } from '../support/system';

/*
 * Signing in as a person does it, in Debian's headless Chromium through the real system: the web
 * app, the local OpenID provider's login page, the gateway and the subgraphs. The page's scripts
 * never see a token; the session cookie is httpOnly; GraphQL goes through the web app, which wants
 * the session's CSRF header; signing out ends the session for good. Screenshots in
 * test-artifacts/auth/.
 */

const ARTIFACTS = path.join(REPO_ROOT, 'test-artifacts', 'auth');
const PERSONS = '{ network(id: "vest-helse-stavanger") { ... on VestNetwork { resourcePersons { name email } } } }';
const REGISTER = `mutation { vestRegisterResourcePerson(networkId: "vest-helse-stavanger", input: {
  name: "Siri Fjellheim", profession: NURSE, workplaceKind: NURSING_HOME, workplaceName: "Lura sykehjem",
  municipalityNumber: "1108", appointedFrom: "2025-01-01", email: "siri.fjellheim@sandnes.kommune.no" }) { id } }`;

type TestSystem = Awaited<ReturnType<typeof startTestSystem>>;

let system: TestSystem;
let browser: TestBrowser;

beforeAll(async () => {
  await mkdir(ARTIFACTS, { recursive: true });
  system = await startTestSystem({ dashboard: { port: await findFreePort() }, identityProvider: true });
  browser = await launchTestBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await system?.stop();
}, 60_000);

/** GraphQL from the page itself, as its scripts would send it; the CSRF header only when given. */
function graphqlFromPage(query: string, csrfToken: string | undefined): Promise<{ status: number; body: any }> {
  return browser.page.evaluate(
    async ({ query, csrfToken }) => {
      const response = await fetch('/api/graphql', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json', ...(csrfToken ? { 'x-csrf-token': csrfToken } : {}) },
        body: JSON.stringify({ query }),
      });
      return { status: response.status, body: await response.json() };
    },
    { query, csrfToken },
  );
}

it('signs the Vest demo editor in on the provider’s login page, keeps every token from the page, and signs out for good', async () => {
  const { page } = browser;
  await page.goto(`${system.dashboardUrl}#/?year=2021`);
  await page.getByRole('heading', { level: 1, name: 'Nasjonal oversikt 2021' }).waitFor();
  await page.getByRole('button', { name: 'Logg inn' }).click();

  // The local provider's own page, in Norwegian.
  await page.getByRole('heading', { level: 1, name: 'Logg inn' }).waitFor();
  expect(new URL(page.url()).origin).toBe(system.identityProvider!.issuer);
  await page.getByLabel('Brukernavn').fill('vest.redaktor');
  await page.getByLabel('Passord').fill('feil-passord');
  await page.getByRole('button', { name: 'Logg inn' }).click();
  await page.getByRole('alert').filter({ hasText: 'Feil brukernavn eller passord.' }).waitFor();
  await page.getByLabel('Passord').fill(system.identityProvider!.demoPassword);
  await page.screenshot({ path: path.join(ARTIFACTS, 'provider-login.png'), fullPage: true });
  await page.getByRole('button', { name: 'Logg inn' }).click();

  // Back on the page they started from, signed in.
  const user = page.getByLabel('Innlogget bruker');
  await user.getByText('Kari Vestbø').waitFor();
  await user.getByText('Redaktør, Helse Vest').waitFor();
  expect(new URL(page.url()).hash).toBe('#/?year=2021');
  // The page's own queries go through the web app with the session: the overview is complete.
  await page.getByRole('heading', { level: 1, name: 'Nasjonal oversikt 2021' }).waitFor();
  await page.getByRole('table', { name: 'Nettverkene i 2021' }).locator('tbody tr', { hasText: 'Palliativt nettverk i Oslo' }).waitFor();
  expect(await page.getByTestId('outage-notice').count()).toBe(0);
  expect(await page.getByText('Fikk ikke svar').count()).toBe(0);
  await page.screenshot({ path: path.join(ARTIFACTS, 'signed-in.png'), fullPage: false });

  // No token anywhere the page's scripts can reach; the session cookie is httpOnly and SameSite.
  // Written as the page's own script (the tests are not typed for the DOM).
  const visible = (await page.evaluate(
    '({ local: JSON.stringify({ ...localStorage }), session: JSON.stringify({ ...sessionStorage }), cookies: document.cookie })',
  )) as {
    local: string;
    session: string;
    cookies: string;
  };
  expect(visible.cookies).toBe('');
  expect(`${visible.local}${visible.session}`).not.toMatch(/eyJ[\w-]+\.[\w-]+/);
  const [sessionCookie, ...others] = (await browser.context.cookies(system.dashboardUrl)).filter((cookie) => cookie.name.includes('pallnet'));
  expect(others).toEqual([]);
  expect(sessionCookie).toMatchObject({ name: 'pallnet-session', httpOnly: true, sameSite: 'Strict', path: '/' });
  const session = (await page.evaluate(async () => (await fetch('/auth/session')).json())) as { csrfToken: string };
  expect(session).toEqual({
    signedIn: true,
    user: { subject: 'vest.redaktor', name: 'Kari Vestbø', role: 'editor', region: 'VEST' },
    csrfToken: expect.any(String),
  });
  expect(JSON.stringify(session)).not.toMatch(/eyJ[\w-]+\.[\w-]+/);

  // Through /api/graphql the page gets the editor's view: a write, and Vest's contact details.
  const registered = await graphqlFromPage(REGISTER, session.csrfToken);
  expect(registered).toMatchObject({ status: 200, body: { data: { vestRegisterResourcePerson: { id: expect.any(String) } } } });
  const persons = await graphqlFromPage(PERSONS, session.csrfToken);
  expect(persons.body.errors).toBeUndefined();
  expect(persons.body.data.network.resourcePersons).toEqual([{ name: 'Siri Fjellheim', email: 'siri.fjellheim@sandnes.kommune.no' }]);

  // The same request without the CSRF header, or with another, is refused before the gateway.
  for (const token of [undefined, 'not-the-session-token']) {
    const refused = await graphqlFromPage(REGISTER, token);
    expect(refused.status).toBe(403);
    expect(refused.body.errors[0].extensions.code).toBe('FORBIDDEN');
  }
  const afterRefusals = await graphqlFromPage(PERSONS, session.csrfToken);
  expect(afterRefusals.body.data.network.resourcePersons).toHaveLength(1);

  // Signing out: the web app's session ends, then the provider's (its own page, in Norwegian).
  await page.getByRole('button', { name: 'Logg ut' }).click();
  await page.getByRole('heading', { name: 'Logge ut av innloggingstjenesten også?' }).waitFor();
  await page.screenshot({ path: path.join(ARTIFACTS, 'provider-logout.png'), fullPage: true });
  await page.getByRole('button', { name: 'Ja, logg ut' }).click();
  await page.getByRole('button', { name: 'Logg inn' }).waitFor();
  expect(new URL(page.url()).origin).toBe(new URL(system.dashboardUrl!).origin);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.screenshot({ path: path.join(ARTIFACTS, 'signed-out.png'), fullPage: false });

  // The old cookie, replayed with the old CSRF token, is anonymous now.
  const replay = { cookie: `${sessionCookie.name}=${sessionCookie.value}`, 'x-csrf-token': session.csrfToken };
  const replayedSession = await fetch(new URL('/auth/session', system.dashboardUrl), { headers: replay });
  expect(await replayedSession.json()).toEqual({ signedIn: false });
  const replayedQuery = await fetch(new URL('/api/graphql', system.dashboardUrl), {
    method: 'POST',
    headers: { ...replay, 'content-type': 'application/json' },
    body: JSON.stringify({ query: PERSONS }),
  });
  const anonymous = (await replayedQuery.json()) as { errors?: Array<{ extensions?: { code?: string } }> };
  expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

  // Signing in again asks for the password: the provider's session ended too.
  await page.getByRole('button', { name: 'Logg inn' }).click();
  await page.getByLabel('Passord').waitFor();
  expect(browser.pageErrors).toEqual([]);
}, 120_000);
