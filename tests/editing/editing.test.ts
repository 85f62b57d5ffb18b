import { REPO_ROOT, RunningSystem } from '@pallnet/system';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { postGraphQL, queryOk } from '../support/graphql';
import { startTestSystem } from '../support/system';
import { editorOf, PERSON_FIELDS, personInput } from './support';

/*
 * What editors change, through the real gateway with real tokens: each region's own kinds of
 * unit, the register and what it counts (members, coverage), the audit log, and optimistic
 * locking under concurrent edits.
 */

let system: RunningSystem & { logs(): string };
const gateway = (): string => system.gatewayUrl!;
const editors: Record<string, Record<string, string>> = {};

beforeAll(async () => {
  system = await startTestSystem();
  for (const region of ['VEST', 'INNLANDET', 'MIDT', 'SOR_OST']) editors[region] = await editorOf(region);
}, 120_000);

afterAll(async () => {
  await system?.stop();
});

const VEST = 'vest-helse-stavanger';
const SANDNES = 'vest-nettverksgruppe-sandnes';

const REGISTER = `mutation ($networkId: ID!, $input: ResourcePersonInput!) { vestRegisterResourcePerson(networkId: $networkId, input: $input) { ${PERSON_FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $v: Int!, $input: ResourcePersonInput!) { vestUpdateResourcePerson(id: $id, expectedVersion: $v, input: $input) { ${PERSON_FIELDS} } }`;
const END = `mutation ($id: ID!, $v: Int!, $to: Date!) { vestEndResourcePersonAppointment(id: $id, expectedVersion: $v, appointedTo: $to) { ${PERSON_FIELDS} } }`;
const AUDIT = `query ($entityId: ID) { vestAuditLog(entityId: $entityId) { id at subject entity entityId action before after } }`;

const registerInVest = async (input: Record<string, unknown>) =>
  (await queryOk(gateway(), REGISTER, { networkId: VEST, input: personInput(input) }, editors.VEST)).vestRegisterResourcePerson;

describe("each region's editors create and update the region's own kinds of unit", () => {
  it.each([
    [
      'VEST',
      'vestCreateOperationsGroup',
      'vestUpdateOperationsGroup',
      'VestOperationsGroupInput',
      'VestOperationsGroup',
      VEST,
      {
        name: 'Driftsgruppen for sosionomnettverket',
        parentId: 'vest-fagrad-i-palliasjon',
        professionalNetwork: 'Nettverk av ressurssosionomer',
        representativesFrom: ['Helse Stavanger HF'],
        appointmentTermYears: 2,
        leaderTermYears: 2,
      },
      'professionalNetwork',
      'Nettverk av sosionomer',
    ],
    [
      'INNLANDET',
      'innlandetCreateWorkingGroup',
      'innlandetUpdateWorkingGroup',
      'InnlandetWorkingGroupInput',
      'InnlandetWorkingGroup',
      'innlandet-sykehuset-innlandet',
      {
        name: 'Arbeidsgruppe Gjøvik',
        parentId: 'innlandet-klinisk-utvalg',
        plannedMeetingsPerYear: 4,
        courseCommittee: 'Kurskomiteen',
        otherNames: ['Arb.gr Gjøvik'],
      },
      'courseCommittee',
      'Kurskomiteen for Gjøvik',
    ],
    [
      'MIDT',
      'midtCreateLocalResourceGroup',
      'midtUpdateLocalResourceGroup',
      'MidtLocalResourceGroupInput',
      'MidtLocalResourceGroup',
      'midt-nord-trondelag',
      {
        name: 'Ressursgruppe Inderøy',
        parentId: 'midt-fagnettverk-sor-levanger',
        area: 'Inderøy',
        documentWording: 'Inderøy kommune',
        municipalityNumbers: ['5053'],
      },
      'area',
      'Inderøy og Steinkjer',
    ],
    [
      'SOR_OST',
      'sorOstCreateSectorNetwork',
      'sorOstUpdateSectorNetwork',
      'SorOstSectorNetworkInput',
      'SorOstSectorNetwork',
      'sor-ost-oslo',
      {
        name: 'Aker sektor',
        parentId: 'sor-ost-driftsgruppen',
        hospital: 'Aker sykehus',
        hospitalAbbreviation: 'AKS',
        plannedGatheringHoursPerYear: 12,
        municipalityNumbers: ['0301'],
      },
      'hospital',
      'Aker universitetssykehus',
    ],
  ])('%s: %s, then %s from the version read', async (region, create, update, inputType, typename, networkId, input, field, changed) => {
    const selection = `__typename id name version level parent { id } municipalities { number } ... on ${typename} { ${field} }`;
    const created = (
      await queryOk(
        gateway(),
        `mutation ($n: ID!, $i: ${inputType}!) { ${create}(networkId: $n, input: $i) { ${selection} } }`,
        { n: networkId, i: input },
        editors[region],
      )
    )[create];
    expect(created).toMatchObject({
      __typename: typename,
      name: input.name,
      version: 1,
      parent: { id: input.parentId },
      [field]: input[field as keyof typeof input],
    });
    expect(created.municipalities.map((m: { number: string }) => m.number)).toEqual((input as { municipalityNumbers?: string[] }).municipalityNumbers ?? []);

    const updated = (
      await queryOk(
        gateway(),
        `mutation ($id: ID!, $v: Int!, $i: ${inputType}!) { ${update}(id: $id, expectedVersion: $v, input: $i) { ${selection} } }`,
        { id: created.id, v: 1, i: { ...input, [field]: changed } },
        editors[region],
      )
    )[update];
    expect(updated).toMatchObject({ id: created.id, version: 2, [field]: changed });

    // The national view has the new unit in the region's network.
    const { network } = await queryOk(gateway(), `query ($id: ID!) { network(id: $id) { units { id name } } }`, { id: networkId });
    expect(network.units).toContainEqual({ id: created.id, name: input.name });
  });
});

