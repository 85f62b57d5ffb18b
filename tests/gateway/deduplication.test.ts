import { createGateway, RunningGateway } from '@pallnet/gateway';
import { parse } from 'graphql';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Agent } from 'undici';
import { readGatewayConfig } from '@pallnet/gateway/config';
import { createSubgraphFetcher } from '@pallnet/gateway/subgraph-fetcher';
import { postGraphQL, queryOk } from '../support/graphql';
import { composeInline, InlineSubgraph, recordingLogger, startInlineSubgraph } from './inline-subgraphs';

/*
 * Identical queries in flight at the same moment share one subgraph request; anything that
 * differs, and every mutation, goes on its own; and a query sent after a write was acknowledged
 * reads that write, however long an identical older query is still running.
 */

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the gateway shares identical subgraph queries in flight', () => {
  let counter: InlineSubgraph;
  let gateway: RunningGateway;
  let value = 0;

  beforeAll(async () => {
    const typeDefs = parse(`extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
      type Query { value(delayMs: Int!, tag: String): Int! }
      type Mutation { bump: Int! }`);
    counter = await startInlineSubgraph('counter', typeDefs, {
      Query: {
        // Reads first, answers later: a shared answer shows the value at the first request.
        value: async (_: unknown, { delayMs }: { delayMs: number }) => {
          const read = value;
          await delay(delayMs);
          return read;
        },
      },
      Mutation: {
        bump: async () => {
          await delay(50);
          value += 1;
          return value;
        },
      },
    });
    gateway = await createGateway({ port: 0, supergraphSdl: composeInline([counter]), logger: recordingLogger() });
  });

  afterAll(async () => {
    await gateway?.stop();
    await counter?.stop();
  });

  it('sends five identical concurrent queries to the subgraph once, and each caller gets the answer', async () => {
    const before = counter.requests();
    const answers = await Promise.all(Array.from({ length: 5 }, () => queryOk(gateway.url, '{ value(delayMs: 300) }')));
    expect(answers).toEqual(Array.from({ length: 5 }, () => ({ value })));
    expect(counter.requests() - before).toBe(1);
  });

  it('shares nothing when the gateway is told not to (SUBGRAPH_DEDUPLICATION=false)', async () => {
    const saved = process.env.SUBGRAPH_DEDUPLICATION;
    process.env.SUBGRAPH_DEDUPLICATION = 'false';
    let deduplicateSubgraphQueries: boolean;
    try {
      deduplicateSubgraphQueries = readGatewayConfig().deduplicateSubgraphQueries;
    } finally {
      if (saved === undefined) delete process.env.SUBGRAPH_DEDUPLICATION;
      else process.env.SUBGRAPH_DEDUPLICATION = saved;
    }
    expect(deduplicateSubgraphQueries).toBe(false);
    const unshared = await createGateway({ port: 0, supergraphSdl: composeInline([counter]), logger: recordingLogger(), deduplicateSubgraphQueries });
    try {
      const before = counter.requests();
      await Promise.all(Array.from({ length: 5 }, () => queryOk(unshared.url, '{ value(delayMs: 300) }')));
      expect(counter.requests() - before).toBe(5);
    } finally {
      await unshared.stop();
    }
  });

  it('sends queries that differ in their variables on their own', async () => {
    const before = counter.requests();
    await Promise.all(Array.from({ length: 5 }, (_, i) => queryOk(gateway.url, 'query ($tag: String) { value(delayMs: 300, tag: $tag) }', { tag: `t${i}` })));
    expect(counter.requests() - before).toBe(5);
  });

  it('never shares a mutation', async () => {
    const before = counter.requests();
    const start = value;
    const answers = await Promise.all(Array.from({ length: 3 }, () => queryOk(gateway.url, 'mutation { bump }')));
    expect(answers.map((answer) => answer.bump).sort()).toEqual([start + 1, start + 2, start + 3]);
    expect(counter.requests() - before).toBe(3);
  });

  it('gives a query sent after a write acknowledged its own request, not the older one still running', async () => {
    const query = '{ value(delayMs: 800) }';
    const older = postGraphQL(gateway.url, query);
    await delay(100);
    const { bump } = await queryOk(gateway.url, 'mutation { bump }');
    const newer = await queryOk(gateway.url, query);
    expect(newer.value).toBe(bump);
    expect((await older).data!.value).toBe(bump - 1);
  });
});

describe('the subgraph fetcher', () => {
  let server: http.Server;
  let url: string;
  let requests = 0;
  const agent = new Agent();

  beforeAll(async () => {
    server = http.createServer((request, response) => {
      requests += 1;
      request.resume();
      setTimeout(
        () => {
          response.setHeader('content-type', 'application/json');
          response.end(JSON.stringify({ data: { authorization: request.headers.authorization ?? null } }));
        },
        request.headers['x-delay'] ? Number(request.headers['x-delay']) : 200,
      );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });

  afterAll(async () => {
    await agent.close();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const body = JSON.stringify({ query: 'query Q { a }', variables: {} });

  it('shares only between requests with the same headers, so one caller never gets another caller’s answer', async () => {
    const fetcher = createSubgraphFetcher({ agent, timeoutMs: 2_000, deduplicate: true });
    const before = requests;
    const answers = await Promise.all(
      ['Bearer anna', 'Bearer anna', 'Bearer bjorn'].map(async (authorization) =>
        (await fetcher(url, { method: 'POST', headers: { authorization }, body })).json(),
      ),
    );
    expect(answers).toEqual([
      { data: { authorization: 'Bearer anna' } },
      { data: { authorization: 'Bearer anna' } },
      { data: { authorization: 'Bearer bjorn' } },
    ]);
    expect(requests - before).toBe(2);
  });

  it('shares nothing when deduplication is off', async () => {
    const fetcher = createSubgraphFetcher({ agent, timeoutMs: 2_000, deduplicate: false });
    const before = requests;
    await Promise.all([1, 2, 3].map(() => fetcher(url, { method: 'POST', headers: {}, body })));
    expect(requests - before).toBe(3);
  });

  it('fails as fetch does: a TimeoutError after the timeout, "fetch failed" with the cause when nothing listens', async () => {
    const fetcher = createSubgraphFetcher({ agent, timeoutMs: 100, deduplicate: true });
    await expect(fetcher(url, { method: 'POST', headers: { 'x-delay': '1000' }, body })).rejects.toMatchObject({ name: 'TimeoutError' });
    await expect(fetcher('http://127.0.0.1:1/graphql', { method: 'POST', headers: {}, body })).rejects.toMatchObject({
      message: 'fetch failed',
      cause: expect.objectContaining({ code: 'ECONNREFUSED' }),
    });
  });
});
