import { composeServices } from '@apollo/composition';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { expressMiddleware } from '@as-integrations/express5';
import { graphqlEndpoint, TokenVerifier, Viewer } from '@pallnet/subgraph-kit';
import express from 'express';
import { DocumentNode, parse } from 'graphql';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/*
 * Three tiny subgraphs in the federation's own shape: a catalog that answers `networks` with
 * references, and two regions that each resolve their own network type. Small enough to test one
 * gateway behaviour at a time, with no database.
 */

const FEDERATION_LINK = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])';

export const catalogTypeDefs = parse(`${FEDERATION_LINK}
  interface Network { id: ID! }
  type AlphaNetwork implements Network @key(fields: "id", resolvable: false) { id: ID! }
  type BetaNetwork implements Network @key(fields: "id", resolvable: false) { id: ID! }
  type Query { networks: [Network]! }
`);

function regionTypeDefs(typeName: string): DocumentNode {
  return parse(`${FEDERATION_LINK}
    interface Network { id: ID! name: String! }
    type ${typeName} implements Network @key(fields: "id") { id: ID! name: String! }
  `);
}

export const alphaTypeDefs = regionTypeDefs('AlphaNetwork');
export const betaTypeDefs = regionTypeDefs('BetaNetwork');

/** The catalog's answer: alpha's networks are first and last, beta's in the middle. */
export const CATALOG = [
  { __typename: 'AlphaNetwork', id: 'a1' },
  { __typename: 'BetaNetwork', id: 'b1' },
  { __typename: 'AlphaNetwork', id: 'a2' },
];

export const catalogResolvers = {
  Network: { __resolveType: (network: { __typename: string }) => network.__typename },
  Query: { networks: () => CATALOG },
};

export function regionResolvers(typeName: string, label: string, options: { failOn?: string } = {}) {
  return {
    [typeName]: {
      // Async, as real resolvers are: a rejection then fails only its own entity.
      __resolveReference: async ({ id }: { id: string }) => {
        if (id === options.failOn) throw new Error(`${label} has no record of ${id}`);
        return { id, name: `${label} network ${id}` };
      },
    },
  };
}

export interface InlineSubgraph {
  name: string;
  typeDefs: DocumentNode;
  port: number;
  url: string;
  /** How many requests reached its `/graphql`, refused ones included. */
  requests(): number;
  stop(): Promise<void>;
}

/** A subgraph's own guard, as the subgraph kit wires it: the gateway's secret, then the caller's token. */
export interface InlineAccess {
  gatewaySecret: string | undefined;
  tokens: TokenVerifier;
}

/** The context of an inline subgraph with access control: resolvers see the verified viewer. */
export interface InlineContext {
  viewer: Viewer | null;
}

/**
 * Serves one subgraph with `/graphql` and `/health` on 127.0.0.1. Stack traces are on, as in a
 * subgraph's development mode, so tests can prove the gateway strips them. With `access`, its
 * `/graphql` is guarded exactly as a real subgraph's is (the kit's `graphqlEndpoint`).
 */
export async function startInlineSubgraph(
  name: string,
  typeDefs: DocumentNode,
  resolvers: Record<string, unknown>,
  port = 0,
  access?: InlineAccess,
): Promise<InlineSubgraph> {
  const app = express();
  const httpServer = http.createServer(app);
  let requests = 0;
  const apollo = new ApolloServer<InlineContext>({
    schema: buildSubgraphSchema({ typeDefs, resolvers: resolvers as GraphQLResolverMap<unknown> }),
    includeStacktraceInErrorResponses: true,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginInlineTraceDisabled()],
  });
  await apollo.start();
  app.get('/health', (_req, res) => {
    res.json({ service: name, status: 'ok' });
  });
  app.use('/graphql', (_req, _res, next) => {
    requests += 1;
    next();
  });
  if (access) {
    app.use('/graphql', graphqlEndpoint(apollo, { ...access, createContext: (viewer) => ({ viewer }) }));
  } else {
    app.use('/graphql', express.json(), expressMiddleware(apollo, { context: async () => ({ viewer: null }) }));
  }
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(port, '127.0.0.1', resolve);
  });
  const actualPort = (httpServer.address() as AddressInfo).port;
  return {
    name,
    typeDefs,
    port: actualPort,
    url: `http://127.0.0.1:${actualPort}/graphql`,
    requests: () => requests,
    stop: () => apollo.stop(),
  };
}

/** A server that accepts requests and never answers them: a subgraph stuck on a lock, say. */
export async function startHangingServer(): Promise<{ url: string; requests: () => number; stop(): Promise<void> }> {
  let requests = 0;
  const server = http.createServer(() => {
    requests += 1;
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    requests: () => requests,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Composes the supergraph from the subgraphs' SDL, with their current URLs. */
export function composeInline(subgraphs: Pick<InlineSubgraph, 'name' | 'typeDefs' | 'url'>[]): string {
  const result = composeServices(subgraphs.map(({ name, typeDefs, url }) => ({ name, typeDefs, url })));
  if (result.errors) throw new Error(`Composition failed: ${result.errors.map((e) => e.message).join('; ')}`);
  return result.supergraphSdl;
}

/** A logger that keeps what the gateway logs, so tests stay quiet and can look at it. */
export function recordingLogger() {
  const lines: string[] = [];
  return { lines, warn: (message: unknown) => lines.push(String(message)), error: (message: unknown) => lines.push(String(message)) };
}
