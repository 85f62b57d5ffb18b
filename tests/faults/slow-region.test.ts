import { databaseUrlVariableFor } from '@pallnet/subgraph-kit';
import { Client } from 'pg';
import { postGraphQL } from '../support/graphql';
import { startTestSystem } from '../support/system';

/*
 * A slow region: Vest's database is held by a lock, the gateway's SUBGRAPH_TIMEOUT_MS is short.
 * The other regions answer completely, Vest's entries are null with SUBGRAPH_TIMEOUT, and Vest's
 * own statement is cancelled by PostgreSQL (statement_timeout, from the same SUBGRAPH_TIMEOUT_MS)
 * instead of waiting on the lock after the gateway has given up.
 */

const TIMEOUT_MS = 1500;
const QUERY = '{ networks { id region units { name } } }';

let system: Awaited<ReturnType<typeof startTestSystem>>;

beforeAll(async () => {
  system = await startTestSystem({ env: { SUBGRAPH_TIMEOUT_MS: String(TIMEOUT_MS) } });
}, 180_000);

afterAll(async () => {
  await system?.stop();
});

async function connectToVest(): Promise<Client> {
  const client = new Client({ connectionString: system.env[databaseUrlVariableFor('vest')] });
  await client.connect();
  return client;
}

/** Statements of other sessions running in Vest's database now (the lock holder's and ours left out). */
async function vestStatementsRunning(observer: Client, lockHolderPid: number): Promise<Array<{ query: string; wait_event_type: string | null }>> {
  const { rows } = await observer.query(
    `select query, wait_event_type from pg_stat_activity
      where datname = current_database() and state = 'active' and pid <> pg_backend_pid() and pid <> $1`,
    [lockHolderPid],
  );
  return rows;
}

it("answers every other region in full, reports Vest as SUBGRAPH_TIMEOUT, and PostgreSQL cancels Vest's waiting statement", async () => {
  const complete = await postGraphQL(system.gatewayUrl!, QUERY);
  expect(complete.errors).toBeUndefined();
  const regions = new Set((complete.data!.networks as Array<{ region: string }>).map((network) => network.region));
  expect(regions).toEqual(new Set(['VEST', 'INNLANDET', 'MIDT', 'SOR_OST']));

  const lockHolder = await connectToVest();
  const observer = await connectToVest();
  try {
    const lockHolderPid = (await lockHolder.query('select pg_backend_pid() as pid')).rows[0].pid as number;
    await lockHolder.query('begin');
    // Blocks every read of Vest's until the transaction ends: each begins with the data version
    // (the read cache's check), so even rows Vest keeps cannot be served past it.
    await lockHolder.query('lock table "data_version" in access exclusive mode');

    const started = Date.now();
    const slow = await postGraphQL(system.gatewayUrl!, QUERY);
    const elapsed = Date.now() - started;
    expect(elapsed).toBeLessThan(TIMEOUT_MS * 3);

    const networks = slow.data!.networks as Array<{ id: string; region: string; units: unknown[] } | null>;
    const answered = networks.filter((network) => network !== null);
    expect(new Set(answered.map((network) => network!.region))).toEqual(new Set(['INNLANDET', 'MIDT', 'SOR_OST']));
    const expectedOthers = (complete.data!.networks as Array<{ region: string }>).filter((network) => network.region !== 'VEST');
    expect(answered).toEqual(expectedOthers);
    expect(networks.filter((network) => network === null)).toHaveLength(networks.length - expectedOthers.length);
    expect(slow.errors?.map((error) => [error.extensions?.code, error.extensions?.serviceName])).toEqual([['SUBGRAPH_TIMEOUT', 'vest']]);

    // Vest's statement may have started a moment after the gateway's clock: give it the timeout once more.
    let running = await vestStatementsRunning(observer, lockHolderPid);
    for (const deadline = Date.now() + TIMEOUT_MS + 1000; running.length > 0 && Date.now() < deadline;) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      running = await vestStatementsRunning(observer, lockHolderPid);
    }
    expect(running).toEqual([]);
    // The lock is still held: the statement did not finish, it was cancelled.
    expect(
      (await observer.query(`select count(*)::int as n from pg_locks where relation = '"data_version"'::regclass and granted and mode = 'AccessExclusiveLock'`))
        .rows[0].n,
    ).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(system.logs()).not.toMatch(/\[vest\].*internal error/);
  } finally {
    await lockHolder.query('rollback').catch(() => undefined);
    await lockHolder.end();
    await observer.end();
  }

  const again = await postGraphQL(system.gatewayUrl!, QUERY);
  expect(again.errors).toBeUndefined();
  expect(again.data).toEqual(complete.data);
}, 60_000);
