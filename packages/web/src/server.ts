import { createTokenVerifier, TokenVerifier } from '@pallnet/subgraph-kit/tokens';
import express, { Request, Response } from 'express';
import { existsSync } from 'node:fs';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import path from 'node:path';
import { timingSafeEqual } from 'node:crypto';
import { WebServerOptions } from './config';
import { OpenIdClient } from './openid';
import { DEFAULT_SESSION_LIMITS, Session, SessionStore, SessionUser } from './sessions';

/** The built dashboard, beside this package: packages/dashboard/dist. */
export const DASHBOARD_DIST_DIR = path.resolve(__dirname, '../../dashboard/dist');
/** Refresh an access token this long before it expires. */
const REFRESH_MARGIN_MS = 60_000;
/** How long /api/graphql waits for the gateway. */
const GATEWAY_TIMEOUT_MS = 30_000;

export interface WebServer {
  /** The page, e.g. http://localhost:4173/ */
  url: string;
  /** The browser origin, e.g. http://localhost:4173 */
  origin: string;
  port: number;
  /** This process's sessions (tests look at their count). */
  sessions: SessionStore;
  stop(): Promise<void>;
}

function parseCookies(header: string | undefined): Record<string, string> {
  const cookies: Record<string, string> = {};
  for (const part of (header ?? '').split(';')) {
    const separator = part.indexOf('=');
    if (separator < 1) continue;
    const name = part.slice(0, separator).trim();
    try {
      cookies[name] ??= decodeURIComponent(part.slice(separator + 1).trim());
    } catch {
      // A cookie that is not ours to read.
    }
  }
  return cookies;
}

