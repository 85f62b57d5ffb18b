// First: tracing (when configured) must start before graphql and http are loaded.
import '@pallnet/observability/register';
import { createLogger, metricsPortFromEnvironment } from '@pallnet/observability';
import { readGatewayConfig, readGatewaySecrets, readSubgraphUrls } from './config';
import { createGateway, RunningGateway } from './gateway';
import { listSupergraphSubgraphs, readSupergraph } from './supergraph';

const log = createLogger('gateway');
/** The data sources' and Apollo's messages name the gateway already; the log line's prefix does. */
const withoutPrefix = (message: unknown) => String(message).replace(/^\[gateway\] /, '');

/**
 * The gateway process: reads the environment once, serves the supergraph, stops cleanly on
 * SIGINT/SIGTERM, and on a startup failure prints one line and exits 1.
 */
async function main(): Promise<RunningGateway> {
  const config = readGatewayConfig();
  const supergraphSdl = await readSupergraph(config.supergraphPath);
  // The supergraph names the subgraphs whose `<NAME>_URL` and `<NAME>_GATEWAY_SECRET` variables are read.
  const subgraphNames = listSupergraphSubgraphs(supergraphSdl).map((subgraph) => subgraph.name);
  const subgraphUrls = readSubgraphUrls(subgraphNames);
  const gatewaySecrets = readGatewaySecrets(subgraphNames);
  return createGateway({
    ...config,
    supergraphSdl,
    subgraphUrls,
    gatewaySecrets,
    logger: { warn: (message: unknown) => log.warn(withoutPrefix(message)), error: (message: unknown) => log.error(withoutPrefix(message)) },
    observability: { log, metricsPort: metricsPortFromEnvironment() },
  });
}

main().then(
  (gateway) => {
    log.info(`ready at ${gateway.url}`);
    let stopping = false;
    const stop = (signal: string) => {
      if (stopping) return;
      stopping = true;
      log.info(`${signal}: stopping`);
      gateway.stop().then(
        () => process.exit(0),
        (error: Error) => {
          log.error(`error while stopping: ${error.message}`);
          process.exit(1);
        },
      );
    };
    process.on('SIGINT', () => stop('SIGINT'));
    process.on('SIGTERM', () => stop('SIGTERM'));
  },
  (error: Error) => {
    console.error(`[gateway] ${error.message}`);
    process.exit(1);
  },
);
