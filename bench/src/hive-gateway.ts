/**
 * Hive Gateway, the peer the benchmark compares with: the committed supergraph served by
 * @graphql-hive/gateway-runtime with @graphql-mesh/transport-http, in its own process (like our
 * gateway), with its defaults. Started by `startHiveGateway`; reads PORT, SUPERGRAPH_PATH,
 * `<NAME>_URL` per subgraph, SUBGRAPH_HEADERS (JSON: headers by subgraph name) and
 * HIVE_DEDUPLICATION=false (no sharing of identical in-flight subgraph requests:
 * deduplicateInflightRequests: false) from the environment.
 */
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import http from 'node:http';
import { readFileSync } from 'node:fs';
import { SUBGRAPHS, subgraphUrlVariableFor } from '@pallnet/services';

const supergraph = readFileSync(process.env.SUPERGRAPH_PATH!, 'utf8');
const headers = JSON.parse(process.env.SUBGRAPH_HEADERS ?? '{}') as Record<string, Record<string, string>>;
const transportEntries = Object.fromEntries(
  SUBGRAPHS.map(({ name }) => [
    name,
    {
      location: process.env[subgraphUrlVariableFor(name)],
      headers: Object.entries(headers[name] ?? {}),
      options: { deduplicateInflightRequests: process.env.HIVE_DEDUPLICATION !== 'false' },
    },
  ]),
);

const gateway = createGatewayRuntime({ supergraph, transportEntries, logging: false, landingPage: false, graphiql: false });
const server = http.createServer(gateway);
server.listen(Number(process.env.PORT), '127.0.0.1', () => console.log('ready'));
const stop = () => server.close(() => Promise.resolve(gateway.dispose()).then(() => process.exit(0)));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
