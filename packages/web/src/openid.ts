import { ConfigurationError } from '@pallnet/subgraph-kit/dist/config';
import { isLoopbackHost } from '@pallnet/subgraph-kit/dist/tokens';
import { createPrivateKey, webcrypto } from 'node:crypto';
import type * as OpenIdClientModule from 'openid-client' with { 'resolution-mode': 'import' };

type Oidc = typeof OpenIdClientModule;
type Configuration = OpenIdClientModule.Configuration;

/** How this app proves who it is at the provider's token endpoint. */
export type ClientAuthentication =
  | { method: 'client_secret_basic'; secret: string }
  /** HelseID requires it: a signed assertion with the client's private key (JWK JSON or PKCS#8 PEM). */
  | { method: 'private_key_jwt'; privateKey: string; keyId?: string };

export interface OpenIdClientSettings {
  /** The provider's issuer URL; its discovery document is read from `/.well-known/openid-configuration`. */
  issuer: string;
  clientId: string;
  clientAuthentication: ClientAuthentication;
  /** Space-separated; `openid` is required, `offline_access` gets a refresh token from most providers. */
  scopes: string;
  /** RFC 8707 resource indicator: the gateway's API, so the access token is issued for it. */
  resource?: string;
  /** Where the provider sends the browser back: <public URL>/auth/callback. */
  redirectUri: string;
  /** Where the provider's end-session sends the browser afterwards: the dashboard. */
  postLogoutRedirectUri: string;
}

export interface ProviderTokens {
  accessToken: string;
  /** Epoch milliseconds. */
  accessTokenExpiresAt: number;
  refreshToken: string | undefined;
  idToken: string | undefined;
  /** The ID token's claims (name, …). */
  idClaims: Record<string, unknown>;
}

/** A native dynamic import: openid-client v6 is ESM-only and this package is CommonJS. */
const loadOpenIdClient = () => import('openid-client') as Promise<Oidc>;

/** A JWK (JSON) or a PKCS#8 PEM as a WebCrypto signing key, with its algorithm. */
async function importPrivateKey(raw: string, keyId: string | undefined): Promise<{ key: webcrypto.CryptoKey; kid?: string }> {
  let jwk: webcrypto.JsonWebKey & { kid?: string };
  try {
    jwk = raw.trim().startsWith('{') ? JSON.parse(raw) : (createPrivateKey(raw.replace(/\\n/g, '\n')).export({ format: 'jwk' }) as webcrypto.JsonWebKey);
  } catch (error) {
    throw new ConfigurationError(`OIDC_CLIENT_PRIVATE_KEY must be a private JWK (JSON) or a PKCS#8 PEM: ${(error as Error).message}`);
  }
  if (!jwk.d) throw new ConfigurationError('OIDC_CLIENT_PRIVATE_KEY holds a public key: give the private key');
  const algorithm =
    jwk.kty === 'RSA'
      ? { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }
      : jwk.kty === 'EC' && jwk.crv === 'P-256'
        ? { name: 'ECDSA', namedCurve: 'P-256' }
        : undefined;
  if (!algorithm) throw new ConfigurationError('OIDC_CLIENT_PRIVATE_KEY must be an RSA (RS256) or EC P-256 (ES256) key');
  const { kid, ...material } = jwk;
  delete (material as { alg?: string }).alg;
  delete (material as { use?: string }).use;
  const key = await webcrypto.subtle.importKey('jwk', material, algorithm, false, ['sign']);
  const id = keyId ?? kid;
  return id ? { key, kid: id } : { key };
}

/**
 * The web app's side of OpenID Connect (authorization code with PKCE), on openid-client. The
 * provider is discovered on first use, and again after a failure, so the app starts even while
 * the provider is briefly away.
 */
export class OpenIdClient {
  private configuration: Promise<{ oidc: Oidc; config: Configuration }> | undefined;

  constructor(readonly settings: OpenIdClientSettings) {}

