import { createGateway, DEFAULT_QUERY_LIMITS, QueryLimits, RunningGateway } from '@pallnet/gateway';
import { parse } from 'graphql';
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
    withGateway({ maxCost: 12 }, async (gateway) => {
      // tree 2 + 1.5 × (id 1 + name 1 + child (2 + 1.5 × id 1)) = 10.25; one more name below is 12.5
      await expectAnswered(gateway, '{ tree { id name child { id } } }');
      await expectRefused(gateway, '{ tree { id name child { id name } } }', 'Query Cost limit of 12 exceeded, found 12.5.');
    }));

  it('directives: more than the limit are refused', () =>
    withGateway({ maxDirectives: 2 }, async (gateway) => {
      await expectAnswered(gateway, '{ tree { id @include(if: true) name @skip(if: false) } }');
      await expectRefused(gateway, '{ tree { id @include(if: true) name @skip(if: false) kind @include(if: true) } }', 'Directives limit of 2 exceeded, found 3.');
    }));

  it('apply their documented defaults when none are configured', () =>
    withGateway({}, async (gateway) => {
      expect(DEFAULT_QUERY_LIMITS).toEqual({ maxDepth: 10, maxAliases: 30, maxTokens: 2000, maxCost: 20000, maxDirectives: 20 });
      await expectAnswered(gateway, nested(10));
      await expectRefused(gateway, nested(11), 'Query depth limit of 10 exceeded, found 11.');
      const aliases = (count: number) => `{ ${Array.from({ length: count }, (_, i) => `a${i}: tree { id }`).join(' ')} }`;
      await expectAnswered(gateway, aliases(30));
      await expectRefused(gateway, aliases(31), 'Aliases limit of 30 exceeded, found 31.');
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
        ['query ($kind: Kind) { nodes(kind: $kind) { id } }', { kind: 'BRANCHH' }, 'Variable "$kind" got invalid value "BRANCHH"; Value "BRANCHH" does not exist in "Kind" enum.'],
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
      expect(failing.errors?.[0].message).toBe('Subgraph "tree": the database said no');
      const invalid = await postGraphQL(gateway.url, '{ tree { nme } }');
      for (const error of [...failing.errors!, ...invalid.errors!]) {
        expect(JSON.stringify(error)).not.toMatch(/stacktrace|at .*\.js:\d+/);
      }
    }));
});
