import { findFreePorts, GATEWAY, REPO_ROOT, SUBGRAPHS, waitForHealthy } from '@pallnet/system';
import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bearer } from '../support/auth';
import { GraphQLResponse, postGraphQL, queryOk } from '../support/graphql';
import { startRequestStream } from './request-stream';

/*
 * The whole system as `npm start` runs it (the CLI, its embedded PostgreSQL on a data directory of
 * this test's own), stopped with SIGTERM in the middle of a stream of writes, then started again
 * on the same data directory: every write that was acknowledged is there.
 */

const CLI = path.join(REPO_ROOT, 'packages/system/dist/cli/start.js');
const REGISTER = 'mutation ($input: ResourcePersonInput!) { vestRegisterResourcePerson(networkId: "vest-helse-stavanger", input: $input) { id name } }';
const PERSONS = '{ network(id: "vest-helse-stavanger") { ... on VestNetwork { resourcePersons { id name } } } }';

let dataDir: string;
let env: NodeJS.ProcessEnv;
let gatewayPort: number;
let running: ChildProcess | undefined;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'pallnet-fault-system-'));
  const ports = await findFreePorts(SUBGRAPHS.length + 4);
  env = {
    ...process.env,
    EMBEDDED_PG_DATA_DIR: dataDir,
    EMBEDDED_PG_PORT: String(ports[SUBGRAPHS.length + 1]),
    // Whatever else the CLI serves beside the gateway (the dashboard, the local sign-in) gets a free port too.
    DASHBOARD_PORT: String(ports[SUBGRAPHS.length + 2]),
    // One test client writing as fast as it can: the rate limit is tested on its own.
    RATE_LIMIT_PER_MINUTE: '0',
    IDENTITY_PROVIDER_PORT: String(ports[SUBGRAPHS.length + 3]),
    // Beside PostgreSQL's data directory, not in it: initdb wants an empty one.
    IDENTITY_PROVIDER_DATA_DIR: `${dataDir}-identity-provider`,
  };
  for (const variable of Object.keys(env)) if (variable === 'DATABASE_URL' || variable.endsWith('_DATABASE_URL')) delete env[variable];
  SUBGRAPHS.forEach((subgraph, index) => (env[subgraph.portVariable] = String(ports[index])));
  gatewayPort = ports[SUBGRAPHS.length];
  env[GATEWAY.portVariable] = String(gatewayPort);
});

afterAll(async () => {
  if (running) await terminate(running);
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  if (dataDir) rmSync(`${dataDir}-identity-provider`, { recursive: true, force: true });
});

/** Starts the CLI and resolves once the gateway says every subgraph is up. */
async function startCli(): Promise<ChildProcess> {
  const child = spawn(process.execPath, [CLI], { cwd: REPO_ROOT, env, stdio: 'ignore' });
  running = child;
  const exited = new Promise<never>((_, reject) => child.once('exit', (code) => reject(new Error(`the system exited with ${code} while starting`))));
  await Promise.race([waitForHealthy(`http://localhost:${gatewayPort}/health`, 120_000), exited]);
  exited.catch(() => undefined);
  return child;
}

/** SIGTERM, and the exit code once the runner has stopped everything. */
function terminate(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => {
    child.once('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });
}

it('keeps every acknowledged write across a SIGTERM during writes', async () => {
  const gateway = `http://localhost:${gatewayPort}/graphql`;
  const editor = await bearer({ role: 'editor', region: 'VEST', subject: 'sigterm-editor' });
  const first = await startCli();

  const stream = startRequestStream(
    (index) =>
      postGraphQL<{ vestRegisterResourcePerson: { id: string; name: string } | null }>(
        gateway,
        REGISTER,
        {
          input: {
            name: `Skrevet ${index}`,
            profession: 'NURSE',
            workplaceKind: 'NURSING_HOME',
            workplaceName: 'Stavanger sykehjem',
            municipalityNumber: '1103',
            appointedFrom: '2024-01-01',
          },
        },
        editor,
      ),
    { concurrency: 4, maxRequests: 2_000, maxMs: 60_000 },
  );
  let exitCode: number | null;
  try {
    stream.setPhase('writing');
    await stream.settled('writing', 20);
    exitCode = await terminate(first);
    running = undefined;
  } finally {
    await stream.stop();
  }
  expect(exitCode).toBe(0);

  const acknowledged = stream.requests
    .map(
      (request) =>
        (request.value as GraphQLResponse<{ vestRegisterResourcePerson: { id: string; name: string } | null }> | undefined)?.data?.vestRegisterResourcePerson,
    )
    .filter((person): person is { id: string; name: string } => Boolean(person));
  expect(acknowledged.length).toBeGreaterThanOrEqual(20);

  await startCli();
  const stored = (await queryOk(gateway, PERSONS, {}, editor)).network.resourcePersons as Array<{ id: string; name: string }>;
  for (const person of acknowledged) expect(stored.filter((one) => one.id === person.id)).toEqual([person]);
  // Nothing was written twice, acknowledged or not.
  const written = stored.filter((one) => one.name.startsWith('Skrevet '));
  expect(new Set(written.map((one) => one.name)).size).toBe(written.length);
}, 240_000);
