import { startWebServer, WebServer } from '@pallnet/web';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

/*
 * The web app's server (packages/web) without sign-in configured: a small built site of its own,
 * and a stand-in gateway that records what reaches it, so what the page's /api/graphql forwards
 * (and what it never forwards) can be seen.
 */

describe('the web app server, anonymous', () => {
  let root: string;
  let server: WebServer;
  let gateway: http.Server;
  const received: Array<{ headers: http.IncomingHttpHeaders; body: string }> = [];

  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'pallnet-web-site-'));
    await mkdir(path.join(root, 'dist', 'assets'), { recursive: true });
    await writeFile(path.join(root, 'dist', 'index.html'), '<!doctype html><title>x</title>');
    await writeFile(path.join(root, 'dist', 'assets', 'index-abc.js'), 'console.log(1)');
    await writeFile(path.join(root, 'secret.txt'), 'outside the site');
    gateway = http.createServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        received.push({ headers: request.headers, body });
        response.writeHead(200, { 'content-type': 'application/json' }).end('{"data":{"ok":true}}');
      });
    });
    await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', resolve));
    server = await startWebServer({
      port: 0,
      host: '127.0.0.1',
      gatewayUrl: `http://127.0.0.1:${(gateway.address() as AddressInfo).port}/graphql`,
      gatewayOrigins: ['http://localhost:4000'],
      distDir: path.join(root, 'dist'),
    });
  });

  afterAll(async () => {
    await server?.stop();
    await new Promise((resolve) => gateway?.close(resolve));
    await rm(root, { recursive: true, force: true });
  });

  it('serves the page and its assets with security headers on every answer', async () => {
    const page = await fetch(server.url);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('cache-control')).toBe('no-cache');
    const csp = page.headers.get('content-security-policy')!;
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("connect-src 'self' http://localhost:4000");
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    const script = await fetch(`${server.origin}/assets/index-abc.js`);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('cache-control')).toContain('immutable');
    const missing = await fetch(`${server.origin}/missing.js`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-security-policy')).toBe(csp);
  });

  it('tells the page to use /api/graphql and which other gateways ?gateway= may name', async () => {
    const response = await fetch(`${server.origin}/config.json`);
    expect(await response.json()).toEqual({ gatewayUrl: '/api/graphql', gatewayOrigins: ['http://localhost:4000'] });
  });

  it('serves nothing outside the built site', async () => {
    expect((await fetch(`${server.origin}/..%2fsecret.txt`)).status).toBe(404);
    expect((await fetch(`${server.origin}/assets/..%2f..%2fsecret.txt`)).status).toBe(404);
  });

  it('answers an anonymous session, and sign-in that is not set up in Norwegian', async () => {
    expect(await (await fetch(`${server.origin}/auth/session`)).json()).toEqual({ signedIn: false });
    const login = await fetch(`${server.origin}/auth/login`, { redirect: 'manual' });
    expect(login.status).toBe(503);
    expect(await login.text()).toContain('Innlogging er ikke satt opp');
  });

  it('forwards anonymous GraphQL without credentials, and an unknown session cookie is anonymous and cleared', async () => {
    received.length = 0;
    const response = await fetch(`${server.origin}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: 'pallnet-session=made-up', authorization: 'Bearer from-the-page' },
      body: JSON.stringify({ query: '{ ok }' }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { ok: true } });
    expect(response.headers.get('set-cookie')).toMatch(/^pallnet-session=;.*Expires=Thu, 01 Jan 1970/);
    expect(received).toHaveLength(1);
    expect(received[0].headers.authorization).toBeUndefined();
    expect(received[0].headers.cookie).toBeUndefined();
    expect(JSON.parse(received[0].body)).toEqual({ query: '{ ok }' });
  });

  it('refuses GraphQL that is not JSON (a cross-site form cannot send it) before the gateway', async () => {
    received.length = 0;
    const response = await fetch(`${server.origin}/api/graphql`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"query":"{ ok }"}' });
    expect(response.status).toBe(415);
    expect(received).toHaveLength(0);
  });
});

describe('the web app server behind https (WEB_PUBLIC_URL)', () => {
  it('names its cookie __Host-, marks it Secure, and sends HSTS', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'pallnet-web-site-'));
    await writeFile(path.join(root, 'index.html'), '<!doctype html><title>x</title>');
    const server = await startWebServer({
      port: 0,
      host: '127.0.0.1',
      publicUrl: 'https://pallnet.example.no',
      gatewayUrl: 'http://127.0.0.1:9/graphql',
      distDir: root,
    });
    try {
      expect(server.url).toBe('https://pallnet.example.no/');
      const response = await fetch(`http://127.0.0.1:${server.port}/auth/session`, { headers: { cookie: '__Host-pallnet-session=ended' } });
      expect(await response.json()).toEqual({ signedIn: false });
      expect(response.headers.get('set-cookie')).toMatch(/^__Host-pallnet-session=;.*Path=\/;.*HttpOnly;.*Secure;.*SameSite=Strict/);
      expect(response.headers.get('strict-transport-security')).toBe('max-age=31536000');
    } finally {
      await server.stop();
      await rm(root, { recursive: true, force: true });
    }
  });
});
