import { databaseUrlVariableFor } from '@pallnet/subgraph-kit';
import { Client } from 'pg';
import { bearer } from '../support/auth';
import { postGraphQL } from '../support/graphql';
import { startTestSystem } from '../support/system';

/*
 * Contention on one row, through the gateway: 20 editors recording the same network's figures for
 * the same year for the first time get exactly one CREATE and 19 CONFLICT; 20 editors updating
 * them from the same version get exactly one winner and 19 CONFLICT. The database holds one
 * record, at the winner's version, with exactly the audit entries of the two winners.
 */

const EDITORS = 20;
const NETWORK = 'vest-helse-stavanger';
const YEAR = 2031;
const RECORD = `mutation ($input: YearFiguresInput!, $expectedVersion: Int) {
  vestRecordYearFigures(networkId: "${NETWORK}", input: $input, expectedVersion: $expectedVersion) { id version membersAtYearEnd }
}`;

let system: Awaited<ReturnType<typeof startTestSystem>>;

beforeAll(async () => {
  system = await startTestSystem({ services: ['national', 'vest', 'gateway'] });
}, 120_000);

afterAll(async () => {
  await system?.stop();
});

async function vestRows(sql: string, values: unknown[] = []): Promise<Array<Record<string, unknown>>> {
  const client = new Client({ connectionString: system.env[databaseUrlVariableFor('vest')] });
  await client.connect();
  try {
    return (await client.query(sql, values)).rows;
  } finally {
    await client.end();
  }
}

async function concurrently(expectedVersion: number | null) {
  const editors = await Promise.all(Array.from({ length: EDITORS }, (_, i) => bearer({ role: 'editor', region: 'VEST', subject: `editor-${i}` })));
  const answers = await Promise.all(
    editors.map((editor, i) => postGraphQL(system.gatewayUrl!, RECORD, { input: { year: YEAR, membersAtYearEnd: 100 + i }, expectedVersion }, editor)),
  );
  const winners = answers.filter((answer) => !answer.errors && answer.data?.vestRecordYearFigures);
  const codes = answers.flatMap((answer) => (answer.errors ?? []).map((error) => error.extensions?.code));
  return { winners: winners.map((answer) => answer.data!.vestRecordYearFigures as { id: string; version: number; membersAtYearEnd: number }), codes };
}

it(`${EDITORS} first-time recordings of one year give exactly one CREATE and ${EDITORS - 1} CONFLICT`, async () => {
  const { winners, codes } = await concurrently(null);
  expect(winners).toHaveLength(1);
  expect(codes).toEqual(Array.from({ length: EDITORS - 1 }, () => 'CONFLICT'));
  expect(winners[0].version).toBe(1);

  const reports = await vestRows('select id, version from year_report where network_id = $1 and unit_id is null and year = $2', [NETWORK, YEAR]);
  expect(reports).toEqual([{ id: Number(winners[0].id), version: 1 }]);
  const figures = await vestRows('select count from membership_figure where network_id = $1 and unit_id is null and year = $2', [NETWORK, YEAR]);
  expect(figures).toEqual([{ count: winners[0].membersAtYearEnd }]);
  const audit = await vestRows(`select action from audit_entry where entity = 'YearFigures' and entity_id = $1`, [winners[0].id]);
  expect(audit).toEqual([{ action: 'CREATE' }]);
}, 60_000);

it(`${EDITORS} updates from the same version give exactly one winner and ${EDITORS - 1} CONFLICT`, async () => {
  const { winners, codes } = await concurrently(1);
  expect(winners).toHaveLength(1);
  expect(codes).toEqual(Array.from({ length: EDITORS - 1 }, () => 'CONFLICT'));
  expect(winners[0].version).toBe(2);

  const [report] = await vestRows('select id, version from year_report where network_id = $1 and unit_id is null and year = $2', [NETWORK, YEAR]);
  expect(report.version).toBe(2);
  const figures = await vestRows('select count from membership_figure where network_id = $1 and unit_id is null and year = $2', [NETWORK, YEAR]);
  expect(figures).toEqual([{ count: winners[0].membersAtYearEnd }]);
  const audit = await vestRows(`select action from audit_entry where entity = 'YearFigures' and entity_id = $1 order by id`, [String(report.id)]);
  expect(audit).toEqual([{ action: 'CREATE' }, { action: 'UPDATE' }]);
}, 60_000);
