import { createGateway, RunningGateway } from '@pallnet/gateway';
import { createTokenVerifier, developmentTokenKeys, GATEWAY_SECRET_HEADER, readTokenKeys } from '@pallnet/subgraph-kit';
import { parse } from 'graphql';
import { randomBytes } from 'node:crypto';
import { bearer, rawToken, tokenFor } from '../support/auth';
import { postGraphQL } from '../support/graphql';
import { composeInline, InlineContext, InlineSubgraph, recordingLogger, startInlineSubgraph } from './inline-subgraphs';

/*
 * Tokens and the gateway's secret, end to end over HTTP: two tiny subgraphs guarded exactly as
 * the real ones are (the kit's graphqlEndpoint), each answering with the viewer it verified.
 */

const LINK = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@shareable"])';
const viewerSubgraph = (field: string) =>
  parse(`${LINK}
    type Viewer @shareable { role: String! region: String subject: String! }
    type Query { ${field}: Viewer }
  `);
const viewerResolvers = (field: string) => ({ Query: { [field]: (_: unknown, __: unknown, context: InlineContext) => context.viewer } });

const BOTH = '{ alphaViewer { role region subject } betaViewer { role region subject } }';
const secrets = { alpha: randomBytes(24).toString('hex'), beta: randomBytes(24).toString('hex') };
const tokens = createTokenVerifier(readTokenKeys());

let alpha: InlineSubgraph;
let beta: InlineSubgraph;
let supergraphSdl: string;
let gateway: RunningGateway;

beforeAll(async () => {
  alpha = await startInlineSubgraph('alpha', viewerSubgraph('alphaViewer'), viewerResolvers('alphaViewer'), 0, { gatewaySecret: secrets.alpha, tokens });
  beta = await startInlineSubgraph('beta', viewerSubgraph('betaViewer'), viewerResolvers('betaViewer'), 0, { gatewaySecret: secrets.beta, tokens });
  supergraphSdl = composeInline([alpha, beta]);
  gateway = await createGateway({ port: 0, supergraphSdl, gatewaySecrets: secrets, logger: recordingLogger() });
});

afterAll(async () => {
  await gateway?.stop();
  await Promise.all([alpha, beta].map((subgraph) => subgraph?.stop()));
});

/** A POST with its HTTP status, for the cases where the status matters. */
async function post(url: string, query: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });
  return {
    status: response.status,
    body: (await response.json()) as { data?: unknown; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> },
  };
}

/** A valid token with its payload replaced: the signature no longer matches. */
async function tamperedToken(): Promise<string> {
  const [header, , signature] = (await tokenFor({ role: 'analyst' })).split('.');
  const payload = Buffer.from(JSON.stringify({ role: 'editor', region: 'VEST', sub: 'mallory', exp: 4102444800 })).toString('base64url');
  return `${header}.${payload}.${signature}`;
}

