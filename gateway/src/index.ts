import { readGatewayConfig, readGatewaySecrets, readSubgraphUrls } from './config';
import { createGateway, RunningGateway } from './gateway';
import { listSupergraphSubgraphs, readSupergraph } from './supergraph';

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
  return createGateway({ ...config, supergraphSdl, subgraphUrls, gatewaySecrets });
}

main().then(
  (gateway) => {
    console.log(`[gateway] ready at ${gateway.url}`);
    let stopping = false;
    const stop = (signal: string) => {
      if (stopping) return;
      stopping = true;
      console.log(`[gateway] ${signal}: stopping`);
      gateway.stop().then(
        () => process.exit(0),
        (error: Error) => {
          console.error(`[gateway] error while stopping: ${error.message}`);
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