describe('the register of resource persons', () => {
  it('registers, updates and ends an appointment; each change is in the audit log with who, when, before and after', async () => {
    const person = await registerInVest({ name: 'Astrid Audit', memberships: [{ unitId: SANDNES }] });
    expect(person).toMatchObject({
      name: 'Astrid Audit',
      version: 1,
      appointedTo: null,
      memberships: [{ unit: { id: SANDNES }, from: '2023-01-01', to: null }],
    });

    const updated = (
      await queryOk(
        gateway(),
        UPDATE,
        { id: person.id, v: 1, input: personInput({ name: 'Astrid Audit', workplaceKind: 'NURSING_HOME', workplaceName: 'Lura bo- og aktivitetssenter' }) },
        editors.VEST,
      )
    ).vestUpdateResourcePerson;
    // Memberships left out of an update stay as they were.
    expect(updated).toMatchObject({ version: 2, workplaceKind: 'NURSING_HOME', memberships: [{ unit: { id: SANDNES }, to: null }] });

    const ended = (await queryOk(gateway(), END, { id: person.id, v: 2, to: '2024-06-30' }, editors.VEST)).vestEndResourcePersonAppointment;
    expect(ended).toMatchObject({ version: 3, appointedTo: '2024-06-30', memberships: [{ unit: { id: SANDNES }, to: '2024-06-30' }] });

    const { vestAuditLog: log } = await queryOk(gateway(), AUDIT, { entityId: person.id }, editors.VEST);
    expect(log.map((e: { action: string }) => e.action)).toEqual(['END_APPOINTMENT', 'UPDATE', 'CREATE']);
    for (const entry of log) {
      expect(entry).toMatchObject({ subject: 'editor-of-vest', entity: 'ResourcePerson', entityId: person.id });
      expect(Date.now() - Date.parse(entry.at)).toBeLessThan(60_000);
    }
    const [end, update, create] = log;
    expect(create.before).toBeNull();
    expect(create.after).toMatchObject({ name: 'Astrid Audit', workplaceKind: 'HOME_CARE', email: 'kari.nordmann@sandnes.kommune.no', version: 1 });
    expect(update.before).toMatchObject({ workplaceKind: 'HOME_CARE', version: 1 });
    expect(update.after).toMatchObject({ workplaceKind: 'NURSING_HOME', workplaceName: 'Lura bo- og aktivitetssenter', version: 2 });
    expect(end.before).toMatchObject({ appointedTo: null, memberships: [{ unitId: SANDNES, to: null }] });
    expect(end.after).toMatchObject({ appointedTo: '2024-06-30', version: 3, memberships: [{ unitId: SANDNES, to: '2024-06-30' }] });
  });

  it('keeps the audit log append-only: PostgreSQL refuses to change or delete an entry', async () => {
    const client = new Client({ connectionString: system.env.VEST_DATABASE_URL });
    await client.connect();
    try {
      const { rows } = await client.query('select count(*)::int as n from audit_entry');
      expect(rows[0].n).toBeGreaterThan(0);
      await expect(client.query(`update audit_entry set subject = 'someone else'`)).rejects.toThrow(/append-only/);
      await expect(client.query('delete from audit_entry')).rejects.toThrow(/append-only/);
      await expect(client.query('truncate audit_entry')).rejects.toThrow(/append-only/);
      const after = await client.query('select count(*)::int as n from audit_entry');
      expect(after.rows[0].n).toBe(rows[0].n);
    } finally {
      await client.end();
    }
  });
});

