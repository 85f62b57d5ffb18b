import type { RunningSystem } from '@pallnet/system';
import type { GraphQLResponse } from './graphql';

/*
 * Signing in as a demo user without a browser: the same HTTP conversation a browser has with the
 * web app (/auth/login), the local OpenID provider (its login form, consent) and back
 * (/auth/callback), with a small cookie jar per host. For tests of editors' pages and APIs through
 * /api/graphql; start the system with `startTestSystem({ dashboard: …, identityProvider: true })`.
 */

export interface SignedInSession {
  /** The user as GET /auth/session reports them. */
  user: { subject: string; name: string; role: 'editor' | 'analyst'; region: string | null };
  csrfToken: string;
  /** The session cookie's `name=value`, e.g. to replay it after sign-out. */
  cookie: string;
  /** fetch against the web app (a path like `/auth/session`, or a URL) with the session cookie. */
  fetch(pathOrUrl: string, init?: RequestInit): Promise<Response>;
  /** A GraphQL operation through the web app's /api/graphql with the cookie and the CSRF header. */
  graphql<TData = any>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<TData>>;
  /** POST /auth/logout with the CSRF header. */
  signOut(): Promise<Response>;
}

/** Cookies by host, as a browser keeps them (paths ignored: enough for these two servers). */
class CookieJar {
  private readonly byHost = new Map<string, Map<string, string>>();

  header(url: URL): string | undefined {
    const cookies = this.byHost.get(url.host);
    return cookies && cookies.size ? [...cookies].map(([name, value]) => `${name}=${value}`).join('; ') : undefined;
  }

  store(url: URL, response: Response): void {
    const cookies = this.byHost.get(url.host) ?? new Map<string, string>();
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const separator = pair.indexOf('=');
      const [name, value] = [pair.slice(0, separator).trim(), pair.slice(separator + 1).trim()];
      if (value === '' || /expires=Thu, 01 Jan 1970/i.test(line) || /max-age=0\b/i.test(line)) cookies.delete(name);
      else cookies.set(name, value);
    }
    this.byHost.set(url.host, cookies);
  }

  get(url: URL, name: string): string | undefined {
    return this.byHost.get(url.host)?.get(name);
  }
}

async function request(jar: CookieJar, url: URL, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  const cookie = jar.header(url);
  if (cookie) headers.set('cookie', cookie);
  const response = await fetch(url, { ...init, headers, redirect: 'manual' });
  jar.store(url, response);
  return response;
}

/**
 * Signs in as a demo account (`vest.redaktor`, `analytiker`, …) on the system's local provider and
 * returns the web app session. Fails with what the provider or web app answered otherwise.
 */
export async function signInAs(system: RunningSystem, username: string, options: { password?: string; returnTo?: string } = {}): Promise<SignedInSession> {
  const web = system.dashboardUrl;
  const provider = system.identityProvider;
  if (!web || !provider) throw new Error('signInAs needs a system started with a dashboard and identityProvider: true');
  const password = options.password ?? provider.demoPassword;
  const jar = new CookieJar();
  const webUrl = new URL(web);

  let url = new URL(`/auth/login?returnTo=${encodeURIComponent(options.returnTo ?? '/')}`, webUrl);
  let response = await request(jar, url);
  for (let step = 0; step < 12; step += 1) {
    if (response.status === 200 && url.origin === new URL(provider.issuer).origin) {
      const html = await response.text();
      const action = /<form method="post" action="([^"]+)"/.exec(html)?.[1];
      if (!action) throw new Error(`The provider's page has no login form: ${html.slice(0, 300)}`);
      url = new URL(action.replace(/&amp;/g, '&'), url);
      response = await request(jar, url, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ username, password }).toString(),
      });
      if (response.status === 401) throw new Error(`The provider refused ${username}: wrong user name or password`);
      continue;
    }
    const location = response.headers.get('location');
    if (response.status < 300 || response.status >= 400 || !location) {
      throw new Error(`Sign-in stopped at ${url.href} with HTTP ${response.status}: ${(await response.text()).slice(0, 300)}`);
    }
    url = new URL(location, url);
    if (url.origin === webUrl.origin && !url.pathname.startsWith('/auth/')) break;
    response = await request(jar, url);
  }

  const session = (await (await request(jar, new URL('/auth/session', webUrl))).json()) as {
    signedIn: boolean;
    user: SignedInSession['user'];
    csrfToken: string;
  };
  if (!session.signedIn) throw new Error(`Signed in at the provider as ${username}, but the web app has no session`);
  const cookieName = ['__Host-pallnet-session', 'pallnet-session'].find((name) => jar.get(webUrl, name));
  const cookie = `${cookieName}=${jar.get(webUrl, cookieName!)}`;
  const sessionFetch = (pathOrUrl: string, init: RequestInit = {}) => request(jar, new URL(pathOrUrl, webUrl), init);
  return {
    user: session.user,
    csrfToken: session.csrfToken,
    cookie,
    fetch: sessionFetch,
    async graphql(query, variables = {}) {
      const answer = await sessionFetch('/api/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken },
        body: JSON.stringify({ query, variables }),
      });
      return (await answer.json()) as GraphQLResponse;
    },
    signOut: () => sessionFetch('/auth/logout', { method: 'POST', headers: { 'x-csrf-token': session.csrfToken } }),
  };
}
