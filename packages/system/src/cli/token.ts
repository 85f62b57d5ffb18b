// The token rules only: the kit's main module would also load Apollo and MikroORM.
import { ConfigurationError } from '@pallnet/subgraph-kit/config';
import {
  AuthenticationError,
  DEVELOPMENT_KEY_VARIABLE,
  isProductionEnvironment,
  KNOWN_REGIONS,
  readTokenKeys,
  signToken,
  TokenKeys,
  viewerFromClaims,
  VIEWER_ROLES,
} from '@pallnet/subgraph-kit/tokens';
import { DEFAULT_IDENTITY_PROVIDER_PORT } from '@pallnet/identity-provider/client';
import { signLocalAccessToken } from '@pallnet/identity-provider/local-token';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_IDENTITY_PROVIDER_DATA_DIR } from '../repo';

/**
 * `npm run token -- --role editor --region VEST [--subject name] [--expires-in 1h]`: prints a token
 * to stdout alone, so that `$(npm run -s token -- …)` is the token; what it signed goes to stderr.
 * Signed with JWT_SECRET when set, else the public development key when
 * ALLOW_PUBLIC_DEVELOPMENT_KEY=true (tests), else as `npm start`'s local OpenID provider (its key
 * in .data/identity-provider), which is what `npm start`'s services accept. It refuses to run in
 * production (any NODE_ENV but development and test): tokens there come from the provider.
 */

function usage(): string {
  return [
    'Usage: npm run -s token -- --role <role> [--region <region>] [--subject <name>] [--expires-in <span>]',
    '',
    `  --role        ${VIEWER_ROLES.join(' or ')}`,
    `  --region      an editor's region: ${KNOWN_REGIONS.join(', ')}`,
    '  --subject     who the token is for (default: "<role>@local"); the audit log names them',
    '  --expires-in  30m, 1h, 7d… (default 1h)',
    '',
    `Signed with JWT_SECRET, else the public development key when ${DEVELOPMENT_KEY_VARIABLE}=true, else as npm start's`,
    'local OpenID provider (IDENTITY_PROVIDER_DATA_DIR, IDENTITY_PROVIDER_PORT). Never in production. Use it as',
    '  curl … -H "Authorization: Bearer $(npm run -s token -- --role analyst)"',
  ].join('\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      role: { type: 'string' },
      region: { type: 'string' },
      subject: { type: 'string' },
      'expires-in': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    console.log(usage());
    return;
  }
  // Tokens in production come from the organisation's OpenID provider, never from a shell.
  if (isProductionEnvironment()) {
    throw new ConfigurationError(
      `npm run token is for development and tests: it refuses to run with NODE_ENV=${process.env.NODE_ENV}; sign in through the OpenID provider`,
    );
  }
  if (!values.role) throw new ConfigurationError(`--role is required (${VIEWER_ROLES.join(' or ')})\n\n${usage()}`);
  if (values.region && values.role !== 'editor') throw new ConfigurationError(`--region is for editors only; an ${values.role} reads every region`);
  const expiresIn = values['expires-in'] ?? '1h';
  const region = values.region?.toUpperCase().replace(/-/g, '_');
  const subject = values.subject ?? `${values.role}@local`;
  const secretConfigured = Boolean(process.env.JWT_SECRET?.trim()) || /^(1|true|yes|on)$/i.test(process.env[DEVELOPMENT_KEY_VARIABLE]?.trim() ?? '');
  let token: string;
  let signer: string;
  if (secretConfigured) {
    const keys: TokenKeys = readTokenKeys();
    token = await signToken(keys, { role: values.role, region, subject, expiresIn });
    signer = process.env.JWT_SECRET?.trim() ? 'JWT_SECRET' : `the PUBLIC development key (${DEVELOPMENT_KEY_VARIABLE}=true)`;
  } else {
    // The claims by the services' own rules first, so it never signs a token they refuse.
    const viewer = viewerFromClaims({ role: values.role, region: region ?? undefined, sub: subject });
    const dataDir = path.resolve(process.env.IDENTITY_PROVIDER_DATA_DIR?.trim() || DEFAULT_IDENTITY_PROVIDER_DATA_DIR);
    const issuer = `http://localhost:${process.env.IDENTITY_PROVIDER_PORT?.trim() || DEFAULT_IDENTITY_PROVIDER_PORT}`;
    if (!/^-?\d+[smhd]$/.test(expiresIn)) throw new ConfigurationError(`expires-in must be a time span such as 30m, 1h or 7d, got "${expiresIn}"`);
    try {
      token = await signLocalAccessToken({
        dataDir,
        issuer,
        subject,
        claims: { role: viewer.role, ...(viewer.region ? { region: viewer.region } : {}) },
        expiresIn,
      });
    } catch (error) {
      throw new ConfigurationError((error as Error).message);
    }
    signer = `the local OpenID provider's key (${issuer}, npm start)`;
  }
  process.stdout.write(`${token}\n`);
  const who = values.role === 'editor' ? `editor of ${region}` : values.role;
  process.stderr.write(`[token] ${who}, expires in ${expiresIn}, signed with ${signer}\n`);
}

main().catch((error: Error) => {
  const expected =
    error instanceof ConfigurationError || error instanceof AuthenticationError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
  // The claim rules speak of tokens; here it is the arguments that are wrong.
  process.stderr.write(`${expected ? error.message.replace(/^Invalid token: /, '') : error.stack}\n`);
  process.exit(1);
});
