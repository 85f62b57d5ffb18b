/** Where the dashboard finds the gateway, settled at run time, not at build time. */
export interface DashboardConfig {
  gatewayUrl: string;
}

/** `npm start`'s gateway, for a dashboard served without a config.json (vite dev). */
export const DEFAULT_GATEWAY_URL = 'http://localhost:4000/graphql';

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * The gateway URL: the page's `?gateway=` parameter, else `config.json` beside the page (written
 * by the server that serves the dashboard), else the default. A URL that is not http(s) is an
 * error naming where it came from.
 */
export async function loadConfig(pageUrl: string, fetchJson: (url: string) => Promise<unknown>): Promise<DashboardConfig> {
  const fromParameter = new URL(pageUrl).searchParams.get('gateway');
  if (fromParameter !== null) return { gatewayUrl: checkedUrl(fromParameter, 'the gateway parameter in the address') };
  let fromFile: unknown;
  try {
    fromFile = await fetchJson(new URL('config.json', pageUrl).href);
  } catch {
    return { gatewayUrl: DEFAULT_GATEWAY_URL };
  }
  const gatewayUrl = (fromFile as { gatewayUrl?: unknown } | null)?.gatewayUrl;
  if (gatewayUrl === undefined) return { gatewayUrl: DEFAULT_GATEWAY_URL };
  if (typeof gatewayUrl !== 'string') throw new ConfigError('config.json: gatewayUrl must be a string');
  return { gatewayUrl: checkedUrl(gatewayUrl, 'config.json: gatewayUrl') };
}

function checkedUrl(value: string, where: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(`${where} is not a URL: "${value}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new ConfigError(`${where} must be an http or https URL, got "${value}"`);
  return url.href;
}