  private configure(): Promise<{ oidc: Oidc; config: Configuration }> {
    this.configuration ??= (async () => {
      const oidc = await loadOpenIdClient();
      const { issuer, clientId, clientAuthentication } = this.settings;
      const authentication =
        clientAuthentication.method === 'client_secret_basic'
          ? oidc.ClientSecretBasic(clientAuthentication.secret)
          : oidc.PrivateKeyJwt(await importPrivateKey(clientAuthentication.privateKey, clientAuthentication.keyId));
      // Plain http only for a provider on this machine (npm start's local provider).
      const url = new URL(issuer);
      const insecure = url.protocol === 'http:' && isLoopbackHost(url.hostname);
      const config = await oidc.discovery(url, clientId, undefined, authentication, insecure ? { execute: [oidc.allowInsecureRequests] } : undefined);
      return { oidc, config };
    })().catch((error: Error) => {
      this.configuration = undefined;
      throw new Error(`the OpenID provider ${this.settings.issuer} cannot be reached: ${error.message}`);
    });
    return this.configuration;
  }

  /** Where to send the browser to sign in, and the PKCE verifier, state and nonce to keep for the callback. */
  async startLogin(): Promise<{ url: URL; codeVerifier: string; state: string; nonce: string }> {
    const { oidc, config } = await this.configure();
    const codeVerifier = oidc.randomPKCECodeVerifier();
    const state = oidc.randomState();
    const nonce = oidc.randomNonce();
    const parameters: Record<string, string> = {
      redirect_uri: this.settings.redirectUri,
      scope: this.settings.scopes,
      code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    };
    if (this.settings.resource) parameters.resource = this.settings.resource;
    // Without offline_access most providers issue no refresh token; they must also be asked for consent.
    if (this.settings.scopes.split(/\s+/).includes('offline_access')) parameters.prompt = 'consent';
    return { url: oidc.buildAuthorizationUrl(config, parameters), codeVerifier, state, nonce };
  }

  /** Exchanges the callback's code for tokens, checking state, nonce, PKCE and the ID token. */
  async finishLogin(callbackUrl: URL, checks: { codeVerifier: string; state: string; nonce: string }): Promise<ProviderTokens> {
    const { oidc, config } = await this.configure();
    const tokens = await oidc.authorizationCodeGrant(
      config,
      callbackUrl,
      { pkceCodeVerifier: checks.codeVerifier, expectedState: checks.state, expectedNonce: checks.nonce, idTokenExpected: true },
      this.settings.resource ? { resource: this.settings.resource } : undefined,
    );
    return this.toProviderTokens(tokens, undefined);
  }

  /** New tokens from a refresh token (the provider may rotate it). */
  async refresh(refreshToken: string, previousIdToken: string | undefined): Promise<ProviderTokens> {
    const { oidc, config } = await this.configure();
    const tokens = await oidc.refreshTokenGrant(config, refreshToken, this.settings.resource ? { resource: this.settings.resource } : undefined);
    return this.toProviderTokens(tokens, refreshToken, previousIdToken);
  }

  /** The provider's end-session address for this user, when it has one. */
  async endSessionUrl(idToken: string | undefined): Promise<string | undefined> {
    const { oidc, config } = await this.configure();
    if (!config.serverMetadata().end_session_endpoint) return undefined;
    const parameters: Record<string, string> = { post_logout_redirect_uri: this.settings.postLogoutRedirectUri, client_id: this.settings.clientId };
    if (idToken) parameters.id_token_hint = idToken;
    return oidc.buildEndSessionUrl(config, parameters).href;
  }

  /** Revokes a refresh token at sign-out, when the provider supports revocation; failures are the provider's. */
  async revoke(refreshToken: string): Promise<void> {
    const { oidc, config } = await this.configure();
    if (!config.serverMetadata().revocation_endpoint) return;
    await oidc.tokenRevocation(config, refreshToken, { token_type_hint: 'refresh_token' });
  }

  private toProviderTokens(
    tokens: OpenIdClientModule.TokenEndpointResponse & OpenIdClientModule.TokenEndpointResponseHelpers,
    previousRefreshToken: string | undefined,
    previousIdToken?: string,
  ): ProviderTokens {
    const expiresIn = tokens.expiresIn() ?? 300;
    return {
      accessToken: tokens.access_token,
      accessTokenExpiresAt: Date.now() + expiresIn * 1000,
      refreshToken: tokens.refresh_token ?? previousRefreshToken,
      idToken: tokens.id_token ?? previousIdToken,
      idClaims: (tokens.claims() ?? {}) as Record<string, unknown>,
    };
  }
}
