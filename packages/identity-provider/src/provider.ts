import express, { NextFunction, Request, Response } from 'express';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import { timingSafeEqual } from 'node:crypto';
import { DEMO_ACCOUNTS, DemoAccount, findDemoAccount } from './accounts';
import { GATEWAY_API_SCOPE, IDENTITY_PROVIDER_CLIENT_ID } from './client';
import { loadProviderSecrets, publicJwk } from './keys';
import { loginPage, logoutPage, messagePage } from './pages';

/*
 * A real OpenID Connect provider for a developer's machine (oidc-provider, a certified
 * implementation), so that `npm start` signs users in the way production does, with nothing
 * configured. Development only: it is bound to loopback, its users are the demo accounts, and no
 * production image or deployment contains it.
 */

const ACCESS_TOKEN_TTL_SECONDS = 600;

export interface IdentityProviderOptions {
  /** 0 picks a free port. */
  port: number;
  /** Loopback only: 127.0.0.1 (default), ::1 or localhost. */
  host?: string;
  /** Where its keys, cookie keys and the demo password are kept (`.data/identity-provider`). */
  dataDir: string;
  /** The gateway's audience: access tokens are issued for it (resource indicator), as JWTs. */
  audience: string;
  /** The web app's address (http://localhost:4173): its callback and sign-out return are registered. */
  webOrigin: string;
  /** Lifetime of access tokens; default 600 s (tests make it short to see the web app refresh). */
  accessTokenTtlSeconds?: number;
  /** Where it logs; default console. */
  logger?: Pick<Console, 'warn' | 'error'>;
}

export interface RunningIdentityProvider {
  /** The issuer URL, e.g. http://localhost:4010 */
  issuer: string;
  port: number;
  clientId: string;
  /** The web app's private key (JWK JSON), for OIDC_CLIENT_PRIVATE_KEY (private_key_jwt). */
  clientPrivateKey: string;
  /** The demo accounts' password (one for all, kept in the data directory). */
  demoPassword: string;
  accounts: readonly DemoAccount[];
  dataDir: string;
  /** What the web app and the services need in their environment to use this provider. */
  env: Record<string, string>;
  stop(): Promise<void>;
}

const LOOPBACK = ['127.0.0.1', '::1', 'localhost'];

