import { DefaultLogger, LoggerNamespace, LogContext, LoggerOptions } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { EntityManager, MikroORM, Options } from '@mikro-orm/postgresql';
import type { MigrationObject } from '@mikro-orm/core';
import { Client } from 'pg';
import { redactUrl } from './config';

export class DatabaseUnavailableError extends Error {}

/**
 * Counts the SQL statements a service runs. Tests and the benchmark read it to prove that the
 * statements per request stay flat as data grows; it costs one increment per statement.
 */
export const sqlStatements = { count: 0 };

class StatementCountingLogger extends DefaultLogger {
  constructor(options: LoggerOptions, private readonly printQueries: boolean) {
    super(options);
  }

  override log(namespace: LoggerNamespace, message: string, context?: LogContext): void {
    if (namespace === 'query') {
      sqlStatements.count += 1;
      if (!this.printQueries) return;
    }
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

/** Opens the service's own database and brings its schema up to date with its migrations. */
export async function openDatabase(options: DatabaseOptions): Promise<MikroORM> {
  await ensureDatabaseExists(options.clientUrl);
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
  await orm.getMigrator().up();
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
