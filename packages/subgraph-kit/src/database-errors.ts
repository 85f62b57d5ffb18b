import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';

/** The `extensions.code` of an answer that failed because the subgraph's database could not be reached. */
export const DATABASE_UNAVAILABLE = 'DATABASE_UNAVAILABLE';

/**
 * Codes that say the database is out of reach or went away, not that a statement was wrong:
 * the system's network errors, and PostgreSQL's connection exceptions (class 08), shutdowns
 * (57P01–57P03) and too many connections (53300).
 */
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'EAI_AGAIN',
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
  '57P01',
  '57P02',
  '57P03',
  '53300',
]);

/** What pg and knex say, without a code, when a connection ends or none can be had. */
const UNAVAILABLE_MESSAGES = /Connection terminated|Timeout acquiring a connection|connection error|server closed the connection/i;

/** True when the error, or anything it wraps, says the database could not be reached. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current = error;
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current);
    const { code, message, name } = current as { code?: unknown; message?: unknown; name?: unknown };
    if (name === 'ConnectionException') return true;
    if (typeof code === 'string' && UNAVAILABLE_CODES.has(code)) return true;
    if (typeof message === 'string' && UNAVAILABLE_MESSAGES.test(message)) return true;
    if (current instanceof AggregateError && current.errors.some(isDatabaseUnavailable)) return true;
    current = (current as { cause?: unknown }).cause ?? (current as { originalError?: unknown }).originalError;
  }
  return false;
}

/**
 * Apollo Server's `formatError` for a subgraph: a resolver that failed because the database is
 * out of reach answers one clear error (code DATABASE_UNAVAILABLE) instead of the driver's words
 * ("connect ECONNREFUSED 127.0.0.1:5488"), which name internals and help no caller. Every other
 * error passes unchanged. The subgraph itself keeps running and serves again once the database is back.
 */
export function formatDatabaseErrors(subgraph: string): (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError {
  return (formatted, error) => {
    if (!isDatabaseUnavailable(unwrapResolverError(error))) return formatted;
    return {
      message: `The ${subgraph} database is unavailable; try again shortly`,
      ...(formatted.locations && { locations: formatted.locations }),
      ...(formatted.path && { path: formatted.path }),
      extensions: { code: DATABASE_UNAVAILABLE },
    };
  };
}
