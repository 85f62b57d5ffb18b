import { withFragments } from '@pallnet/analyst-tools';
import { createGateway, DEFAULT_QUERY_LIMITS, QueryLimits, RunningGateway } from '@pallnet/gateway';
import { Supergraph } from '@apollo/federation-internals';
import { measureOperation } from '@pallnet/subgraph-kit';
import { REPO_ROOT } from '@pallnet/system';
import { Kind, OperationDefinitionNode, parse } from 'graphql';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { postGraphQL } from '../support/graphql';
import { composeInline, InlineSubgraph, recordingLogger, startInlineSubgraph } from './inline-subgraphs';

/*
 * The gateway's abuse limits (graphql-armor), suggestions and stack traces, over one tiny subgraph
 * whose tree nests as deep as a query asks. Each limit is tested just below and just above it.
 */

const LINK = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])';
const treeTypeDefs = parse(`${LINK}
  enum Kind { LEAF BRANCH }
  type Node { id: ID! name: String kind: Kind child: Node failing: String }
  type Query { tree: Node nodes(kind: Kind): [Node!]! }
`);
const node = (depth: number): Record<string, unknown> => ({ id: String(depth), name: `node ${depth}`, kind: 'BRANCH', depth });
const treeResolvers = {
  Query: { tree: () => node(0), nodes: () => [node(0)] },
  Node: {
    child: (parent: { depth: number }) => node(parent.depth + 1),
    failing: () => {
      throw new Error('the database said no');
    },
  },
};

let tree: InlineSubgraph;
let supergraphSdl: string;

beforeAll(async () => {
  tree = await startInlineSubgraph('tree', treeTypeDefs, treeResolvers);
  supergraphSdl = composeInline([tree]);
});

afterAll(async () => {
  await tree?.stop();
});

async function withGateway(limits: Partial<QueryLimits>, test: (gateway: RunningGateway) => Promise<void>) {
  const gateway = await createGateway({ port: 0, supergraphSdl, limits, logger: recordingLogger() });
  try {
    await test(gateway);
  } finally {
    await gateway.stop();
  }
}

/** `{ tree { child { child … { id } } } }` with `levels` fields from tree down to id. */
function nested(levels: number): string {
  let selection = 'id';
  for (let level = 2; level < levels; level += 1) selection = `child { ${selection} }`;
  return `{ tree { ${selection} } }`;
}

