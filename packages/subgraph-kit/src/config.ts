/**
 * Environment readers with documented defaults. Only a service's `index.ts` calls them, once,
 * so everything below it takes a typed configuration object.
 */

export class ConfigurationError extends Error {}

export function getEnvStr(name: string, fallback: string): string;
export function getEnvStr(name: string): string | undefined;
export function getEnvStr(name: string, fallback?: string): string | undefined {
  const value = process.env[name];
  return value === undefined || value === '' ? fallback : value;
}

export function getEnvNum(name: string, fallback: number): number {
  const raw = getEnvStr(name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value)) throw new ConfigurationError(`${name} must be a number, got "${raw}"`);
  return value;
}

export function getEnvBool(name: string, fallback: boolean): boolean {
  const raw = getEnvStr(name);
  if (raw === undefined) return fallback;
  if (/^(1|true|yes|on)$/i.test(raw)) return true;
  if (/^(0|false|no|off)$/i.test(raw)) return false;
  throw new ConfigurationError(`${name} must be true or false, got "${raw}"`);
}

/** The database name each subgraph uses on a shared server: `sor-ost` becomes `sor_ost`. */
export function databaseNameFor(subgraph: string): string {
  return subgraph.replace(/-/g, '_');
}

/** `VEST_DATABASE_URL` for the subgraph `vest`, `SOR_OST_DATABASE_URL` for `sor-ost`. */
export function databaseUrlVariableFor(subgraph: string): string {
  return `${databaseNameFor(subgraph).toUpperCase()}_DATABASE_URL`;
}

/** `VEST_PORT` for the subgraph `vest`. */
export function portVariableFor(subgraph: string): string {
  return `${databaseNameFor(subgraph).toUpperCase()}_PORT`;
}

/** `VEST_GATEWAY_SECRET` for the subgraph `vest`: the secret the gateway sends it, which it requires. */
export function gatewaySecretVariableFor(subgraph: string): string {
  return `${databaseNameFor(subgraph).toUpperCase()}_GATEWAY_SECRET`;
}

/**
 * A subgraph's own database: its `<NAME>_DATABASE_URL` as given, or else the server of
 * `DATABASE_URL` with the subgraph's own database name.
 */
export function resolveDatabaseUrl(subgraph: string, env: NodeJS.ProcessEnv = process.env): string {
  const own = env[databaseUrlVariableFor(subgraph)];
  if (own) return own;
  const shared = env.DATABASE_URL;
  if (!shared) {
    throw new ConfigurationError(
      `No database configured for ${subgraph}: set ${databaseUrlVariableFor(subgraph)} or DATABASE_URL (npm start sets one up for you)`,
    );
  }
  const url = new URL(shared);
  url.pathname = `/${databaseNameFor(subgraph)}`;
  return url.toString();
}

/** `VEST_MIGRATION_DATABASE_URL` for the subgraph `vest`: the role that owns its tables and runs its migrations. */
export function migrationDatabaseUrlVariableFor(subgraph: string): string {
  return `${databaseNameFor(subgraph).toUpperCase()}_MIGRATION_DATABASE_URL`;
}

/**
 * The URL migrations run with: the subgraph's `<NAME>_MIGRATION_DATABASE_URL`, else
 * `MIGRATION_DATABASE_URL`'s server with the subgraph's own database, else its runtime URL (one
 * role for both, as on a developer's own server).
 */
export function resolveMigrationDatabaseUrl(subgraph: string, env: NodeJS.ProcessEnv = process.env): string {
  const own = env[migrationDatabaseUrlVariableFor(subgraph)];
  if (own) return own;
  const shared = env.MIGRATION_DATABASE_URL;
  if (!shared) return resolveDatabaseUrl(subgraph, env);
  const url = new URL(shared);
  url.pathname = `/${databaseNameFor(subgraph)}`;
  return url.toString();
}

/** The URL without its password, for messages. */
export function redactUrl(raw: string): string {
  try {
    const url = new URL(raw);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return '<invalid URL>';
  }
}
