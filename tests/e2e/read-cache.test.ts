import { openDatabase, openReadCache, tablesWithoutDataVersionTriggerSql } from '@pallnet/subgraph-kit';
import { databaseUrlVariableFor } from '@pallnet/subgraph-kit/config';
import { RunningSystem, SUBGRAPHS } from '@pallnet/system';
import { vestSubgraph } from '@pallnet/subgraph-vest';
import { editorOf, personInput } from '../editing/support';
import { freshDatabaseUrl, withClient } from '../support/database';
import { postGraphQL, queryOk } from '../support/graphql';
import { startTestSystem } from '../support/system';

/*
 * The subgraphs keep the rows they read for as long as their database's data version stays the
 * same (packages/subgraph-kit/src/read-cache.ts). What must hold: every write raises the version,
 * whoever makes it, once per transaction; the next query sees it; a repeated query costs one
 * statement per subgraph; a database with a table whose writes would not raise the version gets
 * no cache at all.
 */

let system: RunningSystem & { logs(): string };
const gateway = (): string => system.gatewayUrl!;
const databaseOf = (subgraph: string): string => system.env[databaseUrlVariableFor(subgraph)]!;

beforeAll(async () => {
  system = await startTestSystem({ env: { SQL_STATEMENT_COUNTER: 'true' } });
}, 120_000);

afterAll(async () => {
  await system?.stop();
});

const VEST = 'vest-helse-stavanger';

async function statementsSoFar(): Promise<number> {
  const counts = await Promise.all(
    SUBGRAPHS.map(async ({ name }) => {
      const response = await fetch(new URL('/debug/sql-statements', system.service(name).url));
      return ((await response.json()) as { count: number }).count;
    }),
  );
  return counts.reduce((sum, count) => sum + count, 0);
}

const dataVersion = (subgraph: string): Promise<bigint> =>
  withClient(databaseOf(subgraph), async (client) =>
    BigInt((await client.query<{ version: string }>('select version::text as version from data_version')).rows[0].version),
  );

const OVERVIEW = `query ($year: Int!) {
  networks { id name memberCount(year: $year) coverage(year: $year) { complete } annualReport(year: $year) { gatherings membersAtYearEnd } }
}`;

describe('the read cache', () => {
  it('is on in every subgraph: every table of every database raises the data version', async () => {
    for (const { name } of SUBGRAPHS) {
      const untracked = await withClient(databaseOf(name), async (client) => (await client.query(tablesWithoutDataVersionTriggerSql())).rows);
      expect({ name, untracked }).toEqual({ name, untracked: [] });
    }
    expect(system.logs()).not.toContain('read cache off');
  });

  it('answers a repeated query with one statement per subgraph, whatever the year', async () => {
    const first = await queryOk(gateway(), OVERVIEW, { year: 2023 });
    const before = await statementsSoFar();
    expect(await queryOk(gateway(), OVERVIEW, { year: 2023 })).toEqual(first);
    await queryOk(gateway(), OVERVIEW, { year: 2021 });
    // Two requests, each: the national catalog and the four regions read their data version only.
    expect((await statementsSoFar()) - before).toBe(2 * SUBGRAPHS.length);
    const metrics = await (await fetch(new URL('/metrics', system.service('vest').url))).text();
    expect(Number(/pallnet_read_cache_reads_total\{[^}]*outcome="kept"[^}]*\} (\d+)/.exec(metrics)?.[1])).toBeGreaterThan(0);
    expect(Number(/pallnet_read_cache_rows\{[^}]*\} (\d+)/.exec(metrics)?.[1])).toBeGreaterThan(0);
  });

  it('serves a write made outside the subgraphs (psql, a script) to the very next query', async () => {
    const networkName = async () => (await queryOk(gateway(), `{ network(id: "${VEST}") { name } }`)).network.name as string;
    const name = await networkName();
    expect(await networkName()).toBe(name);
    const version = await dataVersion('vest');
    await withClient(databaseOf('vest'), (client) => client.query(`update network set name = name || ' (endret)' where id = $1`, [VEST]));
    expect(await dataVersion('vest')).toBe(version + 1n);
    expect(await networkName()).toBe(`${name} (endret)`);
    await withClient(databaseOf('vest'), (client) => client.query(`update network set name = $2 where id = $1`, [VEST, name]));
    expect(await networkName()).toBe(name);
  });

  it("serves an editor's change to the next query, raises the version once per change, and not at all for a refused one", async () => {
    const editor = await editorOf('VEST');
    const register = `query { network(id: "${VEST}") { ... on VestNetwork { resourcePersons { name } } } }`;
    const names = async () => ((await queryOk(gateway(), register, {}, editor)).network.resourcePersons as Array<{ name: string }>).map((p) => p.name);
    expect(await names()).not.toContain('Cache Testesen');
    const version = await dataVersion('vest');

    const mutation = `mutation ($input: ResourcePersonInput!) { vestRegisterResourcePerson(networkId: "${VEST}", input: $input) { id } }`;
    const refused = await postGraphQL(gateway(), mutation, { input: personInput({ name: 'Cache Testesen', municipalityNumber: '9999' }) }, editor);
    expect(refused.errors?.length).toBeGreaterThan(0);
    expect(await dataVersion('vest')).toBe(version);

    // One transaction writes the person, their audit entry and the idempotency record: one raise.
    await queryOk(gateway(), mutation, { input: personInput({ name: 'Cache Testesen' }) }, editor);
    expect(await dataVersion('vest')).toBe(version + 1n);
    expect(await names()).toContain('Cache Testesen');
  });

  it('counts from the rows it keeps exactly as from the database', async () => {
    const cached = await queryOk(gateway(), OVERVIEW, { year: 2024 });
    // TRUNCATE of a table nobody reads here still raises the version: every kept row is dropped and read again.
    const version = await dataVersion('innlandet');
    await withClient(databaseOf('innlandet'), (client) => client.query('truncate idempotent_request'));
    expect(await dataVersion('innlandet')).toBe(version + 1n);
    expect(await queryOk(gateway(), OVERVIEW, { year: 2024 })).toEqual(cached);
  });
});

describe('a database with a table whose writes would not raise the data version', () => {
  it('gets no read cache, and a warning that names the table', async () => {
    const url = freshDatabaseUrl('read-cache-untracked');
    const orm = await openDatabase({ clientUrl: url, entities: vestSubgraph.entities, migrations: vestSubgraph.migrations });
    try {
      const warnings: string[] = [];
      expect(await openReadCache(orm.em.fork(), { maxRows: 1000 }, (message) => warnings.push(message))).toBeDefined();
      expect(warnings).toEqual([]);
      await orm.em.getConnection().execute('create table "notes_without_trigger" ("id" int primary key)');
      expect(await openReadCache(orm.em.fork(), { maxRows: 1000 }, (message) => warnings.push(message))).toBeUndefined();
      expect(warnings).toEqual([expect.stringContaining('notes_without_trigger')]);
    } finally {
      await orm.close();
    }
  });
});