/** A query refused by a limit: HTTP 400, one error with the limit's message, no subgraph asked. */
async function expectRefused(gateway: RunningGateway, query: string, message: string | RegExp, code = 'GRAPHQL_VALIDATION_FAILED') {
  const before = tree.requests();
  const response = await fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  const body = (await response.json()) as { data?: unknown; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
  expect(response.status).toBe(400);
  expect(body.data).toBeUndefined();
  expect(body.errors).toHaveLength(1);
  expect(body.errors![0].message).toMatch(message);
  expect(body.errors?.[0].extensions).toEqual({ code });
  expect(tree.requests()).toBe(before);
}

async function expectAnswered(gateway: RunningGateway, query: string) {
  const result = await postGraphQL(gateway.url, query);
  expect(result.errors).toBeUndefined();
  expect(result.data).toBeTruthy();
}

describe('query limits', () => {
  it('depth: nesting beyond the limit is refused; fragments are not a level of their own', () =>
    withGateway({ maxDepth: 4 }, async (gateway) => {
      await expectAnswered(gateway, nested(4));
      await expectAnswered(gateway, '{ tree { ... on Node { child { ... on Node { child { id } } } } } }');
      await expectRefused(gateway, nested(5), 'Query depth limit of 4 exceeded, found 5.');
    }));

  it('aliases: more than the limit are refused', () =>
    withGateway({ maxAliases: 3 }, async (gateway) => {
      await expectAnswered(gateway, '{ a: tree { id } b: tree { id } c: tree { id } }');
      await expectRefused(gateway, '{ a: tree { id } b: tree { id } c: tree { id } d: tree { id } }', 'Aliases limit of 3 exceeded, found 4.');
    }));

  it('tokens: a document longer than the limit is refused while it is read', () =>
    withGateway({ maxTokens: 12 }, async (gateway) => {
      await expectAnswered(gateway, '{ tree { id name kind child { id } } }');
      await expectRefused(
        gateway,
        '{ tree { id name kind child { id name } } }',
        // graphql-js 16 writes "more that".
        /^Syntax Error: Document contains more th\w+ 12 tokens\. Parsing aborted\.$/,
        'GRAPHQL_PARSE_FAILED',
      );
    }));

  it('cost: a query costlier than the limit is refused', () =>
    withGateway({ maxCost: 6 }, async (gateway) => {
      // tree 1 + (id 1 + name 1 + child (1 + id 1)) = 5; one more name below is 6, two are 7
      await expectAnswered(gateway, '{ tree { id name child { id } } }');
      await expectRefused(gateway, '{ tree { id name child { id name kind } } }', /^Query cost limit of 6 exceeded, found 7 /);
    }));

  it('cost: a list multiplies what it selects by its estimated size', () =>
    withGateway({ maxCost: 100, listSizeEstimate: 20 }, async (gateway) => {
      // nodes 20 × (1 + id 1 + name 1) = 60
      await expectAnswered(gateway, '{ nodes { id name } }');
      // nodes 20 × (1 + id 1 + name 1 + child (1 + id 1)) = 100; one field more below is 120
      await expectAnswered(gateway, '{ nodes { id name child { id } } }');
      await expectRefused(gateway, '{ nodes { id name child { id name } } }', /^Query cost limit of 100 exceeded, found 120 /);
    }));

  it('root fields: more than the limit are refused, each alias counted', () =>
    withGateway({ maxRootFields: 2 }, async (gateway) => {
      await expectAnswered(gateway, '{ a: tree { id } b: tree { id } }');
      await expectRefused(gateway, '{ a: tree { id } b: tree { id } c: nodes { id } }', 'Root fields limit of 2 exceeded, found 3.');
    }));

  it('response size: an answer larger than the limit is replaced by one error', () =>
    withGateway({ maxResponseBytes: 200 }, async (gateway) => {
      await expectAnswered(gateway, '{ tree { id name } }');
      const response = await fetch(gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `{ ${Array.from({ length: 8 }, (_, i) => `a${i}: tree { id name kind }`).join(' ')} }` }),
      });
      const body = (await response.json()) as { data?: unknown; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
      expect(response.status).toBe(400);
      expect(body.data).toBeUndefined();
      expect(body.errors?.[0].message).toMatch(/^Response size limit of 200 bytes exceeded, found \d+/);
      expect(body.errors?.[0].extensions).toEqual({ code: 'RESPONSE_TOO_LARGE' });
    }));

  it('directives: more than the limit are refused', () =>
    withGateway({ maxDirectives: 2 }, async (gateway) => {
      await expectAnswered(gateway, '{ tree { id @include(if: true) name @skip(if: false) } }');
      await expectRefused(
        gateway,
        '{ tree { id @include(if: true) name @skip(if: false) kind @include(if: true) } }',
        'Directives limit of 2 exceeded, found 3.',
      );
    }));

  it('apply their documented defaults when none are configured', () =>
    withGateway({}, async (gateway) => {
      expect(DEFAULT_QUERY_LIMITS).toEqual({
        maxDepth: 10,
        maxAliases: 30,
        maxTokens: 2000,
        maxCost: 200000,
        maxDirectives: 20,
        maxRootFields: 10,
        listSizeEstimate: 20,
        maxSubgraphFetches: 40,
        maxResponseBytes: 5 * 1024 * 1024,
      });
      await expectAnswered(gateway, nested(10));
      await expectRefused(gateway, nested(11), 'Query depth limit of 10 exceeded, found 11.');
      const aliases = (count: number) => `{ ${Array.from({ length: count }, (_, i) => `a${i}: tree { id }`).join(' ')} }`;
      await expectAnswered(gateway, aliases(10));
      await expectRefused(gateway, aliases(11), 'Root fields limit of 10 exceeded, found 11.');
      const nestedAliases = (count: number) => `{ tree { ${Array.from({ length: count }, (_, i) => `a${i}: id`).join(' ')} } }`;
      await expectAnswered(gateway, nestedAliases(30));
      await expectRefused(gateway, nestedAliases(31), 'Aliases limit of 30 exceeded, found 31.');
    }));
});

