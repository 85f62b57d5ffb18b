import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  alphaTypeDefs,
  betaTypeDefs,
  catalogResolvers,
  catalogTypeDefs,
  composeInline,
  InlineSubgraph,
  regionResolvers,
  startInlineSubgraph,
} from './inline-subgraphs';

const GATEWAY_ENTRY = path.resolve(__dirname, '../../gateway/dist/src/index.js');

interface Finished {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built gateway process with the given environment on top of this one's. */
function runGateway(env: Record<string, string>): { child: ChildProcess; output: () => string; finished: Promise<Finished> } {
  // A key of its own rather than the tests' public development key, which makes it print a warning.
  const keys = { ALLOW_PUBLIC_DEVELOPMENT_KEY: 'false', JWT_SECRET: randomBytes(32).toString('hex') };
  const child = spawn(process.execPath, [GATEWAY_ENTRY], { env: { ...process.env, NODE_ENV: 'test', ...keys, ...env } });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk) => (stdout += chunk));
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const finished = new Promise<Finished>((resolve) => child.on('exit', (code) => resolve({ code, stdout, stderr })));
  return { child, output: () => stdout, finished };
}

/** Waits for the ready line rather than sleeping. */
async function waitForReady(run: ReturnType<typeof runGateway>): Promise<string> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const ready = /\[gateway\] ready at (\S+)/.exec(run.output());
    if (ready) return ready[1];
    if (run.child.exitCode !== null) throw new Error(`The gateway exited: ${JSON.stringify(await run.finished)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('The gateway did not get ready within 20 s');
}

describe('the gateway process', () => {
  let catalog: InlineSubgraph;
  let alpha: InlineSubgraph;
  let beta: InlineSubgraph;
  let directory: string;
  let supergraphPath: string;

  beforeAll(async () => {
    catalog = await startInlineSubgraph('catalog', catalogTypeDefs, catalogResolvers);
    alpha = await startInlineSubgraph('alpha', alphaTypeDefs, regionResolvers('AlphaNetwork', 'Alpha'));
    beta = await startInlineSubgraph('beta', betaTypeDefs, regionResolvers('BetaNetwork', 'Beta'));
    directory = await mkdtemp(path.join(tmpdir(), 'pallnet-gateway-'));
    supergraphPath = path.join(directory, 'supergraph.graphql');
    // Composed with a dead URL for beta: the process must take BETA_URL from its environment.
    await writeFile(supergraphPath, composeInline([catalog, alpha, { ...beta, url: 'http://127.0.0.1:9/graphql' }]));
  });

  afterAll(async () => {
    await Promise.all([catalog, alpha, beta].map((subgraph) => subgraph?.stop()));
    if (directory) await rm(directory, { recursive: true, force: true });
  });

  it('serves the supergraph file with <NAME>_URL overrides and stops cleanly on SIGTERM', async () => {
    const run = runGateway({ PORT: '0', SUPERGRAPH_PATH: supergraphPath, BETA_URL: beta.url });
    const url = await waitForReady(run);

    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ networks { id name } }' }),
    });
    expect(await response.json()).toEqual({
      data: {
        networks: [
          { id: 'a1', name: 'Alpha network a1' },
          { id: 'b1', name: 'Beta network b1' },
          { id: 'a2', name: 'Alpha network a2' },
        ],
      },
    });

    run.child.kill('SIGTERM');
    const { code, stderr } = await run.finished;
    expect(code).toBe(0);
    expect(stderr).toBe('');
  });

  it('takes its query limits from the environment, and refuses one that is not a number', async () => {
    const run = runGateway({ PORT: '0', SUPERGRAPH_PATH: supergraphPath, BETA_URL: beta.url, MAX_QUERY_DEPTH: '1' });
    const url = await waitForReady(run);
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ networks { id } }' }),
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { errors: Array<{ message: string }> }).errors[0].message).toBe('Query depth limit of 1 exceeded, found 2.');
    run.child.kill('SIGTERM');
    expect((await run.finished).code).toBe(0);

    const { code, stderr } = await runGateway({ PORT: '0', SUPERGRAPH_PATH: supergraphPath, MAX_QUERY_COST: 'lots' }).finished;
    expect(code).toBe(1);
    expect(stderr).toBe('[gateway] MAX_QUERY_COST must be a number, got "lots"\n');
  });

  it('exits 1 with one line when its port is taken', async () => {
    const blocker = http.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, resolve));
    const { port } = blocker.address() as AddressInfo;
    try {
      const { code, stderr } = await runGateway({ PORT: String(port), SUPERGRAPH_PATH: supergraphPath }).finished;
      expect(code).toBe(1);
      expect(stderr).toBe(`[gateway] Port ${port} is already in use (wanted by the gateway)\n`);
    } finally {
      await new Promise<void>((resolve) => blocker.close(() => resolve()));
    }
  });

  it('exits 1 with one line when there is no supergraph', async () => {
    const missing = path.join(directory, 'missing.graphql');
    const { code, stderr } = await runGateway({ PORT: '0', SUPERGRAPH_PATH: missing }).finished;
    expect(code).toBe(1);
    expect(stderr).toBe(`[gateway] No supergraph at ${missing}: run "npm run compose" first\n`);
  });

  it('exits 1 with one line on a malformed setting', async () => {
    const { code, stderr } = await runGateway({ PORT: '0', SUPERGRAPH_PATH: supergraphPath, BETA_URL: 'not a url' }).finished;
    expect(code).toBe(1);
    expect(stderr).toBe('[gateway] BETA_URL must be a URL, got "not a url"\n');
  });
});
