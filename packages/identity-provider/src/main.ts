import { startIdentityProvider } from './provider';

/**
 * The local provider as its own process, as `npm start` runs it: IDENTITY_PROVIDER_PORT (4010),
 * IDENTITY_PROVIDER_DATA_DIR (its keys and the demo password), IDENTITY_PROVIDER_AUDIENCE (the
 * gateway's audience), IDENTITY_PROVIDER_WEB_ORIGIN (the web app, whose callback it registers),
 * IDENTITY_PROVIDER_ACCESS_TOKEN_TTL (seconds, default 600).
 * Always on loopback. Development only: refused with a production NODE_ENV.
 */
/**
 * oidc-provider warns on stderr that it prefers Node 22+ and that it keeps grants and sessions in
 * memory: both known and documented (README), so in this process they are notes on stdout rather
 * than error output beside a real error.
 */
function oidcProviderWarningsAsNotes(): void {
  const warn = console.warn.bind(console);
  console.warn = (...args: unknown[]) => {
    const text = args.map(String).join(' ');
    if (!text.includes('oidc-provider WARNING: ')) return warn(...args);
    // eslint-disable-next-line no-control-regex
    console.log(`[identity-provider] note: ${text.replace(/\x1b\[[0-9;]*m/g, '').replace('oidc-provider WARNING: ', '')}`);
  };
}

async function main(): Promise<void> {
  oidcProviderWarningsAsNotes();
  const env = process.env;
  const nodeEnv = env.NODE_ENV?.trim();
  if (nodeEnv && nodeEnv !== 'development' && nodeEnv !== 'test') {
    throw new Error(`the local identity provider is for development only; it refuses to run with NODE_ENV=${nodeEnv}`);
  }
  const required = (name: string) => {
    const value = env[name]?.trim();
    if (!value) throw new Error(`${name} must be set`);
    return value;
  };
  const provider = await startIdentityProvider({
    port: Number(env.IDENTITY_PROVIDER_PORT ?? 4010),
    dataDir: required('IDENTITY_PROVIDER_DATA_DIR'),
    audience: required('IDENTITY_PROVIDER_AUDIENCE'),
    webOrigin: required('IDENTITY_PROVIDER_WEB_ORIGIN'),
    ...(env.IDENTITY_PROVIDER_ACCESS_TOKEN_TTL ? { accessTokenTtlSeconds: Number(env.IDENTITY_PROVIDER_ACCESS_TOKEN_TTL) } : {}),
  });
  console.log(`[identity-provider] ready at ${provider.issuer} (development only)`);
  const stop = () => provider.stop().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: Error) => {
  console.error(`[identity-provider] ${error.message}`);
  process.exit(1);
});
