import type { RunningSystem } from '@pallnet/system';
import { postGraphQL, queryOk } from '../support/graphql';
import { startTestSystem } from '../support/system';
import { analyst, anonymous, editorOf, PERSON_FIELDS, personInput } from './support';

/*
 * Who may do what with the regions' data, through the real gateway with real tokens:
 * anonymous callers see structure, figures and reports but not the register; analysts read
 * every region but no contact details; an editor writes in their own region only and reads its
 * contact details. A refused write changes nothing.
 */

let system: RunningSystem & { logs(): string };
const gateway = (): string => system.gatewayUrl!;
let vestEditor: Record<string, string>;
let midtEditor: Record<string, string>;
let analystHeaders: Record<string, string>;
/** One resource person in each of Vest and Midt, registered by their own editors. */
const people: Record<string, { id: string; version: number }> = {};

const VEST = 'vest-helse-stavanger';
const MIDT = 'midt-nord-trondelag';
const REGISTER = (prefix: string) =>
  `mutation ($networkId: ID!, $input: ResourcePersonInput!) { ${prefix}RegisterResourcePerson(networkId: $networkId, input: $input) { ${PERSON_FIELDS} email phone } }`;
const REGISTER_IN_VEST = REGISTER('vest');
const CONTACTS = `{ networks { region resourcePersons { name workplaceName email phone } } }`;

beforeAll(async () => {
  system = await startTestSystem();
  [vestEditor, midtEditor, analystHeaders] = await Promise.all([editorOf('VEST'), editorOf('MIDT'), analyst()]);
  people.VEST = (
    await queryOk(gateway(), REGISTER_IN_VEST, { networkId: VEST, input: personInput({ name: 'Vera Vest' }) }, vestEditor)
  ).vestRegisterResourcePerson;
  people.MIDT = (
    await queryOk(
      gateway(),
      REGISTER('midt'),
      { networkId: MIDT, input: personInput({ name: 'Magne Midt', municipalityNumber: '5006', email: 'magne@steinkjer.kommune.no' }) },
      midtEditor,
    )
  ).midtRegisterResourcePerson;
}, 120_000);

afterAll(async () => {
  await system?.stop();
});

/** What Vest's register and audit log look like: equal before and after a refused write. */
async function vestState(): Promise<string> {
  const { network, vestAuditLog } = await queryOk(
    gateway(),
    `{ network(id: "${VEST}") { units { id name version } resourcePersons { ${PERSON_FIELDS} } events { title } annualReport(year: 2024) { joined } } vestAuditLog(limit: 1000) { id } }`,
    {},
    vestEditor,
  );
  return JSON.stringify({ network, vestAuditLog });
}

