import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './repo';
import { LogSink } from './service-process';

/** The reference dashboard's package; its build (Vite) writes the static site to dist/. */
export const DASHBOARD_PACKAGE_DIR = path.join(REPO_ROOT, 'packages', 'dashboard');
export const DASHBOARD_DIST_DIR = path.join(DASHBOARD_PACKAGE_DIR, 'dist');
/** The web app's port (the dashboard and its sign-in, packages/web) unless DASHBOARD_PORT says otherwise. */
export const DEFAULT_DASHBOARD_PORT = 4173;

/** What the dashboard's build reads: a change to any of them makes the built site stale. */
const DASHBOARD_INPUTS = ['src', 'public', 'index.html', 'tsconfig.json', 'package.json', 'vite.config.ts', 'codegen.ts', 'scripts']
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
    lastLines.push(
      ...chunk
        .toString()
        .split('\n')
        .filter((line) => line.trim() !== ''),
    );
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
    throw new Error(
      `the dashboard did not build (npm run build -w @pallnet/dashboard exited with ${code}):\n${lastLines.map((line) => `  ${line}`).join('\n')}`,
    );
  }
}