function samePassword(given: unknown, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const [a, b] = [Buffer.from(given.trim()), Buffer.from(expected)];
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Loaded natively: oidc-provider is ESM-only and this package is CommonJS. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const loadOidcProvider = () => import('oidc-provider') as Promise<{ default: new (issuer: string, configuration: object) => any; errors: any }>;

/** Starts the local provider and resolves once it listens. */
export async function startIdentityProvider(options: IdentityProviderOptions): Promise<RunningIdentityProvider> {
  const host = options.host ?? '127.0.0.1';
  if (!LOOPBACK.includes(host)) throw new Error(`The local identity provider is for this machine only: it binds to loopback, not ${host}`);
  const logger = options.logger ?? console;
  const accessTokenTtl = options.accessTokenTtlSeconds ?? ACCESS_TOKEN_TTL_SECONDS;
  const secrets = loadProviderSecrets(options.dataDir);
  const { default: Provider, errors } = await loadOidcProvider();

  // The port first: the issuer URL names it.
  const app = express();
  app.disable('x-powered-by');
  const server = http.createServer(app);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const issuer = `http://localhost:${port}`;

  const accountClaims = (account: DemoAccount) => ({
    sub: account.username,
    name: account.name,
    given_name: account.givenName,
    family_name: account.familyName,
    role: account.role,
    ...(account.region ? { region: account.region } : {}),
  });

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: IDENTITY_PROVIDER_CLIENT_ID,
        client_name: 'Kompetansenettverk i palliasjon',
        // As HelseID requires: the web app proves itself with a key, not a shared secret.
        token_endpoint_auth_method: 'private_key_jwt',
        token_endpoint_auth_signing_alg: 'ES256',
        jwks: { keys: [publicJwk(secrets.clientPrivateKey)] },
        redirect_uris: [`${options.webOrigin}/auth/callback`],
        post_logout_redirect_uris: [`${options.webOrigin}/`],
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
      },
    ],
    jwks: { keys: secrets.signingKeys },
    cookies: { keys: secrets.cookieKeys },
    claims: { openid: ['sub'], profile: ['name', 'given_name', 'family_name'], pallnet: ['role', 'region'] },
    scopes: ['openid', 'offline_access', 'profile', 'pallnet'],
    // The web app reads the user's name from the ID token, as it does from HelseID, Entra ID and Keycloak.
    conformIdTokenClaims: false,
    pkce: { required: () => true },
    async findAccount(_ctx: unknown, id: string) {
      const account = findDemoAccount(id);
      return account && { accountId: account.username, claims: async () => accountClaims(account) };
    },
    // Role and region in the access token, as the gateway's claim mapping reads them by default.
    async extraTokenClaims(_ctx: unknown, token: { kind: string; accountId?: string }) {
      const account = token.accountId ? findDemoAccount(token.accountId) : undefined;
      if (token.kind !== 'AccessToken' || !account) return undefined;
      return { name: account.name, role: account.role, ...(account.region ? { region: account.region } : {}) };
    },
    // A refresh token for the web app (it keeps the user signed in for a working day).
    async issueRefreshToken(_ctx: unknown, client: { grantTypeAllowed(type: string): boolean }) {
      return client.grantTypeAllowed('refresh_token');
    },
    ttl: {
      AccessToken: accessTokenTtl,
      AuthorizationCode: 60,
      IdToken: 3600,
      Interaction: 600,
      Grant: 12 * 3600,
      Session: 12 * 3600,
      RefreshToken: 12 * 3600,
    },
    features: {
      devInteractions: { enabled: false },
      revocation: { enabled: true },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: async (ctx: { body: string }, form: string) => {
          ctx.body = logoutPage(form);
        },
        postLogoutSuccessSource: async (ctx: { body: string }) => {
          ctx.body = messagePage('Du er logget ut', 'Du er logget ut av innloggingstjenesten.');
        },
      },
      resourceIndicators: {
        enabled: true,
        defaultResource: async () => options.audience,
        useGrantedResource: async () => true,
        getResourceServerInfo: async (_ctx: unknown, resource: string) => {
          if (resource !== options.audience) throw new errors.InvalidTarget(`unknown resource ${resource}`);
          return {
            scope: GATEWAY_API_SCOPE,
            audience: options.audience,
            accessTokenTTL: accessTokenTtl,
            accessTokenFormat: 'jwt',
            jwt: { sign: { alg: 'ES256' } },
          };
        },
      },
    },
    interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
    renderError: async (ctx: { type: string; body: string }, out: { error?: string; error_description?: string }) => {
      ctx.type = 'html';
      ctx.body = messagePage('Innloggingen feilet', `${out.error ?? 'error'}: ${out.error_description ?? ''}`);
    },
  });
  // Plain http on loopback: the provider must not insist on TLS here.
  provider.proxy = false;
  provider.on('server_error', (_ctx: unknown, error: Error) => logger.error(`[identity-provider] ${error.message}`));

  const noStore = (_req: Request, res: Response, next: NextFunction) => {
    res.set({
      'cache-control': 'no-store',
      'x-frame-options': 'DENY',
      'content-security-policy': "default-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'none'",
    });
    next();
  };

  app.get('/interaction/:uid', noStore, async (req, res, next) => {
    try {
      const details = await provider.interactionDetails(req, res);
      if (details.prompt.name === 'login') {
        res.type('html').send(loginPage({ uid: details.uid, accounts: DEMO_ACCOUNTS }));
        return;
      }
      // Consent: the web app is this installation's own client, so its scopes are granted here.
      const grant = details.grantId
        ? await provider.Grant.find(details.grantId)
        : new provider.Grant({ accountId: details.session.accountId, clientId: details.params.client_id });
      const missing = details.prompt.details as { missingOIDCScope?: string[]; missingOIDCClaims?: string[]; missingResourceScopes?: Record<string, string[]> };
      if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(' '));
      if (missing.missingOIDCClaims) grant.addOIDCClaims(missing.missingOIDCClaims);
      for (const [resource, scopes] of Object.entries(missing.missingResourceScopes ?? {})) grant.addResourceScope(resource, scopes.join(' '));
      const grantId = await grant.save();
      await provider.interactionFinished(req, res, { consent: details.grantId ? {} : { grantId } }, { mergeWithLastSubmission: true });
    } catch (error) {
      next(error);
    }
  });

  app.post('/interaction/:uid/login', noStore, express.urlencoded({ extended: false, limit: '10kb' }), async (req, res, next) => {
    try {
      const details = await provider.interactionDetails(req, res);
      const username = typeof req.body?.username === 'string' ? req.body.username : '';
      const account = findDemoAccount(username);
      if (!account || !samePassword(req.body?.password, secrets.demoPassword)) {
        res
          .status(401)
          .type('html')
          .send(loginPage({ uid: details.uid, accounts: DEMO_ACCOUNTS, username, error: 'Feil brukernavn eller passord.' }));
        return;
      }
      await provider.interactionFinished(req, res, { login: { accountId: account.username } }, { mergeWithLastSubmission: false });
    } catch (error) {
      next(error);
    }
  });

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.use(provider.callback());
  app.use((error: Error, _req: Request, res: Response, _next: NextFunction) => {
    logger.warn(`[identity-provider] ${error.message}`);
    res
      .status(400)
      .type('html')
      .send(messagePage('Innloggingen kunne ikke fortsette', 'Innloggingen er utløpt eller ugyldig. Gå tilbake til dashbordet og logg inn på nytt.'));
  });

  const clientPrivateKey = JSON.stringify(secrets.clientPrivateKey);
  return {
    issuer,
    port,
    clientId: IDENTITY_PROVIDER_CLIENT_ID,
    clientPrivateKey,
    demoPassword: secrets.demoPassword,
    accounts: DEMO_ACCOUNTS,
    dataDir: options.dataDir,
    env: {
      OIDC_ISSUER: issuer,
      OIDC_AUDIENCE: options.audience,
      OIDC_CLIENT_ID: IDENTITY_PROVIDER_CLIENT_ID,
      OIDC_CLIENT_PRIVATE_KEY: clientPrivateKey,
      OIDC_SCOPES: `openid profile offline_access ${GATEWAY_API_SCOPE}`,
      OIDC_RESOURCE: options.audience,
    },
    stop: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}
