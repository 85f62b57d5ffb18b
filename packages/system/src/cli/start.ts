import { redactUrl } from '@pallnet/subgraph-kit/dist/config';
import path from 'node:path';
import { GATEWAY, REPO_ROOT, SERVICES } from '../repo';
import { printLogLine } from '../service-process';
import { RunningSystem, startSystem, SystemError } from '../system';

/**
 * `npm start [-- <service> …]`: the whole federation on this machine, or only the named services.
 * Everything it does is startSystem's; this file turns signals into an orderly stop, and expected
 * failures into one message and exit code 1.
 */

const EXAMPLE_QUERY = '{ networks { name region healthTrust units { name localTerm level } } }';

function say(text: string, stream: 'stdout' | 'stderr' = 'stdout') {
  printLogLine({ source: 'system', stream, text });
}

function usage(): string {
  return [
    'Usage: npm start [-- <service> …]   (services: ' + SERVICES.map((service) => service.name).join(', ') + '; default all)',
    '',
    'Environment: PORT (gateway, 4000), NATIONAL_PORT … SOR_OST_PORT (4001-4005),',
    '  DATABASE_URL or <NAME>_DATABASE_URL to use an existing PostgreSQL; otherwise an embedded one',
    '  on EMBEDDED_PG_PORT (5488) with its data in EMBEDDED_PG_DATA_DIR (.data/postgres).',
    '  With the gateway, the dashboard is served too, on DASHBOARD_PORT (4173), and, unless OIDC_ISSUER names',
    '  your OpenID provider, a local one for sign-in with demo accounts on IDENTITY_PROVIDER_PORT (4010).',
    '  Everything binds to 127.0.0.1 unless HOST says otherwise (HOST=0.0.0.0 opens it to the network).',
  ].join('\n');
}

function printReady(system: RunningSystem, seconds: string) {
  const lines: string[] = [];
  lines.push(
    `[system] ready in ${seconds} s` +
      (system.gatewayUrl ? `: gateway at ${system.gatewayUrl}` : '') +
      (system.dashboardUrl ? `, dashboard at ${system.dashboardUrl}` : ''),
  );
  lines.push('');
  for (const service of system.services) lines.push(`  ${service.name.padEnd(10)} ${service.url}`);
  if (system.dashboardUrl) lines.push(`  ${'dashboard'.padEnd(10)} ${system.dashboardUrl}`);
  if (system.identityProvider) lines.push(`  ${'sign-in'.padEnd(10)} ${system.identityProvider.issuer} (local OpenID provider, development only)`);
  const { embedded, external } = system.database;
  if (embedded) {
    const shown = path.relative(REPO_ROOT, embedded.dataDir).startsWith('..') ? embedded.dataDir : path.relative(REPO_ROOT, embedded.dataDir);
    lines.push(`  ${'database'.padEnd(10)} embedded PostgreSQL on port ${embedded.port}, data in ${shown} (kept between runs; delete it to start fresh)`);
  }
  for (const [subgraph, url] of Object.entries(external)) lines.push(`  ${'database'.padEnd(10)} ${subgraph}: ${redactUrl(url)}`);
  lines.push('');
  if (system.gatewayUrl) {
    lines.push(`Open ${system.gatewayUrl} in a browser, or try this query:`);
    lines.push('');
    lines.push(`  ${EXAMPLE_QUERY}`);
    lines.push('');
    lines.push(`  curl -s ${system.gatewayUrl} -H 'content-type: application/json' --data '${JSON.stringify({ query: EXAMPLE_QUERY })}'`);
  } else {
    lines.push('No gateway in this run: query the subgraphs at the URLs above.');
  }
  const provider = system.identityProvider;
  if (provider && system.dashboardUrl) {
    lines.push('');
    lines.push(`Sign in: open ${system.dashboardUrl}, choose «Logg inn», and use one of the demo accounts`);
    const shown = path.relative(REPO_ROOT, provider.dataDir).startsWith('..') ? provider.dataDir : path.relative(REPO_ROOT, provider.dataDir);
    lines.push(`with the password ${provider.demoPassword} (kept in ${shown}; delete it for a new one):`);
    lines.push('');
    for (const account of provider.accounts) lines.push(`  ${account.username.padEnd(20)} ${account.name}, ${account.description}`);
  }
  lines.push('');
  lines.push('Ctrl-C stops everything.');
  process.stdout.write(`${lines.join('\n')}\n`);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    console.log(usage());
    return;
  }
  const startedAt = Date.now();
  const startup = new AbortController();
  let system: RunningSystem | undefined;
  let stopping = false;

  const onSignal = (signal: NodeJS.Signals) => {
    // npm forwards the terminal's Ctrl-C as well, so a second signal is normal: the stop in
    // progress is bounded by its timeouts, and a second one would only cut it short.
    if (stopping) return;
    stopping = true;
    if (!system) {
      say(`${signal}: stopping what has started`);
      startup.abort();
      return;
    }
    say(`${signal}: stopping the gateway, then the subgraphs, then the database`);
    system.stop().then(
      () => {
        say('stopped');
        process.exit(0);
      },
      (error: Error) => {
        say(`error while stopping: ${error.message}`, 'stderr');
        process.exit(1);
      },
    );
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, onSignal);

  try {
    // The dashboard comes with the gateway it calls.
    const withGateway = args.length === 0 || args.includes(GATEWAY.name);
    // Sign-in works with nothing configured: a local OpenID provider unless one is configured.
    // The services verify its tokens, so it runs whenever they do.
    const identityProvider = !process.env.OIDC_ISSUER?.trim();
    system = await startSystem({ services: args, restartOnCrash: true, signal: startup.signal, dashboard: withGateway, identityProvider });
  } catch (error) {
    if (error instanceof SystemError && error.code === 'ABORTED') {
      say('stopped');
      process.exit(0);
    }
    if (error instanceof SystemError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  printReady(system, ((Date.now() - startedAt) / 1000).toFixed(1));
}

main().catch((error: Error) => {
  // Not an expected failure: the stack helps whoever fixes it.
  console.error(error);
  process.exit(1);
});
