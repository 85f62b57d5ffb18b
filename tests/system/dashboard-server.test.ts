import { startDashboardServer } from '@pallnet/system';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/* The dashboard's static server (packages/system/src/dashboard.ts) over a small built site of its own. */

describe('the dashboard server', () => {
  let root: string;
  let server: Awaited<ReturnType<typeof startDashboardServer>>;

  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'pallnet-dashboard-site-'));
    await mkdir(path.join(root, 'dist', 'assets'), { recursive: true });
    await writeFile(path.join(root, 'dist', 'index.html'), '<!doctype html><title>x</title>');
    await writeFile(path.join(root, 'dist', 'assets', 'index-abc.js'), 'console.log(1)');
    await writeFile(path.join(root, 'dist', 'assets', 'index-abc.css'), 'body{}');
    await writeFile(path.join(root, 'secret.txt'), 'outside the site');
    server = await startDashboardServer({ port: 0, gatewayUrl: 'http://localhost:4999/graphql', distDir: path.join(root, 'dist') });
  });

  afterAll(async () => {
    await server?.stop();
    await rm(root, { recursive: true, force: true });
  });

  it('serves the page and its assets with their content types', async () => {
    const page = await fetch(server.url);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(await page.text()).toContain('<title>x</title>');

    const script = await fetch(`${server.origin}/assets/index-abc.js`);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('cache-control')).toContain('immutable');
    expect((await fetch(`${server.origin}/assets/index-abc.css`)).headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('tells the page where the gateway is in /config.json', async () => {
    const response = await fetch(`${server.origin}/config.json`);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await response.json()).toEqual({ gatewayUrl: 'http://localhost:4999/graphql' });
  });

  it('serves nothing outside the built site, and only reads', async () => {
    expect((await fetch(`${server.origin}/missing.js`)).status).toBe(404);
    // An encoded slash survives URL parsing; decoded, it would climb out of the site.
    expect((await fetch(`${server.origin}/..%2fsecret.txt`)).status).toBe(404);
    expect((await fetch(`${server.origin}/assets/..%2f..%2fsecret.txt`)).status).toBe(404);
    expect((await fetch(`${server.origin}/assets`)).status).toBe(404);
    const post = await fetch(server.url, { method: 'POST', body: 'x' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
  });
});
