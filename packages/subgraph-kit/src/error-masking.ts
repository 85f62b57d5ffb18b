import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { randomUUID } from 'node:crypto';

/** The message a client gets for every failure that was not meant for it. */
export const INTERNAL_ERROR_MESSAGE = 'Internal server error';

/** Codes that say "nobody chose what to tell the caller": Apollo's default, the gateway's label for an uncoded subgraph error. */
const UNCHOSEN_CODES = new Set([undefined, 'INTERNAL_SERVER_ERROR', 'SUBGRAPH_ERROR']);

/** PostgreSQL's query_canceled (57014): statement_timeout ended the statement. */
const STATEMENT_CANCELLED = '57014';

function isStatementTimeout(error: unknown): boolean {
  let current = error;
  for (let hops = 0; current && typeof current === 'object' && hops < 5; hops += 1) {
    if ((current as { code?: unknown }).code === STATEMENT_CANCELLED) return true;
    current = (current as { cause?: unknown }).cause ?? (current as { originalError?: unknown }).originalError;
  }
  return false;
}

/**
 * `formatError` that lets through only the errors written for callers (those with a code: bad
 * input, conflict, forbidden …). Everything else — a driver's message with SQL text in it, a
 * programming error — reaches the client as "Internal server error" with a correlation id, and
 * the details go to the log under that id. An error that already carries a correlation id (a
 * subgraph's, passed on by the gateway) keeps it, so one id leads to the service that failed.
 */
export function maskInternalErrors(
  service: string,
  logger: { error(message: string): void } = console,
): (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError {
  return (formatted, error) => {
    const extensions = formatted.extensions ?? {};
    const code = extensions.code as string | undefined;
    const original = unwrapResolverError(error);
    const where = { ...(formatted.locations && { locations: formatted.locations }), ...(formatted.path && { path: formatted.path }) };
    if (UNCHOSEN_CODES.has(code) && isStatementTimeout(original)) {
      return { message: `The ${service} database did not answer in time`, ...where, extensions: { code: 'DATABASE_TIMEOUT' } };
    }
    if (!UNCHOSEN_CODES.has(code)) return formatted;
    const correlationId = typeof extensions.correlationId === 'string' ? extensions.correlationId : randomUUID();
    const details = original instanceof Error ? (original.stack ?? original.message) : formatted.message;
    logger.error(`[${service}] internal error ${correlationId}${formatted.path ? ` at ${formatted.path.join('.')}` : ''}: ${details}`);
    const serviceName = extensions.serviceName === undefined ? {} : { serviceName: extensions.serviceName };
    return { message: INTERNAL_ERROR_MESSAGE, ...where, extensions: { code: 'INTERNAL_SERVER_ERROR', correlationId, ...serviceName } };
  };
}