describe('member counts come from the register where it has data for the year, else from reported figures', () => {
  it('says which source each count comes from, for the network, a unit and the annual report', async () => {
    // Oslo reported 271 members at the end of 2021; its register starts empty.
    const OSLO = 'sor-ost-oslo';
    const query = `query ($id: ID!) { network(id: $id) {
      y2021: memberFigure(year: 2021) { count source year asOf } c2021: memberCount(year: 2021)
      y2024: memberFigure(year: 2024) { count source } c2024: memberCount(year: 2024)
      report: annualReport(year: 2024) { membersAtYearEnd membersSource }
      units { id y2024: memberFigure(year: 2024) { count source } } } }`;
    const before = (await queryOk(gateway(), query, { id: OSLO })).network;
    expect(before.y2021).toEqual({ count: 271, source: 'REPORTED', year: 2021, asOf: '2021-12-31' });
    expect(before.y2024).toBeNull();
    expect(before.c2024).toBeNull();

    const sector = 'sor-ost-lovisenberg-sektor';
    const register = `mutation ($input: ResourcePersonInput!) { sorOstRegisterResourcePerson(networkId: "${OSLO}", input: $input) { id } }`;
    for (const [name, from, to] of [
      ['Per Før', '2024-01-01', null],
      ['Pål Også', '2024-05-01', null],
      ['Espen Sluttet', '2024-01-01', '2024-12-30'],
    ] as const) {
      await queryOk(
        gateway(),
        register,
        { input: personInput({ name, municipalityNumber: '0301', appointedFrom: from, appointedTo: to, memberships: [{ unitId: sector }] }) },
        editors.SOR_OST,
      );
    }

    const after = (await queryOk(gateway(), query, { id: OSLO })).network;
    // 2021: no one in the register was appointed then, so the reported figure stands.
    expect(after.y2021).toEqual(before.y2021);
    expect(after.c2021).toBe(271);
    // 2024: two appointed on 31 December (the third ended on the 30th).
    expect(after.y2024).toEqual({ count: 2, source: 'REGISTER' });
    expect(after.c2024).toBe(2);
    expect(after.report).toEqual({ membersAtYearEnd: 2, membersSource: 'REGISTER' });
    expect(after.units.find((u: { id: string }) => u.id === sector).y2024).toEqual({ count: 2, source: 'REGISTER' });
    expect(after.units.find((u: { id: string }) => u.id === 'sor-ost-diakonhjemmet-sektor').y2024).toBeNull();
  });
});

