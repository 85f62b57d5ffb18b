import { REPO_ROOT } from '@pallnet/system';
import { spawn } from 'node:child_process';
import path from 'node:path';

/** The built commands, run as `npm run report` / `npm run compare` run them. */
export const REPORT_CLI = path.join(REPO_ROOT, 'packages/analyst-tools/dist/cli/report.js');
export const COMPARE_CLI = path.join(REPO_ROOT, 'packages/analyst-tools/dist/cli/compare.js');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a command as its own Node process; killed (and the test failed) if it runs longer than `timeoutMs`. */
export function runCli(cli: string, args: string[], timeoutMs = 30_000): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${path.basename(cli)} ${args.join(' ')} ran longer than ${timeoutMs} ms\n${stdout}\n${stderr}`));
    }, timeoutMs);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}
