import { cacheExchange, Client, fetchExchange } from '@urql/core';
import type { DashboardConfig } from './config';

/** Reads the signed-in session's CSRF token at the moment of each request (it changes on sign-in and sign-out). */
export type CsrfTokenSource = () => string | undefined;

/**
 * The GraphQL client of the dashboard. POST for every operation: the gateway's CSRF prevention
 * refuses a GET without a preflight header. To the page's own server (`/api/graphql`) it sends the
 * session cookie (same origin only) and the session's `x-csrf-token`; the server adds the user's
 * token. To any other gateway (`?gateway=`) it sends no credentials at all.
 */
export function createGatewayClient(config: DashboardConfig, csrfToken: CsrfTokenSource = () => undefined): Client {
  return new Client({
    url: config.gatewayUrl,
    exchanges: [cacheExchange, fetchExchange],
    preferGetMethod: false,
    requestPolicy: 'cache-and-network',
    fetchOptions: (): RequestInit => {
      if (!config.withSession) return { credentials: 'omit' };
      const token = csrfToken();
      const headers: Record<string, string> = token ? { 'x-csrf-token': token } : {};
      return { credentials: 'same-origin', headers };
    },
  });
}
