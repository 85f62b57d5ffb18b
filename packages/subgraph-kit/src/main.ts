import { gatewaySecretVariableFor, getEnvBool, getEnvNum, getEnvStr, portVariableFor, resolveDatabaseUrl } from './config';
import { printSubgraphSdl } from './federation';
import { startSubgraph, SubgraphContext, SubgraphDefinition } from './server';
import { isProductionEnvironment, readTokenKeys } from './tokens';

/**
 * The process entry of every subgraph (`src/index.ts`). With `--print-sdl` it prints the SDL it
 * contributes to composition and exits, touching no database (used by `npm run compose`).
 * Otherwise it reads the environment once, starts the service, stops it cleanly on SIGINT/SIGTERM, and on a startup failure prints one line and
 * exits 1 instead of a stack trace.
 */
export function runSubgraphProcess<TContext extends SubgraphContext>(definition: SubgraphDefinition<TContext>): void {
  if (process.argv.includes('--print-sdl')) {
    definition
      .buildSchema()
      .then(printSubgraphSdl)
      .then(
        (sdl) => process.stdout.write(sdl),
        (error: Error) => {
          console.error(`[${definition.name}] ${error.message}`);
          process.exit(1);
        },
      );
    return;
  }
  const start = async () => {
    // staging, Production, …: anything but development and test is run as production.
    const production = isProductionEnvironment();
    const secretVariable = gatewaySecretVariableFor(definition.name);
    const gatewaySecret = getEnvStr(secretVariable);
    if (gatewaySecret === undefined && !production) {
      console.warn(`[${definition.name}] ${secretVariable} is not set: anyone may query this subgraph directly (refused in production)`);
    }
    const service = await startSubgraph(definition, {
      port: getEnvNum(portVariableFor(definition.name), definition.defaultPort),
      host: getEnvStr('HOST'),
      databaseUrl: resolveDatabaseUrl(definition.name),
      seed: getEnvBool('SEED', true),
      logQueries: getEnvBool('LOG_SQL', false),
      exposeStatementCounter: getEnvBool('SQL_STATEMENT_COUNTER', false),
      production,
      tokenKeys: readTokenKeys(),
      gatewaySecret,
    });
    console.log(`[${definition.name}] ready at ${service.url}`);
    let stopping = false;
    const stop = (signal: string) => {
      if (stopping) return;
      stopping = true;
      console.log(`[${definition.name}] ${signal}: stopping`);
      service.stop().then(
        () => process.exit(0),
        (error: Error) => {
          console.error(`[${definition.name}] error while stopping: ${error.message}`);
          process.exit(1);
        },
      );
    };
    process.on('SIGINT', () => stop('SIGINT'));
    process.on('SIGTERM', () => stop('SIGTERM'));
  };
  start().catch((error: Error) => {
    console.error(`[${definition.name}] ${error.message}`);
    process.exit(1);
  });
}
