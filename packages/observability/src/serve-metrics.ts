import express, { Express } from 'express';
import http from 'node:http';
import type { ServiceMetrics } from './metrics';

/**
 * Serves `GET /metrics`: on its own port when METRICS_PORT is set (Kubernetes: Prometheus scrapes
 * that port, while the service's own port takes traffic from its callers only), else beside the
 * service's routes. Returns what stops it.
 */
export async function serveMetrics(app: Express, metrics: ServiceMetrics, metricsPort: number | undefined, host?: string): Promise<() => Promise<void>> {
  if (metricsPort === undefined) {
    app.get('/metrics', (req, res) => void metrics.handler(req, res));
    return async () => undefined;
  }
  const metricsApp = express();
  metricsApp.disable('x-powered-by');
  metricsApp.get('/metrics', (req, res) => void metrics.handler(req, res));
  const server = http.createServer(metricsApp);
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        new Error(
          error.code === 'EADDRINUSE'
            ? `Port ${metricsPort} is already in use (wanted by METRICS_PORT)`
            : `Cannot serve metrics on port ${metricsPort}: ${error.message}`,
        ),
      ),
    );
    server.listen(metricsPort, host, () => resolve());
  });
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}

/** METRICS_PORT, when set: a whole number 1–65535. */
export function metricsPortFromEnvironment(env: NodeJS.ProcessEnv = process.env): number | undefined {
  const raw = env.METRICS_PORT?.trim();
  if (!raw) return undefined;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`METRICS_PORT must be a port number (1–65535), got "${raw}"`);
  return port;
}