describe('coverage as the national template defines it', () => {
  const COVERAGE = `{ year asOf municipalities { number } municipalitiesWithoutHomeCare { number } municipalitiesWithoutNursingHome { number } hospitalUnitsKnown hospitalUnitsWithoutResourcePerson { name } complete }`;

  it('says hospital units are unknown and municipalities unknown rather than complete where nothing is recorded', async () => {
    const { network } = await queryOk(gateway(), `{ network(id: "innlandet-sykehuset-innlandet") { coverage(year: 2024) ${COVERAGE} } }`);
    expect(network.coverage).toMatchObject({
      year: 2024,
      asOf: '2024-12-31',
      municipalities: [],
      municipalitiesWithoutHomeCare: null,
      municipalitiesWithoutNursingHome: null,
      hospitalUnitsKnown: false,
      hospitalUnitsWithoutResourcePerson: null,
      complete: null,
    });
  });

  it("lists the area's municipalities and hospital units without a resource person, per network and per local unit", async () => {
    const query = `{ network(id: "${VEST}") { coverage(year: 2025) ${COVERAGE}
      annualReport(year: 2025) { coverage { complete } localUnits { unit { id } coverage ${COVERAGE} } } } }`;
    const empty = (await queryOk(gateway(), query)).network;
    expect(empty.coverage.municipalities).toHaveLength(15);
    expect(empty.coverage.municipalitiesWithoutHomeCare).toHaveLength(15);
    expect(empty.coverage.hospitalUnitsKnown).toBe(false);
    expect(empty.coverage.complete).toBe(false);

    const hospitalUnit = (
      await queryOk(
        gateway(),
        `mutation { vestRegisterHospitalUnit(networkId: "${VEST}", input: { name: "Kreftavdelingen", hospital: "Stavanger universitetssjukehus", unitId: "${SANDNES}" }) { id name version } }`,
        {},
        editors.VEST,
      )
    ).vestRegisterHospitalUnit;
    const inSandnes = { municipalityNumber: '1108', appointedFrom: '2025-01-01', memberships: [{ unitId: SANDNES }] };
    await registerInVest({ ...inSandnes, name: 'Hanne Hjemme', workplaceKind: 'HOME_CARE' });
    await registerInVest({ ...inSandnes, name: 'Siri Sykehjem', workplaceKind: 'NURSING_HOME', workplaceName: 'Lura sykehjem' });
    // Appointed only from 2026: does not count at the end of 2025.
    await registerInVest({
      ...inSandnes,
      name: 'Sara Senere',
      workplaceKind: 'HOSPITAL_WARD',
      workplaceName: 'Kreftavdelingen',
      hospitalUnitId: hospitalUnit.id,
      appointedFrom: '2026-01-01',
    });

    const partly = (await queryOk(gateway(), query)).network;
    expect(partly.coverage.municipalitiesWithoutHomeCare.map((m: { number: string }) => m.number)).not.toContain('1108');
    expect(partly.coverage.municipalitiesWithoutHomeCare).toHaveLength(14);
    expect(partly.coverage.municipalitiesWithoutNursingHome).toHaveLength(14);
    expect(partly.coverage).toMatchObject({ hospitalUnitsKnown: true, hospitalUnitsWithoutResourcePerson: [{ name: 'Kreftavdelingen' }], complete: false });
    const sandnes = partly.annualReport.localUnits.find((r: { unit: { id: string } }) => r.unit.id === SANDNES);
    expect(sandnes.coverage).toMatchObject({
      municipalities: [{ number: '1108' }],
      municipalitiesWithoutHomeCare: [],
      municipalitiesWithoutNursingHome: [],
      hospitalUnitsWithoutResourcePerson: [{ name: 'Kreftavdelingen' }],
      complete: false,
    });

    await registerInVest({
      ...inSandnes,
      name: 'Hege Sykehus',
      workplaceKind: 'HOSPITAL_WARD',
      workplaceName: 'Kreftavdelingen',
      hospitalUnitId: hospitalUnit.id,
    });
    const covered = (await queryOk(gateway(), query)).network.annualReport.localUnits.find((r: { unit: { id: string } }) => r.unit.id === SANDNES);
    expect(covered.coverage).toMatchObject({ hospitalUnitsKnown: true, hospitalUnitsWithoutResourcePerson: [], complete: true });
  });
});

