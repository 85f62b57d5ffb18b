import { findFreePort } from '@pallnet/system';
import { exportJWK, generateKeyPair, importJWK, JWTPayload, KeyLike, SignJWT } from 'jose';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import path from 'node:path';
import { signInAs } from '../support/session';
import { startTestSystem } from '../support/system';

/*
 * Access tokens of an OpenID provider, through the real system: the local provider (its real
 * published keys, fetched by the gateway and by each subgraph through discovery) and a stranger's
 * provider serving its own key set over HTTP. A token from another issuer, for another audience,
 * too old or issued in the future is refused at the gateway and at a subgraph asked directly.
 */

type TestSystem = Awaited<ReturnType<typeof startTestSystem>>;

let system: TestSystem;
let stranger: http.Server;
let strangerIssuer: string;
let strangerKey: KeyLike;
let providerKey: KeyLike;
let providerKid: string;

const AUDIENCE = 'urn:pallnet:gateway';
const EDITOR_CLAIMS = { role: 'editor', region: 'VEST', name: 'Kari Vestbø' };

beforeAll(async () => {
  // Access tokens that live 30 s: inside the web app's one-minute margin at once, so every request
  // through it refreshes the token with the provider (refresh_token grant, private_key_jwt).
  system = await startTestSystem({ dashboard: { port: await findFreePort() }, identityProvider: true, env: { IDENTITY_PROVIDER_ACCESS_TOKEN_TTL: '30' } });
  // The local provider's own ES256 signing key, from its data directory: tokens as it signs them.
  const secrets = JSON.parse(readFileSync(path.join(system.identityProvider!.dataDir, 'provider-secrets.json'), 'utf8')) as {
    signingKeys: Array<Record<string, unknown>>;
  };
  const es256 = secrets.signingKeys.find((key) => key.alg === 'ES256')!;
  providerKey = (await importJWK(es256 as never, 'ES256')) as KeyLike;
  providerKid = es256.kid as string;

  // Another organisation's provider: its own discovery document and key set.
  const pair = await generateKeyPair('ES256');
  strangerKey = pair.privateKey;
  const publicJwk = { ...(await exportJWK(pair.publicKey)), kid: 'stranger-key', alg: 'ES256', use: 'sig' };
  stranger = http.createServer((request, response) => {
    const body =
      request.url === '/.well-known/openid-configuration'
        ? { issuer: strangerIssuer, jwks_uri: `${strangerIssuer}/jwks` }
        : request.url === '/jwks'
          ? { keys: [publicJwk] }
          : undefined;
    response.writeHead(body ? 200 : 404, { 'content-type': 'application/json' }).end(JSON.stringify(body ?? {}));
  });
  await new Promise<void>((resolve) => stranger.listen(0, '127.0.0.1', resolve));
  strangerIssuer = `http://127.0.0.1:${(stranger.address() as AddressInfo).port}`;
}, 180_000);

afterAll(async () => {
  await system?.stop();
  await new Promise((resolve) => stranger?.close(resolve));
}, 60_000);

function token(
  key: KeyLike,
  kid: string,
  claims: JWTPayload,
  options: { issuer: string; audience: string; issuedAt?: number; expiresIn?: number },
): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const issuedAt = options.issuedAt ?? now;
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'ES256', kid, typ: 'at+jwt' })
    .setIssuer(options.issuer)
    .setAudience(options.audience)
    .setSubject('vest.redaktor')
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + (options.expiresIn ?? 600))
    .sign(key);
}

const providerToken = (claims: JWTPayload, options: Partial<{ audience: string; issuedAt: number; expiresIn: number }> = {}) =>
  token(providerKey, providerKid, claims, { issuer: system.identityProvider!.issuer, audience: AUDIENCE, ...options });

async function post(url: string, authorization: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization, ...headers },
    body: JSON.stringify({ query: '{ __typename }' }),
  });
  return { status: response.status, body: (await response.json()) as { errors?: Array<{ message: string; extensions?: { code?: string } }> } };
}

