import { trace } from '@opentelemetry/api';
import pino, { DestinationStream, Logger } from 'pino';

export type { Logger } from 'pino';

export type LogFormat = 'json' | 'pretty';

/**
 * JSON lines (one object per line: time, level, service, msg, requestId, trace_id…) in production
 * and wherever LOG_FORMAT=json; `[service] message key=value` lines otherwise, warnings and errors
 * on stderr, so that `npm start`'s console reads as before.
 */
export function logFormatFromEnvironment(env: NodeJS.ProcessEnv = process.env): LogFormat {
  const format = env.LOG_FORMAT?.trim().toLowerCase();
  if (format === 'json' || format === 'pretty') return format;
  if (format) throw new Error(`LOG_FORMAT must be json or pretty, got "${env.LOG_FORMAT}"`);
  return env.NODE_ENV === 'production' ? 'json' : 'pretty';
}

const LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
/** Fields a readable line leaves out: known from the prefix or already in the message. */
const IMPLIED = new Set(['level', 'time', 'service', 'msg', 'pid', 'hostname', 'trace_id', 'span_id', 'method', 'path', 'status', 'durationMs']);

/** A person's line for one JSON log line: `[vest] ready at http://… key=value`. */
export function readableLine(json: string): { text: string; error: boolean } {
  const entry = JSON.parse(json) as Record<string, unknown>;
  const extras = Object.entries(entry)
    .filter(([key]) => !IMPLIED.has(key))
    .map(([key, value]) => `${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`);
  const text = [`[${String(entry.service)}]`, entry.msg ?? '', ...extras].filter((part) => part !== '').join(' ');
  return { text, error: ['warn', 'error', 'fatal'].includes(String(entry.level)) };
}

/** Writes readable lines, synchronously (a line is out before the process exits). */
const readableDestination: DestinationStream = {
  write(chunk: string) {
    for (const json of chunk.split('\n')) {
      if (!json) continue;
      const { text, error } = readableLine(json);
      (error ? process.stderr : process.stdout).write(`${text}\n`);
    }
  },
};

/** The service's logger. Every line carries the active trace's ids when tracing is on, so logs and traces join. */
export function createLogger(service: string, env: NodeJS.ProcessEnv = process.env): Logger {
  const level = env.LOG_LEVEL?.trim().toLowerCase() || 'info';
  if (!LEVELS.includes(level)) throw new Error(`LOG_LEVEL must be one of ${LEVELS.join(', ')}, got "${env.LOG_LEVEL}"`);
  const options: pino.LoggerOptions = {
    level,
    base: { service },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    // Never log a token or a gateway secret, whatever a caller logs.
    redact: { paths: ['headers.authorization', 'headers["x-gateway-secret"]'], censor: '[redacted]' },
    mixin() {
      const span = trace.getActiveSpan()?.spanContext();
      return span && span.traceFlags & 1 ? { trace_id: span.traceId, span_id: span.spanId } : {};
    },
  };
  return logFormatFromEnvironment(env) === 'json' ? pino(options, pino.destination({ dest: 1, sync: true })) : pino(options, readableDestination);
}
