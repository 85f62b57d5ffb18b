import { spawn } from 'node:child_process';
import { createReadStream, existsSync, readdirSync, statSync } from 'node:fs';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import path from 'node:path';
import { REPO_ROOT } from './repo';
import { LogSink } from './service-process';

/** The reference dashboard's package; its build (Vite) writes the static site to dist/. */
export const DASHBOARD_PACKAGE_DIR = path.join(REPO_ROOT, 'packages', 'dashboard');
export const DASHBOARD_DIST_DIR = path.join(DASHBOARD_PACKAGE_DIR, 'dist');
/** The port the gateway's CORS allows by default (its CORS_ORIGINS is http://localhost:4173). */
export const DEFAULT_DASHBOARD_PORT = 4173;

/** What the dashboard's build reads: a change to any of them makes the built site stale. */
const DASHBOARD_INPUTS = [
  'src',
  'public',
  'index.html',
  'tsconfig.json',
  'package.json',
  'vite.config.ts',
  'codegen.ts',
  'scripts',
]
  .map((entry) => path.join(DASHBOARD_PACKAGE_DIR, entry))
  // The workbench bundles the analyst tools' operations and their CSV writer.
  .concat(['queries', path.join('src', 'compare', 'render.ts')].map((entry) => path.join(REPO_ROOT, 'packages', 'analyst-tools', entry)));

/** The newest modification time among the files at these paths (folders walked, generated code skipped). */
function newestModification(paths: string[]): number {
  let newest = 0;
  const visit = (entry: string) => {
    if (!existsSync(entry)) return;
    const stats = statSync(entry);
    if (stats.isDirectory()) {
      if (path.basename(entry) === 'generated') return;
      for (const child of readdirSync(entry)) visit(path.join(entry, child));
    } else {
      newest = Math.max(newest, stats.mtimeMs);
    }
  };
  paths.forEach(visit);
  return newest;
}

/** True when dist/ is missing or older than the dashboard's sources or the supergraph it is typed against. */
export function dashboardNeedsBuild(): boolean {
  const builtPage = path.join(DASHBOARD_DIST_DIR, 'index.html');
  if (!existsSync(builtPage)) return true;
  return newestModification([...DASHBOARD_INPUTS, path.join(REPO_ROOT, 'supergraph.graphql')]) > statSync(builtPage).mtimeMs;
}

/**
 * Builds the dashboard (`npm run build -w @pallnet/dashboard`: codegen, type check, Vite) when it
 * is not built or older than its sources. Rejects with the build's last output lines on failure.
 */
export async function ensureDashboardBuilt(log: LogSink): Promise<void> {
  if (!dashboardNeedsBuild()) return;
  log({ source: 'dashboard', stream: 'stdout', text: 'building the dashboard (npm run build -w @pallnet/dashboard)' });
  const lastLines: string[] = [];
  const remember = (chunk: Buffer) => {
    lastLines.push(...chunk.toString().split('\n').filter((line) => line.trim() !== ''));
    lastLines.splice(0, Math.max(0, lastLines.length - 15));
  };
  const code = await new Promise<number | null>((resolve, reject) => {
    // A production bundle whatever the caller's NODE_ENV (jest sets "test", which would make Vite
    // bundle React's development build).
    const env = { ...process.env, NODE_ENV: 'production' };
    const child = spawn('npm', ['run', 'build', '--workspace', '@pallnet/dashboard'], { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', remember);
    child.stderr.on('data', remember);
    child.once('error', reject);
    child.once('close', resolve);
  });
  if (code !== 0) {
    throw new Error(`the dashboard did not build (npm run build -w @pallnet/dashboard exited with ${code}):\n${lastLines.map((line) => `  ${line}`).join('\n')}`);
  }
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

export interface DashboardServerOptions {
  /** 0 picks a free port. */
  port: number;
  /** What the page calls, served to it as /config.json. */
  gatewayUrl: string;
  /** The built site; default packages/dashboard/dist. */
  distDir?: string;
}

export interface DashboardServer {
  /** The page, e.g. http://localhost:4173/ */
  url: string;
  /** The browser origin the gateway must allow, e.g. http://localhost:4173 */
  origin: string;
  port: number;
  stop(): Promise<void>;
}

/**
 * Serves the built dashboard: its static files with their content types, and /config.json with
 * the gateway URL, so one build works against any gateway. GET and HEAD only; nothing outside
 * the built site is reachable.
 */
export function startDashboardServer(options: DashboardServerOptions): Promise<DashboardServer> {
  const root = path.resolve(options.distDir ?? DASHBOARD_DIST_DIR);
  const config = JSON.stringify({ gatewayUrl: options.gatewayUrl });
  const server = http.createServer((request, response) => {
    const send = (status: number, body: string, headers: http.OutgoingHttpHeaders = {}) => {
      response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff', ...headers });
      response.end(request.method === 'HEAD' ? undefined : body);
    };
    if (request.method !== 'GET' && request.method !== 'HEAD') return send(405, 'Method not allowed\n', { allow: 'GET, HEAD' });
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    } catch {
      return send(400, 'Bad request\n');
    }
    if (pathname === '/config.json') {
      return send(200, config, { 'content-type': CONTENT_TYPES['.json'], 'cache-control': 'no-store' });
    }
    const file = path.resolve(root, `.${pathname.endsWith('/') ? `${pathname}index.html` : pathname}`);
    if (file !== root && !file.startsWith(`${root}${path.sep}`)) return send(404, 'Not found\n');
    let size: number;
    try {
      const stats = statSync(file);
      if (!stats.isFile()) return send(404, 'Not found\n');
      size = stats.size;
    } catch {
      return send(404, 'Not found\n');
    }
    response.writeHead(200, {
      'content-type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
      'content-length': size,
      'x-content-type-options': 'nosniff',
      // Vite names the assets by their content hash; the page itself must always be fresh.
      'cache-control': pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
    if (request.method === 'HEAD') return response.end();
    createReadStream(file)
      .once('error', () => response.destroy())
      .pipe(response);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen({ port: options.port }, () => {
      server.off('error', reject);
      const { port } = server.address() as AddressInfo;
      const origin = `http://localhost:${port}`;
      resolve({
        url: `${origin}/`,
        origin,
        port,
        stop: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