/** The gateway, and the Vest subgraph directly (past the gateway with its secret): both must decide alike. */
const endpoints = (): Array<{ name: string; url: string; headers: Record<string, string> }> => [
  { name: 'the gateway', url: system.gatewayUrl!, headers: {} },
  { name: 'the vest subgraph', url: system.service('vest').url, headers: { 'x-gateway-secret': system.env.VEST_GATEWAY_SECRET! } },
];

it("accepts the provider's token at the gateway and at a subgraph (the key set is fetched through discovery)", async () => {
  const good = `Bearer ${await providerToken(EDITOR_CLAIMS)}`;
  for (const endpoint of endpoints()) {
    const { status, body } = await post(endpoint.url, good, endpoint.headers);
    expect({ endpoint: endpoint.name, status, errors: body.errors }).toEqual({ endpoint: endpoint.name, status: 200, errors: undefined });
  }
});

it.each([
  [
    'from another issuer (its own published keys)',
    async () => token(strangerKey, 'stranger-key', EDITOR_CLAIMS, { issuer: strangerIssuer, audience: AUDIENCE }),
    /issued by "http:\/\/127\.0\.0\.1:\d+", not by the OpenID provider/,
  ],
  [
    "signed by another issuer's key but naming ours",
    async () => token(strangerKey, 'stranger-key', EDITOR_CLAIMS, { issuer: system.identityProvider!.issuer, audience: AUDIENCE }),
    /does not match any of the issuer's published keys/,
  ],
  ['for another audience', async () => providerToken(EDITOR_CLAIMS, { audience: 'urn:another:api' }), /unexpected "aud" claim value/],
  [
    'older than the maximum age, though not expired',
    async () => providerToken(EDITOR_CLAIMS, { issuedAt: Math.floor(Date.now() / 1000) - 2 * 3600, expiresIn: 4 * 3600 }),
    /issued more than 1h ago \(the maximum token age\)/,
  ],
  ['issued in the future', async () => providerToken(EDITOR_CLAIMS, { issuedAt: Math.floor(Date.now() / 1000) + 600 }), /issued in the future/],
  ['with no role the services know', async () => providerToken({ role: 'owner' }), /role "owner" is not known/],
])('refuses a token %s at the gateway and at a subgraph', async (_case, make, reason) => {
  const authorization = `Bearer ${await make()}`;
  for (const endpoint of endpoints()) {
    const { status, body } = await post(endpoint.url, authorization, endpoint.headers);
    expect({ endpoint: endpoint.name, status, code: body.errors?.[0]?.extensions?.code }).toEqual({
      endpoint: endpoint.name,
      status: 401,
      code: 'UNAUTHENTICATED',
    });
    expect(body.errors![0].message).toMatch(reason);
  }
});

it('gives the signed-in editor their view through the web app, which never hands the page a token', async () => {
  const editor = await signInAs(system, 'vest.redaktor');
  expect(editor.user).toEqual({ subject: 'vest.redaktor', name: 'Kari Vestbø', role: 'editor', region: 'VEST' });
  const registered = await editor.graphql(
    `mutation { vestRegisterResourcePerson(networkId: "vest-helse-stavanger", input: {
      name: "Kari Nordmann", profession: NURSE, workplaceKind: HOME_CARE, workplaceName: "Hjemmesykepleien Sandnes øst",
      municipalityNumber: "1108", appointedFrom: "2025-01-01", email: "kari.nordmann@sandnes.kommune.no" }) { id email } }`,
  );
  expect(registered.errors).toBeUndefined();
  expect(registered.data.vestRegisterResourcePerson.email).toBe('kari.nordmann@sandnes.kommune.no');

  const session = await (await editor.fetch('/auth/session')).text();
  expect(session).not.toMatch(/eyJ[\w-]+\.[\w-]+\./);
});

it('refreshes a signed-in user’s access token before it expires, and the session carries on', async () => {
  const editor = await signInAs(system, 'midt.redaktor');
  for (let request = 0; request < 3; request += 1) {
    const answer = await editor.graphql('{ midtAuditLog(limit: 1) { entity } }');
    expect(answer.errors).toBeUndefined();
  }
  expect(await (await editor.fetch('/auth/session')).json()).toMatchObject({ signedIn: true, user: { subject: 'midt.redaktor', region: 'MIDT' } });
});