/** An unsigned token (`alg: none`), which must never be taken for a signed one. */
function unsignedToken(): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'none', typ: 'JWT' })}.${part({ role: 'editor', region: 'VEST', sub: 'mallory', exp: 4102444800 })}.`;
}

const BAD_TOKENS: Array<[string, () => Promise<string>, RegExp]> = [
  ['an expired token', async () => `Bearer ${await tokenFor({ role: 'editor', region: 'VEST', expiresIn: '-1m' })}`, /Invalid token: it has expired/],
  ['a malformed token', async () => 'Bearer not-a-jwt', /Invalid token: it is malformed/],
  [
    'a token signed with another key',
    async () => `Bearer ${await rawToken({ role: 'analyst', sub: 'x' }, { secret: randomBytes(32).toString('hex') })}`,
    /signature does not match/,
  ],
  ['a token whose claims were changed after signing', async () => `Bearer ${await tamperedToken()}`, /signature does not match/],
  ['an unsigned token (alg none)', async () => `Bearer ${unsignedToken()}`, /algorithm "none" is not accepted/],
  ['an unknown role', async () => `Bearer ${await rawToken({ role: 'admin', sub: 'x' })}`, /role "admin" is not known/],
  ['an editor without a region', async () => `Bearer ${await rawToken({ role: 'editor', sub: 'x' })}`, /editor's token must name a region/],
  [
    'an editor whose region is not a region code',
    async () => `Bearer ${await rawToken({ role: 'editor', region: 'vest; drop', sub: 'x' })}`,
    /region "vest; drop" is not a region code/,
  ],
  ['a token that never expires', async () => `Bearer ${await rawToken({ role: 'analyst', sub: 'x' }, { expiresIn: null })}`, /"exp" claim/],
  ['a token without a subject', async () => `Bearer ${await rawToken({ role: 'analyst' })}`, /"sub" claim/],
  ['another scheme than Bearer', async () => `Basic ${Buffer.from('user:password').toString('base64')}`, /expected "Bearer <token>"/],
];

describe('a valid token', () => {
  it('is not needed: without one the request is anonymous in every subgraph', async () => {
    const result = await postGraphQL(gateway.url, BOTH);
    expect(result).toEqual({ data: { alphaViewer: null, betaViewer: null } });
  });

  it("reaches every subgraph, which verifies it again and sees the same viewer: an editor's region", async () => {
    const result = await postGraphQL(gateway.url, BOTH, {}, await bearer({ role: 'editor', region: 'VEST', subject: 'kari.nordmann' }));
    const viewer = { role: 'editor', region: 'VEST', subject: 'kari.nordmann' };
    expect(result).toEqual({ data: { alphaViewer: viewer, betaViewer: viewer } });
  });

  it('of an analyst has no region', async () => {
    const result = await postGraphQL(gateway.url, BOTH, {}, await bearer({ role: 'analyst', subject: 'ola' }));
    expect(result.data).toEqual({
      alphaViewer: { role: 'analyst', region: null, subject: 'ola' },
      betaViewer: { role: 'analyst', region: null, subject: 'ola' },
    });
  });
});

describe('a bad token at the gateway', () => {
  it.each(BAD_TOKENS)('%s is UNAUTHENTICATED (401) and no subgraph is asked', async (_case, authorization, message) => {
    const before = [alpha.requests(), beta.requests()];
    const { status, body } = await post(gateway.url, BOTH, { authorization: await authorization() });
    expect(status).toBe(401);
    expect(body.data).toBeUndefined();
    expect(body.errors).toHaveLength(1);
    expect(body.errors![0].message).toMatch(message);
    expect(body.errors![0].extensions).toEqual({ code: 'UNAUTHENTICATED' });
    expect([alpha.requests(), beta.requests()]).toEqual(before);
  });
});

describe('a bad token sent straight to a subgraph, past the gateway, with the right secret', () => {
  it.each(BAD_TOKENS)('%s is UNAUTHENTICATED (401) there too', async (_case, authorization, message) => {
    const { status, body } = await post(alpha.url, '{ alphaViewer { role } }', {
      [GATEWAY_SECRET_HEADER]: secrets.alpha,
      authorization: await authorization(),
    });
    expect(status).toBe(401);
    expect(body.errors?.[0].message).toMatch(message);
    expect(body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('while a valid one is accepted', async () => {
    const { status, body } = await post(alpha.url, '{ alphaViewer { role region } }', {
      [GATEWAY_SECRET_HEADER]: secrets.alpha,
      ...(await bearer({ role: 'editor', region: 'MIDT' })),
    });
    expect(status).toBe(200);
    expect(body).toEqual({ data: { alphaViewer: { role: 'editor', region: 'MIDT' } } });
  });
});

describe("the gateway's secret", () => {
  const query = '{ alphaViewer { role } }';

  it('is required: a direct request without it is refused with 403 and a GraphQL error', async () => {
    const { status, body } = await post(alpha.url, query, await bearer({ role: 'analyst' }));
    expect(status).toBe(403);
    expect(body).toEqual({
      errors: [{ message: 'Only the gateway may query this subgraph: the x-gateway-secret header is missing or wrong', extensions: { code: 'FORBIDDEN' } }],
    });
  });

  it.each([
    ['another subgraph’s secret', () => secrets.beta],
    ['a prefix of the secret', () => secrets.alpha.slice(0, 10)],
    ['the secret with one character changed', () => `${secrets.alpha.slice(0, -1)}${secrets.alpha.endsWith('0') ? '1' : '0'}`],
    ['an empty value', () => ''],
  ])('is compared exactly: %s is refused', async (_case, secret) => {
    const { status } = await post(alpha.url, query, { [GATEWAY_SECRET_HEADER]: secret() });
    expect(status).toBe(403);
  });

  it('is not needed for /health', async () => {
    const response = await fetch(new URL('/health', alpha.url));
    expect(response.status).toBe(200);
  });

  it('when the gateway has a wrong one, costs only that subgraph’s fields, with an error naming it', async () => {
    const misconfigured = await createGateway({
      port: 0,
      supergraphSdl,
      gatewaySecrets: { alpha: secrets.alpha, beta: randomBytes(24).toString('hex') },
      logger: recordingLogger(),
    });
    try {
      const result = await postGraphQL(misconfigured.url, '{ alphaViewer { role } betaViewer { role } }', {}, await bearer({ role: 'analyst' }));
      expect(result.data).toEqual({ alphaViewer: { role: 'analyst' }, betaViewer: null });
      expect(result.errors).toHaveLength(1);
      expect(result.errors![0].extensions).toMatchObject({ code: 'SUBGRAPH_BAD_RESPONSE', serviceName: 'beta' });
      expect(result.errors![0].message).toContain('HTTP 403');
      expect(result.errors![0].message).toContain('x-gateway-secret');
    } finally {
      await misconfigured.stop();
    }
  });
});

describe('production settings', () => {
  const productionKeys = { secrets: [randomBytes(32).toString('hex')], publicKeys: [], development: false };

  it('refuse the public development key', async () => {
    await expect(createGateway({ port: 0, supergraphSdl, production: true, tokenKeys: developmentTokenKeys(), gatewaySecrets: secrets })).rejects.toThrow(
      'The public development key is refused in production: unset ALLOW_PUBLIC_DEVELOPMENT_KEY and configure OIDC_ISSUER (or JWT_PUBLIC_KEYS / JWT_SECRET)',
    );
  });

  it('refuse, with the development key, a gateway told to listen beyond loopback', async () => {
    await expect(createGateway({ port: 0, host: '0.0.0.0', supergraphSdl, tokenKeys: developmentTokenKeys(), gatewaySecrets: secrets })).rejects.toThrow(
      'the gateway may accept the public development key (ALLOW_PUBLIC_DEVELOPMENT_KEY=true) only on loopback, but HOST is 0.0.0.0',
    );
  });

  it('refuse a subgraph without a secret, naming its variable', async () => {
    await expect(
      createGateway({ port: 0, supergraphSdl, production: true, tokenKeys: productionKeys, gatewaySecrets: { alpha: secrets.alpha } }),
    ).rejects.toThrow('BETA_GATEWAY_SECRET must be set in production');
  });

  it('refuse a secret for a subgraph the supergraph does not name', async () => {
    await expect(createGateway({ port: 0, supergraphSdl, gatewaySecrets: { ...secrets, gamma: 'x'.repeat(32) } })).rejects.toThrow(
      'A gateway secret for "gamma", which the supergraph does not name',
    );
  });
});
