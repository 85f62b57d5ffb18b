import { findFreePorts, GATEWAY, REPO_ROOT, SUBGRAPHS, waitForHealthy } from '@pallnet/system';
import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { bearer } from '../support/auth';
import { GraphQLResponse, postGraphQL } from '../support/graphql';
import { startRequestStream } from './request-stream';

/*
 * `npm start` recovers by itself. The CLI runs on a data directory of this file's own; writes
 * stream through the gateway while the runner (its whole process group, as the OOM killer or a
 * closed terminal would) or PostgreSQL alone is SIGKILLed. No manual step follows: every
 * acknowledged write is there afterwards, each with its audit entry. A second start beside a
 * running one is refused in one line, and the running one carries on.
 */

const CLI = path.join(REPO_ROOT, 'packages/system/dist/cli/start.js');
const REGISTER = 'mutation ($input: ResourcePersonInput!) { vestRegisterResourcePerson(networkId: "vest-helse-stavanger", input: $input) { id } }';
type Registered = GraphQLResponse<{ vestRegisterResourcePerson: { id: string } | null }>;

interface Runner {
  child: ChildProcess;
  output(): string;
  exited: Promise<number | null>;
}

let dataDir: string;
let env: NodeJS.ProcessEnv;
let gateway: string;
let editor: Record<string, string>;
let running: Runner | undefined;
let postgresPort: number;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'pallnet-crash-recovery-'));
  const ports = await findFreePorts(SUBGRAPHS.length + 3);
  postgresPort = ports[SUBGRAPHS.length + 1];
  env = { ...process.env, EMBEDDED_PG_DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(postgresPort), DASHBOARD_PORT: String(ports[SUBGRAPHS.length + 2]) };
  delete env.NODE_ENV;
  for (const variable of Object.keys(env)) if (variable.endsWith('DATABASE_URL')) delete env[variable];
  SUBGRAPHS.forEach((subgraph, index) => (env[subgraph.portVariable] = String(ports[index])));
  env[GATEWAY.portVariable] = String(ports[SUBGRAPHS.length]);
  gateway = `http://localhost:${ports[SUBGRAPHS.length]}/graphql`;
  editor = await bearer({ role: 'editor', region: 'VEST', subject: 'crash-editor' });
});

afterAll(async () => {
  if (running && running.child.exitCode === null) {
    running.child.kill('SIGTERM');
    await running.exited;
  }
  rmSync(dataDir, { recursive: true, force: true });
});

