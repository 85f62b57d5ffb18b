import { DefaultLogger, LoggerNamespace, LogContext, LoggerOptions } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { EntityManager, MikroORM, Options } from '@mikro-orm/postgresql';
import type { MigrationObject } from '@mikro-orm/core';
import { Client } from 'pg';
import { redactUrl } from './config';
import { assertSchemaCurrent, migrateUnderLock } from './migrations';

export class DatabaseUnavailableError extends Error {}

/**
 * Counts the SQL statements a service runs. Tests and the benchmark read it to prove that the
 * statements per request stay flat as data grows; it costs one increment per statement.
 */
export const sqlStatements = { count: 0 };

class StatementCountingLogger extends DefaultLogger {
  constructor(
    options: LoggerOptions,
    private readonly printQueries: boolean,
  ) {
    super(options);
  }

  override log(namespace: LoggerNamespace, message: string, context?: LogContext): void {
    if (namespace === 'query') {
      sqlStatements.count += 1;
      if (!this.printQueries) return;
    }
    // Tests migrate dozens of fresh databases; their «Processing/Applied» lines would bury the
    // results. (The migrator logs under a namespace LoggerNamespace does not list.)
    if ((namespace as string) === 'migrator' && process.env.NODE_ENV === 'test') return;
    super.log(namespace, message, context);
  }
}

export interface DatabaseOptions {
  clientUrl: string;
  entities: Options['entities'];
  migrations: MigrationObject[];
  /** Print every SQL statement (LOG_SQL=true). */
  logQueries?: boolean;
  /** statement_timeout of every connection, in ms; none when unset. */
  statementTimeoutMs?: number;
}

/** Creates the database on its server when it does not exist yet (a fresh embedded server). */
export async function ensureDatabaseExists(clientUrl: string): Promise<void> {
  // Usually it exists: a role that may not create databases (a deployment's owner) never needs to.
  const direct = new Client({ connectionString: clientUrl, connectionTimeoutMillis: 5000 });
  try {
    await direct.connect();
    await direct.end();
    return;
  } catch (error) {
    await direct.end().catch(() => undefined);
    if ((error as { code?: string }).code !== '3D000') {
      throw new DatabaseUnavailableError(`Cannot reach PostgreSQL at ${redactUrl(clientUrl)}: ${(error as Error).message}`);
    }
  }
  const target = new URL(clientUrl);
  const name = decodeURIComponent(target.pathname.replace(/^\//, ''));
  const maintenance = new URL(clientUrl);
  maintenance.pathname = '/postgres';
  const client = new Client({ connectionString: maintenance.toString(), connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
  } catch (error) {
    throw new DatabaseUnavailableError(`Cannot reach PostgreSQL at ${redactUrl(clientUrl)}: ${(error as Error).message}`);
  }
  try {
    const existing = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (existing.rowCount === 0) {
      await client.query(`create database "${name.replace(/"/g, '""')}"`).catch((error: { code?: string }) => {
        // Another service may have created it a moment ago.
        if (error.code !== '42P04') throw error;
      });
    }
  } finally {
    await client.end();
  }
}

/**
 * Opens the service's own database and brings its schema up to date with its migrations, under
 * the migration lock (development, tests and the `migrate` command; production serving never
 * migrates). `runtimeRole`, when another role, is granted its rows afterwards.
 */
export async function openDatabase(options: DatabaseOptions & { runtimeRole?: string }): Promise<MikroORM> {
  await ensureDatabaseExists(options.clientUrl);
  const orm = await connectDatabase(options);
  try {
    await migrateUnderLock(orm, options.clientUrl, options.migrations, options.runtimeRole);
  } catch (error) {
    await orm.close();
    throw error;
  }
  return orm;
}

/** Connects to the service's own database, leaving its schema as it is. */
export async function connectDatabase(options: DatabaseOptions): Promise<MikroORM> {
  let orm: MikroORM;
  try {
    orm = await MikroORM.init({
      clientUrl: options.clientUrl,
      entities: options.entities,
      extensions: [Migrator],
      migrations: { migrationsList: options.migrations, transactional: true, allOrNothing: true, snapshot: false },
      debug: ['query'],
      loggerFactory: (loggerOptions) => new StatementCountingLogger(loggerOptions, options.logQueries ?? false),
      pool: { min: 0, max: 10 },
      driverOptions: {
        connection: {
          connectionTimeoutMillis: 5000,
          // Set by PostgreSQL itself at connection start (pg's `statement_timeout`), so it holds
          // for every statement of every request, transactions included.
          ...(options.statementTimeoutMs ? { statement_timeout: Math.round(options.statementTimeoutMs) } : {}),
        },
      },
    });
  } catch (error) {
    throw new DatabaseUnavailableError(`Cannot open the database at ${redactUrl(options.clientUrl)}: ${(error as Error).message}`);
  }
  return orm;
}

/** True when the database answers a trivial query. */
export async function isDatabaseUp(em: EntityManager): Promise<boolean> {
  try {
    await em.getConnection().execute('select 1');
    return true;
  } catch {
    return false;
  }
}

export interface ServingDatabaseOptions extends DatabaseOptions {
  subgraph: string;
  /** Production: never migrate, refuse a schema that is behind the code. */
  production: boolean;
  /** Where migrations run outside production (the migration owner); default `clientUrl`. */
  migrationUrl?: string;
}

/**
 * The database a serving subgraph uses, as its runtime role. Outside production its migrations
 * run first, as the migration owner when one is configured; in production they are a step of
 * their own (`migrate`), and a schema behind the code is refused with one line.
 */
export async function openServingDatabase(options: ServingDatabaseOptions): Promise<MikroORM> {
  if (options.production) {
    const orm = await connectDatabase(options);
    try {
      await assertSchemaCurrent(orm, options.migrations, options.subgraph);
    } catch (error) {
      await orm.close();
      throw error;
    }
    return orm;
  }
  const migrationUrl = options.migrationUrl ?? options.clientUrl;
  if (migrationUrl === options.clientUrl) return openDatabase(options);
  const owner = await openDatabase({ ...options, clientUrl: migrationUrl, runtimeRole: decodeURIComponent(new URL(options.clientUrl).username) });
  await owner.close();
  return connectDatabase(options);
}
