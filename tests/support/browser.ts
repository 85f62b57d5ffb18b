import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BrowserContext, chromium, Page } from 'playwright-core';

/* Debian's headless Chromium through playwright-core, as the browser tests use it: nothing is fetched. */

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// Without the background-networking flags Chromium keeps trying to reach Google's hosts.
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface TestBrowser {
  context: BrowserContext;
  page: Page;
  /** Errors thrown by the pages' scripts. */
  pageErrors: string[];
  close(): Promise<void>;
}

/** A fresh profile in a temporary directory, Norwegian locale, a laptop's window (or `viewport`). */
export async function launchTestBrowser(options: { extraArgs?: string[]; viewport?: { width: number; height: number } } = {}): Promise<TestBrowser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`No Chromium at ${CHROMIUM}. Install Debian's package with: apt-get update && apt-get install -y chromium (or set CHROMIUM_PATH)`);
  }
  const userDataDir = await mkdtemp(path.join(tmpdir(), 'pallnet-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_ARGS, ...(options.extraArgs ?? [])],
    viewport: options.viewport ?? { width: 1440, height: 900 },
    locale: 'nb-NO',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(20_000);
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  return {
    context,
    page,
    pageErrors,
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** True for an address on this machine, or one that never leaves the browser (data:, blob:). */
export function isLoopback(address: string): boolean {
  const url = new URL(address);
  return url.protocol === 'data:' || url.protocol === 'blob:' || LOOPBACK_HOSTS.has(url.hostname);
}

export interface LoopbackBrowser extends TestBrowser {
  /** Every address off this machine the browser tried to reach (each request was refused). */
  outsideRequests(): string[];
  /** Forgets the refused requests so far (after the guard's own check). */
  forgetOutsideRequests(): void;
}

/**
 * launchTestBrowser's browser, able to reach nothing beyond loopback: every request is routed
 * through the test, which lets loopback through and refuses and records the rest, and the
 * resolver answers no other host name, so nothing slips past the route (a worker, a font).
 */
export async function launchLoopbackBrowser(options: { viewport?: { width: number; height: number } } = {}): Promise<LoopbackBrowser> {
  const browser = await launchTestBrowser({ ...options, extraArgs: ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1'] });
  const outside = new Set<string>();
  await browser.context.route('**/*', (route) => {
    const address = route.request().url();
    if (isLoopback(address)) return route.continue();
    outside.add(address);
    return route.abort('blockedbyclient');
  });
  browser.context.on('request', (request) => {
    if (!isLoopback(request.url())) outside.add(request.url());
  });
  return { ...browser, outsideRequests: () => [...outside], forgetOutsideRequests: () => outside.clear() };
}
