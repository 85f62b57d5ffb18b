// The token rules only: the kit's main module would also load Apollo and MikroORM.
import { ConfigurationError } from '@pallnet/subgraph-kit/dist/config';
import { AuthenticationError, KNOWN_REGIONS, readTokenKeys, signToken, VIEWER_ROLES } from '@pallnet/subgraph-kit/dist/tokens';
import { parseArgs } from 'node:util';

/**
 * `npm run token -- --role editor --region VEST [--subject name] [--expires-in 1h]`: prints a token
 * signed with the configured JWT_SECRET, or the development key when none is configured (outside
 * production), to stdout alone, so that `$(npm run -s token -- …)` is the token. What it signed
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
    'Signed with JWT_SECRET, else the development key (not in production). Use it as',
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
  process.stderr.write(`[token] ${who}, expires in ${expiresIn}, signed with ${keys.development ? 'the development key' : 'JWT_SECRET'}\n`);
}

main().catch((error: Error) => {
  const expected = error instanceof ConfigurationError || error instanceof AuthenticationError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
  // The claim rules speak of tokens; here it is the arguments that are wrong.
  process.stderr.write(`${expected ? error.message.replace(/^Invalid token: /, '') : error.stack}\n`);
  process.exit(1);
});
