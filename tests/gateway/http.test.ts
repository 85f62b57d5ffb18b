import { createGateway, RunningGateway, SubgraphErrorCode } from '@pallnet/gateway';
import { PortInUseError } from '@pallnet/subgraph-kit';
import express from 'express';
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { postGraphQL } from '../support/graphql';
import {
  alphaTypeDefs,
  betaTypeDefs,
  catalogResolvers,
  catalogTypeDefs,
  composeInline,
  InlineSubgraph,
  recordingLogger,
  regionResolvers,
  startInlineSubgraph,
} from './inline-subgraphs';

const NETWORKS = '{ networks { id name } }';

let catalog: InlineSubgraph;
let alpha: InlineSubgraph;
let beta: InlineSubgraph;
let supergraphSdl: string;

beforeAll(async () => {
  catalog = await startInlineSubgraph('catalog', catalogTypeDefs, catalogResolvers);
  alpha = await startInlineSubgraph('alpha', alphaTypeDefs, regionResolvers('AlphaNetwork', 'Alpha'));
  beta = await startInlineSubgraph('beta', betaTypeDefs, regionResolvers('BetaNetwork', 'Beta'));
  supergraphSdl = composeInline([catalog, alpha, beta]);
});

afterAll(async () => {
  await Promise.all([catalog, alpha, beta].map((subgraph) => subgraph?.stop()));
});

/** Starts a gateway for one test and stops it afterwards, whatever happens. */
async function withGateway(options: Partial<Parameters<typeof createGateway>[0]>, test: (gateway: RunningGateway) => Promise<void>) {
  const gateway = await createGateway({ port: 0, supergraphSdl, logger: recordingLogger(), ...options });
  try {
    await test(gateway);
  } finally {
    await gateway.stop();
  }
}

/** A stand-in for alpha that answers every request with the given status and body. */
async function startFixedAnswer(status: number, contentType: string, body: string) {
  const app = express();
  app.use((_req, res) => {
    res.status(status).type(contentType).send(body);
  });
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('CORS', () => {
  it('allows the configured origins and no others', () =>
    withGateway({ corsOrigins: ['http://dashboard.example'] }, async (gateway) => {
      const preflight = (origin: string) =>
        fetch(gateway.url, {
          method: 'OPTIONS',
          headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
        });
      expect((await preflight('http://dashboard.example')).headers.get('access-control-allow-origin')).toBe('http://dashboard.example');
      expect((await preflight('http://elsewhere.example')).headers.get('access-control-allow-origin')).toBeNull();
    }));

  it('allows the dashboard’s dev server by default', () =>
    withGateway({}, async (gateway) => {
      const response = await fetch(new URL('/health', gateway.url), { headers: { origin: 'http://localhost:4173' } });
      expect(response.headers.get('access-control-allow-origin')).toBe('http://localhost:4173');
    }));
});

describe('Apollo Server settings', () => {
  it('blocks simple requests that a browser could send cross-site (CSRF prevention)', () =>
    withGateway({}, async (gateway) => {
      const response = await fetch(`${gateway.url}?query=${encodeURIComponent(NETWORKS)}`);
      expect(response.status).toBe(400);
      expect(await response.text()).toMatch(/Cross-Site Request Forgery/);
    }));

  it('answers introspection in development and refuses it in production', async () => {
    const introspection = '{ __schema { queryType { name } } }';
    await withGateway({}, async (gateway) => {
      expect((await postGraphQL(gateway.url, introspection)).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    });
    // Production insists on keys and secrets of its own.
    const production = {
      production: true,
      tokenKeys: { secrets: [randomBytes(32).toString('hex')], publicKeys: [], development: false },
      gatewaySecrets: { alpha: randomBytes(16).toString('hex'), beta: randomBytes(16).toString('hex'), catalog: randomBytes(16).toString('hex') },
    };
    await withGateway(production, async (gateway) => {
      const result = await postGraphQL(gateway.url, introspection);
      expect(result.errors?.[0].message).toMatch(/introspection/i);
      expect(result.errors?.[0].extensions?.stacktrace).toBeUndefined();
    });
  });
});

describe('subgraph answers that are not GraphQL', () => {
  it.each([
    [503, 'text/html', '<h1>Service Unavailable</h1>', SubgraphErrorCode.UNAVAILABLE, 'Subgraph "alpha" answered HTTP 503 Service Unavailable'],
    [500, 'text/html', '<h1>Oops</h1>', SubgraphErrorCode.BAD_RESPONSE, 'Subgraph "alpha" answered HTTP 500 Internal Server Error'],
    [
      400,
      'application/json',
      JSON.stringify({ errors: [{ message: 'Cannot query field "name" on type "AlphaNetwork".' }] }),
      SubgraphErrorCode.BAD_RESPONSE,
      'Subgraph "alpha" answered HTTP 400 Bad Request: Cannot query field "name" on type "AlphaNetwork".',
    ],
    [200, 'text/plain', 'hello', SubgraphErrorCode.BAD_RESPONSE, 'Subgraph "alpha" did not answer with a GraphQL JSON response'],
  ])('HTTP %i %s becomes one error naming the subgraph', async (status, contentType, body, code, message) => {
    const standIn = await startFixedAnswer(status, contentType, body);
    try {
      await withGateway({ subgraphUrls: { alpha: standIn.url } }, async (gateway) => {
        const result = await postGraphQL(gateway.url, NETWORKS);
        expect(result.data).toEqual({ networks: [null, { id: 'b1', name: 'Beta network b1' }, null] });
        expect(result.errors).toEqual([{ message, extensions: { code, serviceName: 'alpha' } }]);
      });
    } finally {
      await standIn.stop();
    }
  });
});

describe('connections to subgraphs', () => {
  it('are kept alive across requests', async () => {
    let connections = 0;
    const counting = await startInlineSubgraph('alpha', alphaTypeDefs, regionResolvers('AlphaNetwork', 'Alpha'));
    // Count the TCP connections the gateway opens to this subgraph.
    const server = await new Promise<http.Server>((resolve) => {
      const proxy = http.createServer((req, res) => {
        const upstream = http.request(counting.url, { method: req.method, headers: req.headers }, (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        });
        req.pipe(upstream);
      });
      proxy.on('connection', () => (connections += 1));
      proxy.listen(0, '127.0.0.1', () => resolve(proxy));
    });
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
      await withGateway({ subgraphUrls: { alpha: url } }, async (gateway) => {
        for (let i = 0; i < 5; i += 1) {
          expect((await postGraphQL(gateway.url, NETWORKS)).errors).toBeUndefined();
        }
      });
      expect(connections).toBe(1);
    } finally {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await counting.stop();
    }
  });
});

describe('configuration', () => {
  it('refuses a URL for a subgraph the supergraph does not have', async () => {
    await expect(createGateway({ port: 0, supergraphSdl, subgraphUrls: { gamma: 'http://127.0.0.1:1/graphql' } })).rejects.toThrow(
      'No subgraph named "gamma" in the supergraph (it has alpha, beta, catalog)',
    );
  });

  it('fails with one line naming the port when it is taken', () =>
    withGateway({}, async (gateway) => {
      const second = createGateway({ port: gateway.port, supergraphSdl, logger: recordingLogger() });
      await expect(second).rejects.toThrow(PortInUseError);
      await expect(second).rejects.toThrow(`Port ${gateway.port} is already in use (wanted by the gateway)`);
    }));
});
