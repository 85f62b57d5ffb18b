import { ConfigurationError } from '@pallnet/subgraph-kit/dist/config';
import { readWebConfig } from './config';
import { startWebServer } from './server';

/**
 * The web app as its own process (a deployment's web container): reads the environment once,
 * serves until SIGINT/SIGTERM. `npm start` runs the same server inside its runner instead.
 */
async function main(): Promise<void> {
  const server = await startWebServer(readWebConfig());
  console.log(`[web] ready at ${server.url}`);
  const stop = () => server.stop().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: Error) => {
  console.error(`[web] ${error instanceof ConfigurationError ? error.message : (error.stack ?? error.message)}`);
  process.exit(1);
});
