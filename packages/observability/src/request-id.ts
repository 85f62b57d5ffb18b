import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';

export const REQUEST_ID_HEADER = 'x-request-id';

/** A caller's (or a proxy's) request id is kept when it is a sane token; anything else gets a fresh one. */
const ACCEPTABLE_REQUEST_ID = /^[\w.:@/+=-]{1,128}$/;

declare module 'http' {
  interface IncomingMessage {
    /** The request's id (`x-request-id`), set by `requestLogging`. */
    requestId?: string;
    /** A logger whose lines carry the request's id. */
    log?: Logger;
  }
}

export interface RequestLoggingOptions {
  /** Paths logged at debug only (health checks and scrapes every few seconds). */
  quietPaths?: readonly string[];
  /** The level of the one line each request gets when it ends: info in production, debug otherwise. */
  level?: 'info' | 'debug';
}

/**
 * Gives every request an id (the caller's `x-request-id` when it sends a sane one), returns it
 * in `x-request-id`, hands a child logger to the handlers (`req.log`) and logs one line when the
 * response is finished: method, path, status, duration, and the GraphQL operation name when known.
 */
export function requestLogging(logger: Logger, options: RequestLoggingOptions = {}) {
  const quiet = new Set(options.quietPaths ?? ['/health', '/health/live', '/metrics']);
  const level = options.level ?? 'info';
  return (req: Request, res: Response, next: NextFunction): void => {
    const offered = req.headers[REQUEST_ID_HEADER];
    const requestId = typeof offered === 'string' && ACCEPTABLE_REQUEST_ID.test(offered) ? offered : randomUUID();
    req.requestId = requestId;
    req.log = logger.child({ requestId });
    res.setHeader(REQUEST_ID_HEADER, requestId);
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const durationMs = Number(process.hrtime.bigint() - started) / 1e6;
      const path = req.originalUrl.split('?')[0];
      const operation = (req.body as { operationName?: unknown } | undefined)?.operationName;
      const line = {
        method: req.method,
        path,
        status: res.statusCode,
        durationMs: Math.round(durationMs * 10) / 10,
        ...(typeof operation === 'string' ? { operation } : {}),
      };
      const message = `${req.method} ${path} ${res.statusCode} ${line.durationMs} ms`;
      if (res.statusCode >= 500) req.log!.warn(line, message);
      else if (quiet.has(path)) req.log!.debug(line, message);
      else req.log![level](line, message);
    });
    next();
  };
}
