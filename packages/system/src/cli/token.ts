// The token rules only: the kit's main module would also load Apollo and MikroORM.
import { ConfigurationError } from '@pallnet/subgraph-kit/dist/config';
import {
  AuthenticationError,
  DEVELOPMENT_KEY_VARIABLE,
  isProductionEnvironment,
  KNOWN_REGIONS,
  readTokenKeys,
  signToken,
  VIEWER_ROLES,
} from '@pallnet/subgraph-kit/dist/tokens';
import { parseArgs } from 'node:util';

/**
 * `npm run token -- --role editor --region VEST [--subject name] [--expires-in 1h]`: prints a token
 * signed with the configured JWT_SECRET, or the public development key when ALLOW_PUBLIC_DEVELOPMENT_KEY=true,
 * to stdout alone; it refuses to run in production, so that `$(npm run -s token -- …)` is the token. What it signed
 * goes to stderr.
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
    `Signed with JWT_SECRET, else the public development key when ${DEVELOPMENT_KEY_VARIABLE}=true. Never in production. Use it as`,
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
    throw new ConfigurationError(`npm run token is for development and tests: it refuses to run with NODE_ENV=${process.env.NODE_ENV}; sign in through the OpenID provider`);
  }
  if (!values.role) throw new ConfigurationError(`--role is required (${VIEWER_ROLES.join(' or ')})\n\n${usage()}`);
  if (values.region && values.role !== 'editor') throw new ConfigurationError(`--region is for editors only; an ${values.role} reads every region`);
  const keys = readTokenKeys();
  const expiresIn = values['expires-in'] ?? '1h';
  const token = await signToken(keys, {
    role: values.role,
    region: values.region?.toUpperCase().replace(/-/g, '_'),
    subject: values.subject ?? `${values.role}@local`,
    expiresIn,
  });
  process.stdout.write(`${token}\n`);
  const who = values.role === 'editor' ? `editor of ${values.region!.toUpperCase().replace(/-/g, '_')}` : values.role;
  process.stderr.write(`[token] ${who}, expires in ${expiresIn}, signed with ${keys.secrets[0] === undefined ? '' : process.env.JWT_SECRET?.trim() ? 'JWT_SECRET' : `the PUBLIC development key (${DEVELOPMENT_KEY_VARIABLE}=true)`}\n`);
}

main().catch((error: Error) => {
  const expected = error instanceof ConfigurationError || error instanceof AuthenticationError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
  // The claim rules speak of tokens; here it is the arguments that are wrong.
  process.stderr.write(`${expected ? error.message.replace(/^Invalid token: /, '') : error.stack}\n`);
  process.exit(1);
});