describe('what errors reveal', () => {
  it('no field, argument or enum value suggestions ("Did you mean …?")', () =>
    withGateway({}, async (gateway) => {
      const cases: Array<[string, Record<string, unknown>, string]> = [
        ['{ tree { nme } }', {}, 'Cannot query field "nme" on type "Node".'],
        ['{ tre { id } }', {}, 'Cannot query field "tre" on type "Query".'],
        ['{ nodes(knd: LEAF) { id } }', {}, 'Unknown argument "knd" on field "Query.nodes".'],
        ['{ nodes(kind: LEAFF) { id } }', {}, 'Value "LEAFF" does not exist in "Kind" enum.'],
        [
          'query ($kind: Kind) { nodes(kind: $kind) { id } }',
          { kind: 'BRANCHH' },
          'Variable "$kind" got invalid value "BRANCHH"; Value "BRANCHH" does not exist in "Kind" enum.',
        ],
      ];
      for (const [query, variables, message] of cases) {
        const result = await postGraphQL(gateway.url, query, variables);
        expect(result.errors?.map((error) => error.message)).toEqual([message]);
      }
    }));

  it('no stack traces: not from the gateway, not from a subgraph that sends them', () =>
    withGateway({}, async (gateway) => {
      const failing = await postGraphQL(gateway.url, '{ tree { id failing } }');
      expect(failing.data).toEqual({ tree: { id: '0', failing: null } });
      // A subgraph's error without a code of its own: masked, with an id to find it in the log.
      expect(failing.errors?.[0].message).toBe('Internal server error');
      expect(failing.errors?.[0].extensions).toEqual({
        code: 'INTERNAL_SERVER_ERROR',
        serviceName: 'tree',
        correlationId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      });
      expect(JSON.stringify(failing)).not.toMatch(/database said no/);
      const invalid = await postGraphQL(gateway.url, '{ tree { nme } }');
      for (const error of [...failing.errors!, ...invalid.errors!]) {
        expect(JSON.stringify(error)).not.toMatch(/stacktrace|at .*\.js:\d+/);
      }
    }));
});

describe('the default limits', () => {
  it('leave room for every operation the dashboard and the analyst tools send', () => {
    const schema = Supergraph.build(readFileSync(path.join(REPO_ROOT, 'supergraph.graphql'), 'utf8'))
      .apiSchema()
      .toGraphQLJSSchema();
    const folders = ['packages/dashboard/src/operations', 'packages/analyst-tools/queries'].map((folder) => path.join(REPO_ROOT, folder));
    const fragmentFolder = path.join(REPO_ROOT, 'packages/analyst-tools/queries/fragments');
    const sharedFragments = graphqlFiles(fragmentFolder).map((file) => readFileSync(path.join(fragmentFolder, file), 'utf8'));
    expect(sharedFragments.length).toBeGreaterThanOrEqual(1);
    const measured: string[] = [];
    for (const folder of folders) {
      for (const file of graphqlFiles(folder)) {
        // As the workbench sends it: with the shared fragments it spreads appended.
        const document = parse(withFragments(readFileSync(path.join(folder, file), 'utf8'), sharedFragments));
        for (const operation of document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)) {
          const measure = measureOperation(schema, document, operation, {}, DEFAULT_QUERY_LIMITS.listSizeEstimate);
          expect({ file, ...measure }).toEqual({ file, cost: expect.any(Number), depth: expect.any(Number), rootFields: expect.any(Number) });
          expect(measure.cost).toBeLessThanOrEqual(DEFAULT_QUERY_LIMITS.maxCost / 2);
          expect(measure.depth).toBeLessThanOrEqual(DEFAULT_QUERY_LIMITS.maxDepth);
          expect(measure.rootFields).toBeLessThanOrEqual(DEFAULT_QUERY_LIMITS.maxRootFields);
          measured.push(file);
        }
      }
    }
    expect(measured.length).toBeGreaterThanOrEqual(10);
  });
});

function graphqlFiles(folder: string): string[] {
  return readdirSync(folder).filter((name) => name.endsWith('.graphql'));
}
