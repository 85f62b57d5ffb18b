import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BrowserContext, chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Headless Chromium's flags for tests; without the background-networking ones it keeps trying to reach Google's hosts. */
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

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** True for an address on this machine, or one that never leaves the browser (data:, blob:). */
export function isLoopback(address: string): boolean {
  const url = new URL(address);
  return url.protocol === 'data:' || url.protocol === 'blob:' || LOOPBACK_HOSTS.has(url.hostname);
}

export interface LoopbackBrowser {
  context: BrowserContext;
  /** Every address off this machine the browser tried to reach (each request was refused). */
  outsideRequests(): string[];
  /** Forgets the refused requests so far (after the guard's own check). */
  forgetOutsideRequests(): void;
  close(): Promise<void>;
}

/**
 * Debian's headless Chromium that can reach nothing beyond loopback: every request is routed
 * through the test, which lets loopback through and refuses and records the rest, and the
 * resolver answers no other host name, so nothing slips past the route (a worker, a font).
 */
export async function launchLoopbackChromium(): Promise<LoopbackBrowser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`No Chromium at ${CHROMIUM}. Install Debian's package with: apt-get update && apt-get install -y chromium (or set CHROMIUM_PATH)`);
  }
  const userDataDir = await mkdtemp(path.join(tmpdir(), 'pallnet-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_ARGS, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1'],
    viewport: { width: 1440, height: 1000 },
    locale: 'nb-NO',
    acceptDownloads: true,
  });
  const outside = new Set<string>();
  await context.route('**/*', (route) => {
    const address = route.request().url();
    if (isLoopback(address)) return route.continue();
    outside.add(address);
    return route.abort('blockedbyclient');
  });
  context.on('request', (request) => {
    if (!isLoopback(request.url())) outside.add(request.url());
  });
  return {
    context,
    outsideRequests: () => [...outside],
    forgetOutsideRequests: () => outside.clear(),
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}