/** `npm start` as a user runs it: in a process group of its own, as a terminal gives it. */
function launch(): Runner {
  const child = spawn(process.execPath, [CLI], { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function startCli(): Promise<Runner> {
  const runner = launch();
  running = runner;
  const failed = runner.exited.then((code) => {
    throw new Error(`npm start exited with ${code} while starting:\n${runner.output().slice(-2000)}`);
  });
  await Promise.race([waitForHealthy(gateway.replace('/graphql', '/health'), 120_000), failed]);
  failed.catch(() => undefined);
  return runner;
}

function postmasterPid(): number {
  return Number(readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function gone(pid: number, withinMs: number): Promise<boolean> {
  const deadline = Date.now() + withinMs;
  while (isAlive(pid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
  return !isAlive(pid);
}

function credentials(): { superuser: string; roles: Record<string, string> } {
  return JSON.parse(readFileSync(path.join(dataDir, 'pallnet-credentials.json'), 'utf8'));
}

async function asRole<T>(user: string, password: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ host: 'localhost', port: postgresPort, user, password, database: 'vest' });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Writes through the gateway until `crash` has run and a few more writes were acknowledged after it. */
async function writeThrough(label: string, crash: () => Promise<void>): Promise<string[]> {
  const stream = startRequestStream(
    (index) =>
      postGraphQL<Registered['data']>(
        gateway,
        REGISTER,
        {
          input: {
            name: `${label} ${index}`,
            profession: 'NURSE',
            workplaceKind: 'NURSING_HOME',
            workplaceName: 'Stavanger sykehjem',
            municipalityNumber: '1103',
            appointedFrom: '2024-01-01',
          },
        },
        editor,
      ),
    { concurrency: 4, maxRequests: 2_000, maxMs: 90_000 },
  );
  try {
    stream.setPhase('before');
    await stream.settled('before', 20);
    await crash();
  } finally {
    await stream.stop();
  }
  return stream.requests
    .map((request) => (request.value as Registered | undefined)?.data?.vestRegisterResourcePerson?.id)
    .filter((id): id is string => Boolean(id));
}

/** Every acknowledged registration is stored once, with its CREATE audit entry. */
async function expectStoredWithAudit(ids: string[]): Promise<void> {
  const { superuser } = credentials();
  const [persons, audited] = await asRole('postgres', superuser, (client) =>
    Promise.all([
      client.query<{ id: string }>('select id from resource_person where id = any($1)', [ids]),
      client.query<{ entity_id: string }>(`select entity_id from audit_entry where entity = 'ResourcePerson' and action = 'CREATE' and entity_id = any($1)`, [
        ids,
      ]),
    ]),
  );
  expect(persons.rows.map((row) => row.id).sort()).toEqual([...ids].sort());
  expect(audited.rows.map((row) => row.entity_id).sort()).toEqual([...ids].sort());
}

it('comes up with a plain start after the runner is SIGKILLed during writes, with every acknowledged write and its audit entry', async () => {
  const first = await startCli();
  const postgres = postmasterPid();
  const acknowledged = await writeThrough('Før runner-krasj', async () => {
    process.kill(-first.child.pid!, 'SIGKILL');
    await first.exited;
  });
  expect(acknowledged.length).toBeGreaterThanOrEqual(20);
  // No orphaned PostgreSQL: its guard stops it once the runner is gone.
  expect(await gone(postgres, 30_000)).toBe(true);

  running = await startCli();
  await expectStoredWithAudit(acknowledged);
}, 300_000);

it('recovers by itself when PostgreSQL alone is SIGKILLed during writes, reporting crash recovery in one line', async () => {
  const runner = running!;
  let killedAt = 0;
  const acknowledged = await writeThrough('Før postgres-krasj', async () => {
    process.kill(postmasterPid(), 'SIGKILL');
    killedAt = runner.output().length;
    // Writes are acknowledged again once the runner has started PostgreSQL again.
    const deadline = Date.now() + 90_000;
    for (;;) {
      const answer = await postGraphQL<Registered['data']>(
        gateway,
        REGISTER,
        {
          input: {
            name: 'Etter postgres-krasj',
            profession: 'NURSE',
            workplaceKind: 'HOME_CARE',
            workplaceName: 'Hjemmesykepleien',
            municipalityNumber: '1103',
            appointedFrom: '2024-01-01',
          },
        },
        editor,
      ).catch(() => undefined);
      if (answer?.data?.vestRegisterResourcePerson) return;
      if (Date.now() > deadline) throw new Error(`writes did not resume:\n${runner.output().slice(-2000)}`);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  });
  const after = runner.output().slice(killedAt);
  expect(after.split('\n').filter((line) => line.includes('crash recovery'))).toHaveLength(1);
  expect(runner.child.exitCode).toBeNull();
  await expectStoredWithAudit(acknowledged);
}, 240_000);

it('refuses a second npm start beside a running one in one line, leaving the running one untouched', async () => {
  const runner = running!;
  const postgres = postmasterPid();
  const second = launch();
  const code = await second.exited;
  expect(code).toBe(1);
  const lines = second
    .output()
    .split('\n')
    .filter((line) => line.trim() !== '');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain(`Another npm start (pid ${runner.child.pid})`);
  expect(runner.child.exitCode).toBeNull();
  expect(postmasterPid()).toBe(postgres);
  await waitForHealthy(gateway.replace('/graphql', '/health'), 5_000);
}, 60_000);

it('gives the embedded default generated SCRAM passwords, kept 0600, and a runtime role that cannot rewrite history', async () => {
  expect(statSync(path.join(dataDir, 'pallnet-credentials.json')).mode & 0o777).toBe(0o600);
  const { superuser, roles } = credentials();
  expect(superuser).toMatch(/^[0-9a-f]{48}$/);
  const hashes = await asRole('postgres', superuser, (client) =>
    client.query<{ rolname: string; scram: boolean }>(
      `select rolname, rolpassword like 'SCRAM-SHA-256$%' as scram from pg_authid where rolname in ('postgres', 'vest_owner', 'vest_app')`,
    ),
  );
  expect(hashes.rows.map((row) => [row.rolname, row.scram]).sort()).toEqual([
    ['postgres', true],
    ['vest_app', true],
    ['vest_owner', true],
  ]);
  await expect(asRole('vest_app', 'postgres', async () => undefined)).rejects.toThrow(/password authentication failed/);

  const refusals = await asRole('vest_app', roles.vest_app, async (client) => {
    const attempt = (sql: string) =>
      client.query(sql).then(
        () => 'allowed',
        (error: Error) => error.message,
      );
    return {
      insert: await attempt(`insert into audit_entry (subject, entity, entity_id, action) values ('rolle-test', 'Test', '1', 'CREATE')`),
      update: await attempt('update audit_entry set subject = subject'),
      delete: await attempt('delete from audit_entry'),
      truncate: await attempt('truncate audit_entry'),
      disableTrigger: await attempt('alter table audit_entry disable trigger all'),
      replicaRole: await attempt('set session_replication_role = replica'),
      alter: await attempt('alter table resource_person add column smuglet text'),
      drop: await attempt('drop table resource_person'),
    };
  });
  expect(refusals).toEqual({
    insert: 'allowed',
    update: 'permission denied for table audit_entry',
    delete: 'permission denied for table audit_entry',
    truncate: 'permission denied for table audit_entry',
    disableTrigger: 'must be owner of table audit_entry',
    replicaRole: 'permission denied to set parameter "session_replication_role"',
    alter: 'must be owner of table resource_person',
    drop: 'must be owner of table resource_person',
  });
}, 60_000);
