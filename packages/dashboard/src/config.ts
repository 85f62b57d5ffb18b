/** Where the dashboard sends its GraphQL, settled at run time, not at build time. */
export interface DashboardConfig {
  gatewayUrl: string;
  /**
   * True when the page talks to its own server (`/api/graphql`, the web app's backend), which adds
   * the signed-in user's token; false for a gateway elsewhere, which never gets credentials.
   */
  withSession: boolean;
}

/** `npm start`'s gateway, for a dashboard served without a config.json (vite dev). */
export const DEFAULT_GATEWAY_URL = 'http://localhost:4000/graphql';

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * The GraphQL endpoint: `config.json` beside the page (written by the web app's server:
 * `/api/graphql` on the page's own origin), else the default. The page's `?gateway=` parameter
 * (development) overrides it only for an origin config.json lists in `gatewayOrigins`, and then
 * without credentials. A URL that is not http(s) is an error naming where it came from.
 */
export async function loadConfig(pageUrl: string, fetchJson: (url: string) => Promise<unknown>): Promise<DashboardConfig> {
  const page = new URL(pageUrl);
  let fromFile: unknown;
  try {
    fromFile = await fetchJson(new URL('config.json', pageUrl).href);
  } catch {
    fromFile = undefined;
  }
  const file = (fromFile ?? {}) as { gatewayUrl?: unknown; gatewayOrigins?: unknown };
  const fromParameter = page.searchParams.get('gateway');
  if (fromParameter !== null) {
    const url = checkedUrl(fromParameter, 'the gateway parameter in the address', page);
    const allowed = Array.isArray(file.gatewayOrigins) ? file.gatewayOrigins.filter((entry): entry is string => typeof entry === 'string') : [];
    if (!allowed.includes(new URL(url).origin)) {
      throw new ConfigError(
        `the gateway parameter in the address points at ${new URL(url).origin}, which this server does not allow` +
          (allowed.length ? ` (allowed: ${allowed.join(', ')})` : ' (no other gateway is allowed: DASHBOARD_GATEWAY_ORIGINS)'),
      );
    }
    return { gatewayUrl: url, withSession: false };
  }
  if (file.gatewayUrl === undefined) return { gatewayUrl: DEFAULT_GATEWAY_URL, withSession: false };
  if (typeof file.gatewayUrl !== 'string') throw new ConfigError('config.json: gatewayUrl must be a string');
  const gatewayUrl = checkedUrl(file.gatewayUrl, 'config.json: gatewayUrl', page);
  return { gatewayUrl, withSession: new URL(gatewayUrl).origin === page.origin };
}

function checkedUrl(value: string, where: string, page: URL): string {
  let url: URL;
  try {
    // Only a path (`/api/graphql`) is taken relative to the page; anything else must be a whole URL.
    url = value.startsWith('/') && !value.startsWith('//') ? new URL(value, page) : new URL(value);
  } catch {
    throw new ConfigError(`${where} is not a URL: "${value}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new ConfigError(`${where} must be an http or https URL, got "${value}"`);
  return url.href;
}
