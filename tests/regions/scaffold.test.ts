import { composeServices } from '@apollo/composition';
import { execFile, execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'graphql';

const REPO = path.resolve(__dirname, '../..');
const run = promisify(execFile);
const SUBGRAPHS = ['national', 'vest', 'innlandet', 'midt', 'sor-ost'];

/**
 * A copy of the repository as `git clone` + `npm install` would give it: the files git knows
 * (committed or not, ignored ones left out), the packages' builds so far (so tsc -b only
 * rebuilds what the scaffold changes), and a node_modules whose third-party entries point at
 * ours while the workspace links (@pallnet/*) point into the copy, as npm links them.
 */
function copyOfRepository(): string {
  const copy = mkdtempSync(path.join(tmpdir(), 'pallnet-region-new-'));
  const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], { cwd: REPO, encoding: 'utf8' })
    .split('\0')
    .filter((file) => file && existsSync(path.join(REPO, file)));
  for (const file of files) cpSync(path.join(REPO, file), path.join(copy, file), { preserveTimestamps: true });
  for (const folder of ['packages', 'subgraphs']) {
    for (const name of readdirSync(path.join(REPO, folder))) {
      for (const built of ['dist', 'tsconfig.tsbuildinfo']) {
        const source = path.join(REPO, folder, name, built);
        if (existsSync(source)) cpSync(source, path.join(copy, folder, name, built), { recursive: true, preserveTimestamps: true });
      }
    }
  }
  mkdirSync(path.join(copy, 'node_modules/@pallnet'), { recursive: true });
  for (const entry of readdirSync(path.join(REPO, 'node_modules'))) {
    if (entry !== '@pallnet') symlinkSync(path.join(REPO, 'node_modules', entry), path.join(copy, 'node_modules', entry));
  }
  for (const workspace of readdirSync(path.join(REPO, 'node_modules/@pallnet'))) {
    symlinkSync(readlinkSync(path.join(REPO, 'node_modules/@pallnet', workspace)), path.join(copy, 'node_modules/@pallnet', workspace));
  }
  return copy;
}

describe('npm run region:new', () => {
  let copy: string;
  let output: string;
  const inCopy = (file: string) => readFileSync(path.join(copy, file), 'utf8');
  const node = (args: string[], timeout = 300_000) => run(process.execPath, args, { cwd: copy, timeout, maxBuffer: 16 * 1024 * 1024 });

  beforeAll(async () => {
    copy = copyOfRepository();
    ({ stdout: output } = await node(['scripts/new-region.mjs', 'nord']));
    // What `npm install` does for the new workspace.
    symlinkSync('../../subgraphs/nord', path.join(copy, 'node_modules/@pallnet/subgraph-nord'));
    // Every subgraph: the contract's HealthRegion, in every subgraph's schema, gained NORD.
    await node(['node_modules/typescript/bin/tsc', '-b', ...[...SUBGRAPHS, 'nord'].map((name) => `subgraphs/${name}`)], 600_000);
  }, 900_000);

  afterAll(() => {
    if (copy) rmSync(copy, { recursive: true, force: true });
  });

  it('writes the region and the shared lists it is in, and says what comes next', () => {
    expect(inCopy('packages/contract/src/enums.ts')).toContain("NORD = 'NORD',");
    expect(inCopy('subgraphs/national/src/network-reference.ts')).toContain("[HealthRegion.NORD]: 'NordNetwork'");
    expect(inCopy('subgraphs/national/src/network-reference.ts')).toContain('[HealthRegion.NORD]: RegionalHealthAuthority.HELSE_NORD');
    expect(inCopy('packages/services/src/index.ts')).toContain("{ name: 'nord', defaultPort: 4006 }");
    expect(JSON.parse(inCopy('package.json')).workspaces).toContain('subgraphs/nord');
    expect(inCopy('tsconfig.json')).toContain('"path": "subgraphs/nord"');
    expect(inCopy('subgraphs/national/migrations/index.ts')).toMatch(/import \{ (Migration\d{14}) \}.*\{ name: '\1', class: \1 \},\n\];/s);
    expect(inCopy('subgraphs/nord/src/server.ts')).toContain('defineRegionalSubgraph({');
    expect(output).toMatch(/npm install[\s\S]*npm run compose/);
  });

  it('refuses a region that exists and a name that is no region name, changing nothing', async () => {
    const enums = inCopy('packages/contract/src/enums.ts');
    await expect(node(['scripts/new-region.mjs', 'nord'])).rejects.toMatchObject({ stderr: expect.stringContaining('subgraphs/nord exists already') });
    await expect(node(['scripts/new-region.mjs', 'Nord Norge'])).rejects.toMatchObject({ stderr: expect.stringContaining('lower-case letters') });
    await expect(node(['scripts/new-region.mjs', 'agder'])).rejects.toMatchObject({ stderr: expect.stringContaining('--authority') });
    expect(inCopy('packages/contract/src/enums.ts')).toBe(enums);
  });

  it('builds and composes beside the four regions and the national subgraph', async () => {
    const services = await Promise.all(
      [...SUBGRAPHS, 'nord'].map(async (name) => ({
        name,
        url: `http://localhost/${name}`,
        typeDefs: parse((await node([`subgraphs/${name}/dist/src/index.js`, '--print-sdl'])).stdout),
      })),
    );
    const result = composeServices(services);
    expect((result.errors ?? []).map((error) => error.message)).toEqual([]);
    expect(result.supergraphSdl).toMatch(/type NordNetwork implements Network/);
    expect(result.supergraphSdl).toMatch(/nordCreateResourceGroup\(/);
  }, 120_000);

  it('passes its own generated test, against its generated migrations', async () => {
    // The copy's jest, on the PostgreSQL this run's global setup started (TEST_DATABASE_URL).
    const { stderr } = await node(['node_modules/jest/bin/jest.js', '--ci', 'subgraphs/nord'], 300_000);
    expect(stderr).toMatch(/Tests:\s+2 passed, 2 total/);
  }, 300_000);
});
