import { createLogger, metricsPortFromEnvironment } from '@pallnet/observability';
import {
  databaseUrlVariableFor,
  gatewaySecretVariableFor,
  getEnvBool,
  getEnvNum,
  getEnvStr,
  portVariableFor,
  resolveDatabaseUrl,
  resolveMigrationDatabaseUrl,
} from './config';
import { connectDatabase, ensureDatabaseExists } from './database';
import { assertSchemaCurrent, migrateUnderLock } from './migrations';
import { printSubgraphSdl } from './federation';
import { DEFAULT_READ_CACHE_MAX_ROWS } from './read-cache';
import { readRequestGuardLimits } from './request-guards';
import { startSubgraph, SUBGRAPH_REQUEST_GUARD_LIMITS, SubgraphContext, SubgraphDefinition } from './server';
import { isProductionEnvironment, readTokenKeys } from './tokens';

/** The gateway's default SUBGRAPH_TIMEOUT_MS. */
const DEFAULT_STATEMENT_TIMEOUT_MS = 5000;

/** The gateway's limits from the same variables, with the subgraph's two extra levels of depth. */
function subgraphLimits() {
  const limits = readRequestGuardLimits({ ...SUBGRAPH_REQUEST_GUARD_LIMITS, maxDepth: SUBGRAPH_REQUEST_GUARD_LIMITS.maxDepth - 2 });
  return { ...limits, maxDepth: limits.maxDepth + 2 };
}

/**
 * The process entry of every subgraph (`src/index.ts`): `node dist/src/index.js [command]`.
 * - `--print-sdl` prints the SDL it contributes to composition and exits, touching no database
 *   (used by `npm run compose`).
 * - `migrate` applies its migrations as the migration owner under the migration lock (two at once
 *   are safe), grants the runtime role its rows, and exits.
 * - `seed` loads the source documents' data where it is missing, and exits.
 * - no command: it reads the environment once, starts the service, stops it cleanly on
 *   SIGINT/SIGTERM, and on a startup failure prints one line and exits 1 instead of a stack trace.
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
  const command = process.argv[2];
  if (command === 'migrate' || command === 'seed') {
    runDatabaseCommand(definition, command).then(
      () => process.exit(0),
      (error: Error) => {
        console.error(`[${definition.name}] ${error.message}`);
        process.exit(1);
      },
    );
    return;
  }
  if (command !== undefined) {
    console.error(`[${definition.name}] Unknown command "${command}": use migrate, seed, --print-sdl, or none to serve`);
    process.exit(2);
  }
  const logger = createLogger(definition.name);
  const start = async () => {
    // staging, Production, …: anything but development and test is run as production.
    const production = isProductionEnvironment();
    const secretVariable = gatewaySecretVariableFor(definition.name);
    const gatewaySecret = getEnvStr(secretVariable);
    if (gatewaySecret === undefined && !production) {
      logger.warn(`${secretVariable} is not set: anyone may query this subgraph directly (refused in production)`);
    }
    const service = await startSubgraph(definition, {
      port: getEnvNum(portVariableFor(definition.name), definition.defaultPort),
      host: getEnvStr('HOST'),
      databaseUrl: resolveDatabaseUrl(definition.name),
      // In production serving never migrates, so it needs no migration owner.
      migrationDatabaseUrl: production ? undefined : resolveMigrationDatabaseUrl(definition.name),
      // In production seeding is the `seed` command's alone.
      seed: !production && getEnvBool('SEED', true),
      logQueries: getEnvBool('LOG_SQL', false),
      exposeStatementCounter: getEnvBool('SQL_STATEMENT_COUNTER', false),
      production,
      tokenKeys: readTokenKeys(),
      gatewaySecret,
      limits: subgraphLimits(),
      // The gateway gives up on a subgraph after SUBGRAPH_TIMEOUT_MS; so does every statement.
      statementTimeoutMs: getEnvNum('STATEMENT_TIMEOUT_MS', getEnvNum('SUBGRAPH_TIMEOUT_MS', DEFAULT_STATEMENT_TIMEOUT_MS)),
      logger,
      metricsPort: metricsPortFromEnvironment(),
      readCache: getEnvBool('READ_CACHE', true) && { maxRows: getEnvNum('READ_CACHE_MAX_ROWS', DEFAULT_READ_CACHE_MAX_ROWS) },
    });
    logger.info(`ready at ${service.url}`);
    let stopping = false;
    const stop = (signal: string) => {
      if (stopping) return;
      stopping = true;
      logger.info(`${signal}: stopping`);
      service.stop().then(
        () => process.exit(0),
        (error: Error) => {
          logger.error(`error while stopping: ${error.message}`);
          process.exit(1);
        },
      );
    };
    process.on('SIGINT', () => stop('SIGINT'));
    process.on('SIGTERM', () => stop('SIGTERM'));
  };
  start().catch((error: Error) => {
    // One plain line for the person reading `docker logs` or `kubectl logs` of a service that refused to start.
    console.error(`[${definition.name}] ${error.message}`);
    process.exit(1);
  });
}

/** `migrate` or `seed`: one step, then exit (0 on success). */
async function runDatabaseCommand<TContext extends SubgraphContext>(definition: SubgraphDefinition<TContext>, command: 'migrate' | 'seed'): Promise<void> {
  const migrationUrl = resolveMigrationDatabaseUrl(definition.name);
  const options = { clientUrl: migrationUrl, entities: definition.entities, migrations: definition.migrations, logQueries: getEnvBool('LOG_SQL', false) };
  if (command === 'migrate') {
    // The runtime role's name only: it is granted its rows; its password is not needed.
    const runtimeUrl = process.env[databaseUrlVariableFor(definition.name)] || process.env.DATABASE_URL ? resolveDatabaseUrl(definition.name) : undefined;
    await ensureDatabaseExists(migrationUrl);
    const orm = await connectDatabase(options);
    try {
      const applied = await migrateUnderLock(orm, migrationUrl, definition.migrations, runtimeUrl && decodeURIComponent(new URL(runtimeUrl).username));
      console.log(`[${definition.name}] ${applied.length ? `applied ${applied.join(', ')}` : 'schema up to date, nothing to apply'}`);
    } finally {
      await orm.close();
    }
    return;
  }
  const orm = await connectDatabase(options);
  try {
    await assertSchemaCurrent(orm, definition.migrations, definition.name);
    const seeded = await definition.seed(orm.em.fork());
    console.log(`[${definition.name}] ${seeded ? 'seed data loaded' : 'seed data already there'}`);
  } finally {
    await orm.close();
  }
}