const codes = (result: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => (result.errors ?? []).map((e) => e.extensions?.code);

describe('anonymous callers', () => {
  it('see network structure, aggregated figures, coverage and annual reports', async () => {
    const result = await postGraphQL(
      gateway(),
      `{ networks { name units { name version } memberCount(year: 2021) memberFigure(year: 2021) { count source } coverage(year: 2021) { complete } annualReport(year: 2021) { membersAtYearEnd coverage { hospitalUnitsKnown } } hospitalUnits { name } } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data.networks).toHaveLength(4);
    const oslo = result.data.networks.find((n: { name: string }) => n.name === 'Palliativt nettverk i Oslo');
    expect(oslo.memberFigure).toEqual({ count: 271, source: 'REPORTED' });
  });

  it('do not see the register of resource persons (UNAUTHENTICATED), yet the rest of the answer comes', async () => {
    const result = await postGraphQL(gateway(), `{ network(id: "${VEST}") { name resourcePersons { name } } }`);
    expect(result.data.network).toEqual({ name: expect.any(String), resourcePersons: null });
    expect(codes(result)).toEqual(['UNAUTHENTICATED']);
    const one = await postGraphQL(gateway(), `query ($id: ID!) { vestResourcePerson(id: $id) { name } }`, { id: people.VEST.id });
    expect(one.data?.vestResourcePerson ?? null).toBeNull();
    expect(codes(one)).toEqual(['UNAUTHENTICATED']);
  });

  it('cannot change anything (UNAUTHENTICATED) and change nothing', async () => {
    const before = await vestState();
    const result = await postGraphQL(gateway(), REGISTER_IN_VEST, { networkId: VEST, input: personInput({ name: 'Anonym' }) }, await anonymous());
    expect(codes(result)).toEqual(['UNAUTHENTICATED']);
    expect(await vestState()).toBe(before);
  });
});

describe('analysts', () => {
  it("read every region's register, but no contact details (FORBIDDEN on email and phone)", async () => {
    const names = await queryOk(gateway(), `{ networks { region resourcePersons { name workplaceName municipality { name } } } }`, {}, analystHeaders);
    const byRegion = Object.fromEntries(names.networks.map((n: { region: string; resourcePersons: unknown[] }) => [n.region, n.resourcePersons]));
    expect(byRegion.VEST).toEqual([{ name: 'Vera Vest', workplaceName: 'Hjemmesykepleien Sandnes øst', municipality: { name: 'Sandnes' } }]);
    expect(byRegion.MIDT).toEqual([expect.objectContaining({ name: 'Magne Midt', municipality: { name: 'Steinkjer' } })]);

    const contacts = await postGraphQL(gateway(), CONTACTS, {}, analystHeaders);
    const person = contacts.data.networks.find((n: { region: string }) => n.region === 'VEST').resourcePersons[0];
    expect(person).toMatchObject({ name: 'Vera Vest', email: null, phone: null });
    expect(new Set(codes(contacts))).toEqual(new Set(['FORBIDDEN']));
    expect(JSON.stringify(contacts)).not.toContain('sandnes.kommune.no');
  });

  it('cannot change anything (FORBIDDEN) and change nothing', async () => {
    const before = await vestState();
    const result = await postGraphQL(gateway(), REGISTER_IN_VEST, { networkId: VEST, input: personInput({ name: 'Analytiker' }) }, analystHeaders);
    expect(codes(result)).toEqual(['FORBIDDEN']);
    expect(await vestState()).toBe(before);
  });

  it("cannot read a region's audit log", async () => {
    expect(codes(await postGraphQL(gateway(), '{ vestAuditLog { id } }', {}, analystHeaders))).toEqual(['FORBIDDEN']);
  });
});

describe('an editor', () => {
  it("reads their own region's contact details, and no other region's", async () => {
    const result = await postGraphQL(gateway(), CONTACTS, {}, vestEditor);
    const byRegion = Object.fromEntries(result.data.networks.map((n: { region: string; resourcePersons: unknown[] }) => [n.region, n.resourcePersons]));
    expect(byRegion.VEST).toEqual([
      { name: 'Vera Vest', workplaceName: 'Hjemmesykepleien Sandnes øst', email: 'kari.nordmann@sandnes.kommune.no', phone: '+47 51 00 00 00' },
    ]);
    expect(byRegion.MIDT).toEqual([expect.objectContaining({ name: 'Magne Midt', email: null, phone: null })]);
    const refused = result.errors!.filter((e) => e.extensions?.code === 'FORBIDDEN');
    expect(refused.map((e) => e.path?.at(-1)).sort()).toEqual(['email', 'phone']);
  });

  it("reads their own region's audit log only", async () => {
    const own = await queryOk(gateway(), '{ vestAuditLog { subject entity action } }', {}, vestEditor);
    expect(own.vestAuditLog).toContainEqual({ subject: 'editor-of-vest', entity: 'ResourcePerson', action: 'CREATE' });
    expect(codes(await postGraphQL(gateway(), '{ midtAuditLog { id } }', {}, vestEditor))).toEqual(['FORBIDDEN']);
    expect(codes(await postGraphQL(gateway(), '{ vestAuditLog { id } }'))).toEqual(['UNAUTHENTICATED']);
  });

  it.each([
    ['register a resource person', REGISTER_IN_VEST, () => ({ networkId: VEST, input: personInput({ name: 'Inntrenger' }) })],
    [
      'update a resource person',
      `mutation ($id: ID!, $v: Int!, $input: ResourcePersonInput!) { vestUpdateResourcePerson(id: $id, expectedVersion: $v, input: $input) { id } }`,
      () => ({ id: people.VEST.id, v: people.VEST.version, input: personInput({ name: 'Overskrevet' }) }),
    ],
    [
      "end a resource person's appointment",
      `mutation ($id: ID!, $v: Int!) { vestEndResourcePersonAppointment(id: $id, expectedVersion: $v, appointedTo: "2024-01-01") { id } }`,
      () => ({ id: people.VEST.id, v: people.VEST.version }),
    ],
    ['create a unit', `mutation { vestCreateNetworkGroup(networkId: "${VEST}", input: { name: "Fremmed gruppe", memberSources: [] }) { id } }`, () => ({})],
    [
      'update a unit',
      `mutation { vestUpdateNetworkGroup(id: "vest-nettverksgruppe-sandnes", expectedVersion: 1, input: { name: "Kapret", memberSources: [] }) { id } }`,
      () => ({}),
    ],
    [
      'record an event',
      `mutation { vestRecordEvent(networkId: "${VEST}", input: { kind: STUDY_DAY, title: "Fremmed fagdag", year: 2024 }) { id } }`,
      () => ({}),
    ],
    ["record a year's figures", `mutation { vestRecordYearFigures(networkId: "${VEST}", input: { year: 2024, joined: 99 }) { id } }`, () => ({})],
    ['record funding', `mutation { vestRecordFunding(networkId: "${VEST}", input: { year: 2024, source: "Fremmed" }) { id } }`, () => ({})],
    ['record a focus area', `mutation { vestRecordFocusArea(networkId: "${VEST}", input: { year: 2024, title: "Fremmed", status: NEW }) { id } }`, () => ({})],
    ['register a hospital unit', `mutation { vestRegisterHospitalUnit(networkId: "${VEST}", input: { name: "Fremmed avdeling" }) { id } }`, () => ({})],
  ])('of another region cannot %s there: FORBIDDEN, nothing changed', async (_what, mutation, variables) => {
    const before = await vestState();
    const result = await postGraphQL(gateway(), mutation, variables(), midtEditor);
    expect(codes(result)).toEqual(['FORBIDDEN']);
    expect(result.errors![0].message).toContain('VEST');
    expect(await vestState()).toBe(before);
  });

  it('writes in their own region', async () => {
    const result = await queryOk(
      gateway(),
      `mutation { vestRecordFocusArea(networkId: "${VEST}", input: { year: 2024, title: "Egen satsing", status: NEW }) { title status version } }`,
      {},
      vestEditor,
    );
    expect(result.vestRecordFocusArea).toEqual({ title: 'Egen satsing', status: 'NEW', version: 1 });
  });
});

describe('strings that look like SQL or script', () => {
  it('are stored and returned as plain data', async () => {
    const name = `Robert'); DROP TABLE resource_person; --`;
    const workplaceName = `<script>alert("xss")</script>`;
    const title = `1; DELETE FROM event WHERE 1=1; SELECT '<img src=x onerror=alert(1)>'`;
    const person = (await queryOk(gateway(), REGISTER_IN_VEST, { networkId: VEST, input: personInput({ name, workplaceName }) }, vestEditor))
      .vestRegisterResourcePerson;
    expect(person).toMatchObject({ name, workplaceName });
    const event = await queryOk(
      gateway(),
      `mutation ($t: String!) { vestRecordEvent(networkId: "${VEST}", input: { kind: STUDY_DAY, title: $t, date: "2024-09-12" }) { title } }`,
      { t: title },
      vestEditor,
    );
    expect(event.vestRecordEvent.title).toBe(title);

    const { network } = await queryOk(
      gateway(),
      `{ network(id: "${VEST}") { resourcePersons { name workplaceName } events(kind: STUDY_DAY) { title } } }`,
      {},
      analystHeaders,
    );
    expect(network.resourcePersons).toContainEqual({ name, workplaceName });
    expect(network.resourcePersons.length).toBeGreaterThanOrEqual(2);
    expect(network.events).toContainEqual({ title });
  });
});