describe('optimistic locking', () => {
  it('of two concurrent edits from the same version, one wins, the other gets CONFLICT, and nothing is lost', async () => {
    const person = await registerInVest({ name: 'Kåre Kappløp' });
    const edit = (workplaceName: string) =>
      postGraphQL(gateway(), UPDATE, { id: person.id, v: person.version, input: personInput({ name: 'Kåre Kappløp', workplaceName }) }, editors.VEST);
    const results = await Promise.all([edit('Hjemmesykepleien A'), edit('Hjemmesykepleien B')]);

    const winners = results.filter((r) => !r.errors);
    const losers = results.filter((r) => r.errors);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(1);
    expect(losers[0].errors![0].extensions).toMatchObject({ code: 'CONFLICT', expectedVersion: 1, currentVersion: 2 });
    const won = winners[0].data.vestUpdateResourcePerson;
    expect(won.version).toBe(2);

    // The winner's change is what is stored, once, and the loser wrote nothing.
    const stored = (await queryOk(gateway(), `query ($id: ID!) { vestResourcePerson(id: $id) { workplaceName version } }`, { id: person.id }, editors.VEST))
      .vestResourcePerson;
    expect(stored).toEqual({ workplaceName: won.workplaceName, version: 2 });
    const { vestAuditLog: log } = await queryOk(gateway(), AUDIT, { entityId: person.id }, editors.VEST);
    expect(log.map((e: { action: string }) => e.action)).toEqual(['UPDATE', 'CREATE']);
    expect(log[0].after.workplaceName).toBe(won.workplaceName);
  });

  it('refuses an edit from a version that is no longer current, changing nothing', async () => {
    const group = (await queryOk(gateway(), `{ _: network(id: "${VEST}") { units { id version ... on VestNetworkGroup { memberSources } } } }`))._.units.find(
      (u: { id: string }) => u.id === SANDNES,
    );
    const mutation = `mutation ($v: Int!, $sources: [String!]!) { vestUpdateNetworkGroup(id: "${SANDNES}", expectedVersion: $v, input: { name: "Nettverksgruppe Sandnes", memberSources: $sources }) { version memberSources } }`;
    const first = await queryOk(gateway(), mutation, { v: group.version, sources: ['Sandnes kommune'] }, editors.VEST);
    expect(first.vestUpdateNetworkGroup).toEqual({ version: group.version + 1, memberSources: ['Sandnes kommune'] });

    const stale = await postGraphQL(gateway(), mutation, { v: group.version, sources: ['Overskrevet'] }, editors.VEST);
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: group.version + 1 });
    const now = (await queryOk(gateway(), `{ _: network(id: "${VEST}") { units { id version ... on VestNetworkGroup { memberSources } } } }`))._.units.find(
      (u: { id: string }) => u.id === SANDNES,
    );
    expect(now).toMatchObject({ version: group.version + 1, memberSources: ['Sandnes kommune'] });
  });

  it("asks for the version once a year's figures are recorded", async () => {
    const record = `mutation ($v: Int, $joined: Int) { vestRecordYearFigures(networkId: "${VEST}", input: { year: 2022, joined: $joined }, expectedVersion: $v) { version joined } }`;
    expect((await queryOk(gateway(), record, { joined: 3 }, editors.VEST)).vestRecordYearFigures).toEqual({ version: 1, joined: 3 });
    const again = await postGraphQL(gateway(), record, { joined: 4 }, editors.VEST);
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 1 });
    expect((await queryOk(gateway(), record, { v: 1, joined: 4 }, editors.VEST)).vestRecordYearFigures).toEqual({ version: 2, joined: 4 });
    const { network } = await queryOk(gateway(), `{ network(id: "${VEST}") { annualReport(year: 2022) { joined figuresVersion } } }`);
    expect(network.annualReport).toEqual({ joined: 4, figuresVersion: 2 });
  });

  it('reads the version to give from the annual report, so the next save needs no conflict first', async () => {
    const report = async () =>
      (await queryOk(gateway(), `{ network(id: "${VEST}") { annualReport(year: 2023) { joined figuresVersion } } }`)).network.annualReport;
    const before = await report();
    const record = `mutation ($v: Int, $joined: Int) { vestRecordYearFigures(networkId: "${VEST}", input: { year: 2023, joined: $joined }, expectedVersion: $v) { version joined } }`;
    const saved = (await queryOk(gateway(), record, { v: before?.figuresVersion ?? null, joined: 7 }, editors.VEST)).vestRecordYearFigures;
    expect(saved).toEqual({ version: (before?.figuresVersion ?? 0) + 1, joined: 7 });
    expect(await report()).toMatchObject({ joined: 7, figuresVersion: saved.version });
  });
});

describe("the README's editing examples", () => {
  /** The operations of the README's block of editors' operations (after "## Editing data"). */
  function readmeEditingOperations(): string[] {
    const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Editing data'));
    const block = /```\n([\s\S]*?)```/.exec(section)![1];
    return block.split(/\n(?=#)/).filter((operation) => operation.includes('{'));
  }

  // Last in this file: the examples write into Vest's data.
  it('are valid against the schema and run with an editor token', async () => {
    const operations = readmeEditingOperations();
    expect(operations.length).toBeGreaterThanOrEqual(5);
    for (const operation of operations) {
      const result = await postGraphQL(gateway(), operation, {}, editors.VEST);
      const codes = (result.errors ?? []).map((e) => e.extensions?.code);
      // The update examples name a placeholder id ("…"): that may fail, but only as an unknown record.
      expect({ operation, codes: codes.filter((code) => code !== 'BAD_USER_INPUT') }).toEqual({ operation, codes: [] });
      if (!operation.includes('"…"')) expect({ operation, errors: result.errors }).toEqual({ operation, errors: undefined });
    }
  });
});
