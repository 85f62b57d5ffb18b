import type { RunningSystem } from '@pallnet/system';
import { postGraphQL, queryOk } from '../support/graphql';
import { startTestSystem } from '../support/system';
import { analyst, editorOf, personInput } from './support';

/*
 * The register's bulk import through the real gateway: a preview reports every row's broken
 * rules by the API's own rules, an import with any bad row writes nothing, and the fixed list is
 * written whole, in one transaction.
 */

let system: RunningSystem & { logs(): string };
const gateway = (): string => system.gatewayUrl!;
let vestEditor: Record<string, string>;

beforeAll(async () => {
  system = await startTestSystem({ services: ['national', 'vest', 'gateway'] });
  vestEditor = await editorOf('VEST', 'import-editor');
}, 120_000);

afterAll(async () => {
  await system?.stop();
});

const VEST = 'vest-helse-stavanger';
const IMPORT = `mutation ($networkId: ID!, $rows: [ResourcePersonInput!]!, $dryRun: Boolean!) {
  vestImportResourcePersons(networkId: $networkId, rows: $rows, dryRun: $dryRun) {
    dryRun rows written violations { row field rule message } persons { id name memberships { unit { id } } }
  }
}`;
const COUNTS = `query { network(id: "${VEST}") { resourcePersons { id } } vestAuditLog(limit: 1000) { id } }`;

/** 200 persons of Sandnes and Stavanger, half of them members of Nettverksgruppe Sandnes. */
function rows(): Record<string, unknown>[] {
  return Array.from({ length: 200 }, (_, index) =>
    personInput({
      name: `Ressursperson ${String(index + 1).padStart(3, '0')}`,
      workplaceKind: index % 2 === 0 ? 'HOME_CARE' : 'NURSING_HOME',
      workplaceName: index % 2 === 0 ? 'Hjemmesykepleien Sandnes øst' : 'Lura sykehjem',
      municipalityNumber: index % 3 === 0 ? '1103' : '1108',
      email: `person${index + 1}@sandnes.kommune.no`,
      memberships: index % 2 === 0 ? [{ unitId: 'vest-nettverksgruppe-sandnes' }] : [],
    }),
  );
}

async function counts(): Promise<{ persons: number; auditEntries: number }> {
  const data = await queryOk(gateway(), COUNTS, {}, vestEditor);
  return { persons: data.network.resourcePersons.length, auditEntries: data.vestAuditLog.length };
}

describe('importing a list of resource persons', () => {
  const bad = rows();
  bad[17] = { ...bad[17], municipalityNumber: '9999' };
  bad[88] = { ...bad[88], appointedTo: '2022-12-31' };
  bad[150] = { ...bad[150], email: 'ikke-en-epost' };

  it('previews 200 rows with 3 bad ones: the 3 violations with row, field and rule, nothing written', async () => {
    const before = await counts();
    const data = await queryOk(gateway(), IMPORT, { networkId: VEST, rows: bad, dryRun: true }, vestEditor);
    const report = data.vestImportResourcePersons;
    expect(report).toMatchObject({ dryRun: true, rows: 200, written: 0, persons: [] });
    expect(report.violations.map(({ row, field, rule }: { row: number; field: string; rule: string }) => ({ row, field, rule }))).toEqual([
      { row: 17, field: 'municipalityNumber', rule: 'knownMunicipality' },
      { row: 88, field: 'appointedTo', rule: 'dateOrder' },
      { row: 150, field: 'email', rule: 'isEmail' },
    ]);
    expect(await counts()).toEqual(before);
  });

  it('refuses the import of those rows with BAD_USER_INPUT naming rows[i].field, and writes nothing', async () => {
    const before = await counts();
    const result = await postGraphQL(gateway(), IMPORT, { networkId: VEST, rows: bad, dryRun: false }, vestEditor);
    expect(result.data).toBeNull();
    const [error] = result.errors!;
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'rows[17].municipalityNumber', rule: 'knownMunicipality' });
    expect((error.extensions!.violations as { field: string }[]).map((v) => v.field)).toEqual([
      'rows[17].municipalityNumber',
      'rows[88].appointedTo',
      'rows[150].email',
    ]);
    expect(await counts()).toEqual(before);
  });

  it("is for the region's editors only: an analyst and an editor of another region write nothing", async () => {
    const before = await counts();
    for (const headers of [await analyst(), await editorOf('SOR_OST')]) {
      const result = await postGraphQL(gateway(), IMPORT, { networkId: VEST, rows: rows(), dryRun: false }, headers);
      expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    expect(await counts()).toEqual(before);
  });

  it('writes all 200 fixed rows in one go, each with its membership and audit entry; the same list again is refused', async () => {
    const before = await counts();
    const data = await queryOk(gateway(), IMPORT, { networkId: VEST, rows: rows(), dryRun: false }, vestEditor);
    const report = data.vestImportResourcePersons;
    expect(report).toMatchObject({ dryRun: false, rows: 200, written: 200, violations: [] });
    expect(report.persons).toHaveLength(200);
    expect(report.persons[0]).toMatchObject({ name: 'Ressursperson 001', memberships: [{ unit: { id: 'vest-nettverksgruppe-sandnes' } }] });
    expect(await counts()).toEqual({ persons: before.persons + 200, auditEntries: before.auditEntries + 200 });

    const again = await queryOk(gateway(), IMPORT, { networkId: VEST, rows: rows().slice(0, 2), dryRun: true }, vestEditor);
    expect(again.vestImportResourcePersons.violations.map((v: { row: number; rule: string }) => [v.row, v.rule])).toEqual([
      [0, 'alreadyRegistered'],
      [1, 'alreadyRegistered'],
    ]);
  });

  it('names a row repeated in the list', async () => {
    const [first] = rows();
    const data = await queryOk(
      gateway(),
      IMPORT,
      {
        networkId: VEST,
        rows: [
          { ...first, name: 'Ola Dobbel' },
          { ...first, name: 'Ola Dobbel' },
        ],
        dryRun: true,
      },
      vestEditor,
    );
    expect(data.vestImportResourcePersons.violations).toEqual([expect.objectContaining({ row: 1, field: 'name', rule: 'duplicateInImport' })]);
  });
});