function sameSecret(given: unknown, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const [a, b] = [Buffer.from(given), Buffer.from(expected)];
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Only a path of this site: `/…` but not `//host` or `/\host`, which browsers treat as another site. */
export function safeReturnPath(raw: unknown): string {
  if (typeof raw !== 'string' || !raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\') || /[\r\n]/.test(raw)) return '/';
  return raw;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** A plain Norwegian page for what goes wrong during sign-in. */
function messagePage(res: Response, status: number, title: string, text: string): void {
  res
    .status(status)
    .type('html')
    .send(
      `<!doctype html><html lang="nb"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
        `<title>${escapeHtml(title)}</title></head><body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem">` +
        `<h1>${escapeHtml(title)}</h1><p>${escapeHtml(text)}</p><p><a href="/auth/login">Prøv å logge inn igjen</a> · <a href="/">Til forsiden</a></p></body></html>`,
    );
}

/** GraphQL's error shape, for what the web app itself refuses on /api/graphql. */
function graphqlError(res: Response, status: number, code: string, message: string): void {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

/**
 * The web app's server (backend-for-frontend): serves the built dashboard with security headers,
 * signs users in with OpenID Connect (authorization code + PKCE; the tokens stay here, the browser
 * gets an httpOnly SameSite cookie), and forwards the page's GraphQL to the gateway with the
 * user's access token, refreshed before it expires. See SESSION-CONTRACT in the README.
 */
export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const logger = options.logger ?? console;
  const root = path.resolve(options.distDir ?? DASHBOARD_DIST_DIR);
  if (!existsSync(path.join(root, 'index.html'))) throw new Error(`The dashboard is not built (${root}/index.html is missing): run npm run build`);
  const sessions = new SessionStore({ ...DEFAULT_SESSION_LIMITS, ...options.sessionLimits });
  const verifier: TokenVerifier | undefined = options.tokenKeys ? createTokenVerifier(options.tokenKeys) : undefined;
  const gatewayOrigins = options.gatewayOrigins ?? [];

  // Set once the port is known (publicUrl defaults to it).
  let publicUrl = '';
  let secure = false;
  let openId: OpenIdClient | undefined;
  const sessionCookie = () => (secure ? '__Host-pallnet-session' : 'pallnet-session');
  const LOGIN_COOKIE = 'pallnet-login';

  const app = express();
  app.disable('x-powered-by');
  // Proxies may add X-Forwarded-*; the public URL is configured instead of trusted from them.
  app.set('trust proxy', false);

  const providerOrigin = options.signIn ? new URL(options.signIn.issuer).origin : undefined;
  const contentSecurityPolicy = [
    "default-src 'self'",
    "script-src 'self'",
    // React and Chart.js set style attributes; no script runs from them.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    // The workbench's GraphiQL and Monaco styles carry their fonts inline as data: URLs (from our
    // own bundle; nothing is loaded from outside).
    "font-src 'self' data:",
    `connect-src 'self'${gatewayOrigins.map((entry) => ` ${entry}`).join('')}`,
    "frame-ancestors 'none'",
    "base-uri 'self'",
    `form-action 'self'${providerOrigin ? ` ${providerOrigin}` : ''}`,
    "object-src 'none'",
  ].join('; ');
  app.use((_req, res, next) => {
    res.set({
      'content-security-policy': contentSecurityPolicy,
      'x-frame-options': 'DENY',
      'referrer-policy': 'no-referrer',
      'x-content-type-options': 'nosniff',
      'cross-origin-opener-policy': 'same-origin',
      'permissions-policy': 'camera=(), microphone=(), geolocation=()',
    });
    if (secure) res.set('strict-transport-security', 'max-age=31536000');
    next();
  });

  const sessionOf = (req: Request): Session | undefined => sessions.get(parseCookies(req.headers.cookie)[sessionCookie()]);
  const clearSessionCookie = (res: Response) => res.clearCookie(sessionCookie(), { path: '/', httpOnly: true, secure, sameSite: 'strict' });

  // One refresh at a time per session: parallel requests wait for the same one.
  const refreshing = new WeakMap<Session, Promise<void>>();
  async function freshAccessToken(session: Session): Promise<string | undefined> {
    if (session.accessTokenExpiresAt - REFRESH_MARGIN_MS > Date.now()) return session.accessToken;
    if (!session.refreshToken || !openId) return undefined;
    let refresh = refreshing.get(session);
    if (!refresh) {
      refresh = openId.refresh(session.refreshToken, session.idToken).then((tokens) => {
        session.accessToken = tokens.accessToken;
        session.accessTokenExpiresAt = tokens.accessTokenExpiresAt;
        session.refreshToken = tokens.refreshToken;
        session.idToken = tokens.idToken;
      });
      refreshing.set(session, refresh);
      refresh.finally(() => refreshing.delete(session)).catch(() => undefined);
    }
    try {
      await refresh;
      return session.accessToken;
    } catch (error) {
      logger.warn(`[web] refreshing ${session.user.subject}'s access token failed: ${(error as Error).message}; the session ends`);
      return undefined;
    }
  }

  app.get('/health', (_req, res) => {
    res.set('cache-control', 'no-store').json({ status: 'ok' });
  });

  app.get('/config.json', (_req, res) => {
    res.set('cache-control', 'no-store').json({ gatewayUrl: '/api/graphql', gatewayOrigins });
  });

  app.get('/auth/session', (req, res) => {
    res.set('cache-control', 'no-store');
    const session = sessionOf(req);
    if (!session) {
      if (parseCookies(req.headers.cookie)[sessionCookie()]) clearSessionCookie(res);
      res.json({ signedIn: false });
      return;
    }
    const user: SessionUser = session.user;
    res.json({ signedIn: true, user, csrfToken: session.csrfToken });
  });

  app.get('/auth/login', async (req, res) => {
    if (!openId) {
      messagePage(
        res,
        503,
        'Innlogging er ikke satt opp',
        'Denne installasjonen har ingen OpenID Connect-leverandør (OIDC_ISSUER). Sidene uten innlogging virker som før.',
      );
      return;
    }
    try {
      const { url, codeVerifier, state, nonce } = await openId.startLogin();
      const login = sessions.startLogin({ state, nonce, codeVerifier, returnTo: safeReturnPath(req.query.returnTo) });
      // Lax: the provider sends the browser back with a top-level GET from its own site.
      res.cookie(LOGIN_COOKIE, login.id, { path: '/auth', httpOnly: true, secure, sameSite: 'lax', maxAge: 10 * 60_000 });
      res.redirect(302, url.href);
    } catch (error) {
      logger.error(`[web] sign-in cannot start: ${(error as Error).message}`);
      messagePage(res, 502, 'Innloggingen er ikke tilgjengelig', 'Innloggingstjenesten svarer ikke akkurat nå. Prøv igjen om litt.');
    }
  });

  app.get('/auth/callback', async (req, res) => {
    const login = sessions.takeLogin(parseCookies(req.headers.cookie)[LOGIN_COOKIE]);
    res.clearCookie(LOGIN_COOKIE, { path: '/auth', httpOnly: true, secure, sameSite: 'lax' });
    if (!openId || !verifier) return messagePage(res, 503, 'Innlogging er ikke satt opp', 'Denne installasjonen har ingen OpenID Connect-leverandør.');
    if (!login) {
      return messagePage(res, 400, 'Innloggingen kunne ikke fullføres', 'Innloggingen er utløpt eller ble startet i en annen nettleser. Start den på nytt.');
    }
    if (typeof req.query.error === 'string') {
      const description = typeof req.query.error_description === 'string' ? req.query.error_description : req.query.error;
      return messagePage(res, 400, 'Innloggingen ble avbrutt', `Innloggingstjenesten svarte: ${description}`);
    }
    let session: Session;
    try {
      const tokens = await openId.finishLogin(new URL(req.originalUrl, publicUrl), login);
      // The same rules as the gateway's: a user the gateway would refuse is not signed in here either.
      const { viewer } = await verifier.verify(tokens.accessToken);
      const claims = tokens.idClaims;
      const nameClaim = options.signIn?.nameClaim ?? 'name';
      const given = [claims.given_name, claims.family_name].filter((part) => typeof part === 'string').join(' ');
      const name = typeof claims[nameClaim] === 'string' ? (claims[nameClaim] as string) : given || viewer.subject;
      session = sessions.create({
        user: { subject: viewer.subject, name, role: viewer.role, region: viewer.region },
        accessToken: tokens.accessToken,
        accessTokenExpiresAt: tokens.accessTokenExpiresAt,
        refreshToken: tokens.refreshToken,
        idToken: tokens.idToken,
      });
    } catch (error) {
      const message = (error as Error).message;
      logger.warn(`[web] sign-in refused: ${message}`);
      const noAccess = /^Invalid token: (role|an editor|region)/.test(message);
      return messagePage(
        res,
        noAccess ? 403 : 400,
        noAccess ? 'Du har ikke tilgang' : 'Innloggingen kunne ikke fullføres',
        noAccess
          ? 'Brukeren din har ingen rolle som redaktør eller analytiker her. Kontakt den som administrerer tilgangene.'
          : 'Svaret fra innloggingstjenesten kunne ikke godtas. Prøv igjen.',
      );
    }
    res.cookie(sessionCookie(), session.id, { path: '/', httpOnly: true, secure, sameSite: 'strict' });
    res.redirect(302, login.returnTo);
  });

  app.post('/auth/logout', async (req, res) => {
    res.set('cache-control', 'no-store');
    const session = sessionOf(req);
    if (session && !sameSecret(req.get('x-csrf-token'), session.csrfToken)) {
      res.status(403).json({ error: 'Forespørselen mangler øktens sikkerhetsnøkkel (x-csrf-token): last siden på nytt' });
      return;
    }
    clearSessionCookie(res);
    if (!session) {
      res.json({ signedIn: false });
      return;
    }
    sessions.delete(session.id);
    if (session.refreshToken && openId) {
      openId.revoke(session.refreshToken).catch((error: Error) => logger.warn(`[web] revoking a refresh token at sign-out failed: ${error.message}`));
    }
    const endSessionUrl = openId ? await openId.endSessionUrl(session.idToken).catch(() => undefined) : undefined;
    res.json({ signedIn: false, ...(endSessionUrl ? { endSessionUrl } : {}) });
  });

  app.post('/api/graphql', express.json({ limit: '1mb' }), async (req, res) => {
    if (!req.is('application/json') || req.body === undefined) {
      return graphqlError(res, 415, 'BAD_REQUEST', 'Send GraphQL as JSON (content-type: application/json)');
    }
    const session = sessionOf(req);
    const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
    if (session) {
      if (!sameSecret(req.get('x-csrf-token'), session.csrfToken)) {
        return graphqlError(res, 403, 'FORBIDDEN', 'Forespørselen mangler øktens sikkerhetsnøkkel (x-csrf-token): last siden på nytt');
      }
      const accessToken = await freshAccessToken(session);
      if (!accessToken) {
        sessions.delete(session.id);
        clearSessionCookie(res);
        return graphqlError(res, 401, 'UNAUTHENTICATED', 'Økten er utløpt: logg inn på nytt');
      }
      headers.authorization = `Bearer ${accessToken}`;
    } else if (parseCookies(req.headers.cookie)[sessionCookie()]) {
      // A cookie of a session that has ended (signed out, expired, replayed): anonymous from now on.
      clearSessionCookie(res);
    }
    if (req.ip) headers['x-forwarded-for'] = req.ip;
    try {
      const answer = await fetch(options.gatewayUrl, {
        method: 'POST',
        headers,
        body: JSON.stringify(req.body),
        signal: AbortSignal.timeout(GATEWAY_TIMEOUT_MS),
      });
      res
        .status(answer.status)
        .type(answer.headers.get('content-type') ?? 'application/json')
        .set('cache-control', 'no-store');
      const retryAfter = answer.headers.get('retry-after');
      if (retryAfter) res.set('retry-after', retryAfter);
      res.send(Buffer.from(await answer.arrayBuffer()));
    } catch (error) {
      logger.error(`[web] the gateway did not answer: ${(error as Error).message}`);
      graphqlError(res, 502, 'GATEWAY_UNAVAILABLE', 'Den nasjonale tjenesten svarer ikke akkurat nå');
    }
  });

  app.use(
    express.static(root, {
      index: 'index.html',
      dotfiles: 'ignore',
      setHeaders(res, file) {
        // Vite names the assets by their content hash; the page itself must always be fresh.
        res.set('cache-control', file.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    }),
  );
  app.use((_req, res) => {
    res.status(404).type('text').send('Not found\n');
  });

  const httpServer = http.createServer(app);
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port, options.host, () => {
      httpServer.off('error', reject);
      resolve();
    });
  });
  const { port } = httpServer.address() as AddressInfo;
  publicUrl = (options.publicUrl ?? `http://localhost:${port}`).replace(/\/$/, '');
  secure = publicUrl.startsWith('https://');
  if (options.signIn) {
    openId = new OpenIdClient({
      ...options.signIn,
      redirectUri: `${publicUrl}/auth/callback`,
      postLogoutRedirectUri: `${publicUrl}/`,
    });
  }
  const sweeper = setInterval(() => sessions.sweep(), 60_000);
  sweeper.unref();
  return {
    url: `${publicUrl}/`,
    origin: publicUrl,
    port,
    sessions,
    stop: () =>
      new Promise<void>((done) => {
        clearInterval(sweeper);
        httpServer.close(() => done());
        httpServer.closeAllConnections();
      }),
  };
}
