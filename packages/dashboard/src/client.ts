import { cacheExchange, Client, fetchExchange } from '@urql/core';

/**
 * The GraphQL client of the dashboard. POST for every operation: the gateway's CSRF prevention
 * refuses a GET without a preflight header, and POST with JSON is what its CORS allows.
 */
export function createGatewayClient(gatewayUrl: string): Client {
  return new Client({
    url: gatewayUrl,
    exchanges: [cacheExchange, fetchExchange],
    preferGetMethod: false,
    requestPolicy: 'cache-and-network',
  });
}
