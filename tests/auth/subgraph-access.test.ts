import { GATEWAY_SECRET_HEADER, readTokenKeys, startSubgraph } from '@pallnet/subgraph-kit';
import { vestSubgraph } from '@pallnet/subgraph-vest';
import { randomBytes } from 'node:crypto';
import { bearer, rawToken, tokenFor } from '../support/auth';
import { postGraphQL } from '../support/graphql';
import { startTestSubgraph, TestSubgraph } from '../support/subgraph';

/*
 * A real subgraph (Vest, on its own database) called directly, past the gateway: it answers
 * GraphQL only with the gateway's secret, verifies tokens itself, and keeps /health open.
 */

const QUERY = '{ _entities(representations: [{ __typename: "VestNetwork", id: "vest-helse-stavanger" }]) { ... on VestNetwork { name } } }';
const ANSWER = { data: { _entities: [{ name: 'Nettverk innen kreftomsorg og lindrende behandling' }] } };

let vest: TestSubgraph;

beforeAll(async () => {
  vest = await startTestSubgraph(vestSubgraph);
});

afterAll(async () => {
  await vest?.stop();
});

async function post(headers: Record<string, string>) {
  const response = await fetch(vest.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: QUERY }),
  });
  return { status: response.status, body: (await response.json()) as { data?: unknown; errors?: Array<{ message: string; extensions?: { code?: string } }> } };
}

describe('a direct request to a subgraph', () => {
  it('without the gateway secret is refused with 403, token or not', async () => {
    for (const headers of [{}, await bearer({ role: 'editor', region: 'VEST' })]) {
      const { status, body } = await post(headers);
      expect(status).toBe(403);
      expect(body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(body.errors?.[0].message).toContain('x-gateway-secret');
      expect(body.data).toBeUndefined();
    }
  });

  it('with a wrong secret is refused with 403', async () => {
    expect((await post({ [GATEWAY_SECRET_HEADER]: randomBytes(24).toString('hex') })).status).toBe(403);
    expect((await post({ [GATEWAY_SECRET_HEADER]: `${vest.gatewaySecret}0` })).status).toBe(403);
  });

  it('with the secret is answered, anonymously or with a valid token', async () => {
    expect(await postGraphQL(vest, QUERY)).toEqual(ANSWER);
    expect(await postGraphQL(vest, QUERY, {}, await bearer({ role: 'analyst' }))).toEqual(ANSWER);
  });

  it('with the secret but a bad token is UNAUTHENTICATED (401)', async () => {
    for (const token of [
      await tokenFor({ role: 'editor', region: 'VEST', expiresIn: '-1m' }),
      await rawToken({ role: 'analyst', sub: 'x' }, { secret: randomBytes(32).toString('hex') }),
      'not.a.token',
    ]) {
      const { status, body } = await post({ ...vest.headers, authorization: `Bearer ${token}` });
      expect(status).toBe(401);
      expect(body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect(body.errors?.[0].message).toMatch(/^Invalid token: /);
    }
  });

  it('to /health needs no secret', async () => {
    const response = await fetch(new URL('/health', vest.url));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ service: 'vest', status: 'ok', database: 'up' });
  });
});

describe('starting a subgraph', () => {
  // Refused before the database is touched: this URL would not answer.
  const options = { port: 0, host: '127.0.0.1', databaseUrl: 'postgres://postgres@127.0.0.1:1/vest', seed: false, tokenKeys: readTokenKeys() };

  it('in production without a gateway secret is refused, naming the variable', async () => {
    const productionKeys = { secrets: [randomBytes(32).toString('hex')], publicKeys: [], development: false };
    await expect(startSubgraph(vestSubgraph, { ...options, production: true, tokenKeys: productionKeys })).rejects.toThrow(
      'VEST_GATEWAY_SECRET must be set in production: without it anyone could query vest directly, past the gateway',
    );
  });

  it('in production with the development token key is refused', async () => {
    await expect(startSubgraph(vestSubgraph, { ...options, production: true, gatewaySecret: randomBytes(24).toString('hex') })).rejects.toThrow(
      'The public development key is refused in production: unset ALLOW_PUBLIC_DEVELOPMENT_KEY',
    );
  });

  it('with a short secret is refused', async () => {
    await expect(startSubgraph(vestSubgraph, { ...options, gatewaySecret: 'guessable' })).rejects.toThrow(
      'VEST_GATEWAY_SECRET must be at least 16 characters, got 9',
    );
  });
});
