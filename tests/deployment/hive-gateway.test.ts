import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import { environmentPrefixOf, REPO_ROOT, SUBGRAPHS } from '@pallnet/services';
import type { RunningSystem } from '@pallnet/system';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { bearer } from '../support/auth';
import { postGraphQL, queryOk } from '../support/graphql';
import { startTestSystem } from '../support/system';

/*
 * The Hive Gateway configuration shipped as an alternative gateway tier
 * (deploy/hive-gateway/gateway.config.ts) serves the real subgraphs over the committed
 * supergraph: the same answer as our gateway, the subgraphs' secrets sent, the caller's token
 * forwarded, the query limits applied.
 */

const OVERVIEW = '{ networks { id name region memberCount units { name localTerm level } } }';

let system: RunningSystem & { logs(): string };
let hive: { url: string; close(): Promise<void> };
const savedEnv = { ...process.env };

beforeAll(async () => {
  system = await startTestSystem();
  // The configuration reads its environment when loaded, as the Hive Gateway CLI would.
  process.env.SUPERGRAPH_PATH = path.join(REPO_ROOT, 'supergraph.graphql');
  for (const spec of SUBGRAPHS) {
    const prefix = environmentPrefixOf(spec.name);
    process.env[`${prefix}_URL`] = system.service(spec.name).url;
    process.env[`${prefix}_GATEWAY_SECRET`] = system.env[`${prefix}_GATEWAY_SECRET`];
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { gatewayConfig } = require('../../deploy/hive-gateway/gateway.config') as typeof import('../../deploy/hive-gateway/gateway.config');
  const runtime = createGatewayRuntime({ ...gatewayConfig, logging: false } as Parameters<typeof createGatewayRuntime>[0]);
  const server = http.createServer(runtime);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  hive = {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await runtime.dispose();
    },
  };
}, 120_000);

afterAll(async () => {
  await hive?.close();
  await system?.stop();
  process.env = savedEnv;
});

it('answers the national overview as our gateway does', async () => {
  const [ours, theirs] = await Promise.all([queryOk(system.gatewayUrl!, OVERVIEW), queryOk(hive.url, OVERVIEW)]);
  expect(theirs.networks.length).toBeGreaterThanOrEqual(4);
  expect(theirs).toEqual(ours);
});

it('forwards the caller’s token, which the subgraphs verify', async () => {
  const query = '{ network(id: "vest-helse-stavanger") { name resourcePersons { name } } }';
  const anonymous = await postGraphQL(hive.url, query);
  expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  const analyst = await postGraphQL(hive.url, query, {}, await bearer({ role: 'analyst' }));
  expect(analyst.errors).toBeUndefined();
  expect(analyst.data.network.resourcePersons).toEqual(expect.any(Array));
});

it('refuses a query deeper than the limit before asking any subgraph', async () => {
  const deep = `{ networks { units { parent { parent { parent { parent { parent { parent { parent { parent { parent { name } } } } } } } } } } } }`;
  const result = await postGraphQL(hive.url, deep);
  expect(result.data ?? null).toBeNull();
  expect(result.errors?.[0]?.message).toMatch(/depth/i);
});
