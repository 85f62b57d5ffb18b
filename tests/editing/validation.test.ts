import { vestSubgraph } from '@pallnet/subgraph-vest';
import { postGraphQL, queryOk } from '../support/graphql';
import { startTestSubgraph, TestSubgraph } from '../support/subgraph';
import { databaseFingerprint, editorOf, PERSON_FIELDS, personInput } from './support';

/*
 * Every input rule of the editors' mutations, on one region's subgraph (the gateway adds nothing
 * to them): each refused input answers BAD_USER_INPUT naming the field and the rule, and the
 * database is exactly as it was. The rules live in the regional kit, so Vest stands for all four.
 */

const NETWORK = 'vest-helse-stavanger';
let subgraph: TestSubgraph;
let editor: Record<string, string>;

beforeAll(async () => {
  subgraph = await startTestSubgraph(vestSubgraph);
  editor = await editorOf('VEST');
});

afterAll(async () => {
  await subgraph?.stop();
});

const REGISTER = `mutation ($networkId: ID!, $input: ResourcePersonInput!) { vestRegisterResourcePerson(networkId: $networkId, input: $input) { ${PERSON_FIELDS} } }`;
const UPDATE_PERSON = `mutation ($id: ID!, $v: Int!, $input: ResourcePersonInput!) { vestUpdateResourcePerson(id: $id, expectedVersion: $v, input: $input) { ${PERSON_FIELDS} } }`;
const END = `mutation ($id: ID!, $v: Int!, $to: Date!) { vestEndResourcePersonAppointment(id: $id, expectedVersion: $v, appointedTo: $to) { ${PERSON_FIELDS} } }`;
const CREATE_GROUP = `mutation ($networkId: ID!, $input: VestNetworkGroupInput!) { vestCreateNetworkGroup(networkId: $networkId, input: $input) { id name version municipalities { number } } }`;
const UPDATE_GROUP = `mutation ($id: ID!, $v: Int!, $input: VestNetworkGroupInput!) { vestUpdateNetworkGroup(id: $id, expectedVersion: $v, input: $input) { id version parent { id } } }`;
const RECORD_EVENT = `mutation ($networkId: ID!, $input: EventInput!) { vestRecordEvent(networkId: $networkId, input: $input) { id version title registered attendedInPerson attendedDigitally } }`;
const UPDATE_EVENT = `mutation ($id: ID!, $v: Int!, $input: EventInput!) { vestUpdateEvent(id: $id, expectedVersion: $v, input: $input) { id version } }`;
const RECORD_FIGURES = `mutation ($networkId: ID!, $input: YearFiguresInput!, $v: Int) { vestRecordYearFigures(networkId: $networkId, input: $input, expectedVersion: $v) { id version membersAtYearEnd joined left } }`;
const RECORD_FUNDING = `mutation ($networkId: ID!, $input: FundingInput!) { vestRecordFunding(networkId: $networkId, input: $input) { id amountNok } }`;
const RECORD_FOCUS_AREA = `mutation ($networkId: ID!, $input: FocusAreaInput!) { vestRecordFocusArea(networkId: $networkId, input: $input) { id title } }`;

/**
 * Sends a mutation that must be refused: BAD_USER_INPUT naming this field (first) and this rule
 * among the field's broken ones, and not one row of any editable table changed.
 */
async function expectRefused(query: string, variables: Record<string, unknown>, field: string, rule: string): Promise<void> {
  const before = await databaseFingerprint(subgraph.orm);
  const result = await postGraphQL(subgraph, query, variables, editor);
  expect(result.errors).toHaveLength(1);
  const [error] = result.errors!;
  expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  expect(error.extensions?.violations).toContainEqual(expect.objectContaining({ field, rule }));
  expect(error.message).toContain(`${field}: `);
  expect(await databaseFingerprint(subgraph.orm)).toBe(before);
}

const groupInput = (overrides: Record<string, unknown> = {}) => ({
  name: 'Nettverksgruppe Jæren vest',
  parentId: 'vest-driftsgruppe-sykepleiernettverket',
  plannedMeetingsPerYear: 2,
  municipalityNumbers: ['1120', '1124'],
  memberSources: ['Klepp kommune', 'Sola kommune'],
  ...overrides,
});

const eventInput = (overrides: Record<string, unknown> = {}) => ({
  unitId: 'vest-nettverksgruppe-sandnes',
  kind: 'NETWORK_MEETING',
  title: 'Nettverksmøte våren 2024',
  date: '2024-04-10',
  hours: 3,
  registered: 30,
  attendedInPerson: 20,
  attendedDigitally: 5,
  ...overrides,
});

describe('valid input is accepted (the rules below are not simply refusing everything)', () => {
  it('registers a person, creates a unit, records an event, figures, funding and a focus area', async () => {
    const { vestRegisterResourcePerson: person } = await queryOk(
      subgraph,
      REGISTER,
      {
        networkId: NETWORK,
        input: personInput({ memberships: [{ unitId: 'vest-nettverksgruppe-sandnes' }] }),
      },
      editor,
    );
    expect(person).toMatchObject({
      name: 'Kari Nordmann',
      version: 1,
      memberships: [{ unit: { id: 'vest-nettverksgruppe-sandnes' }, from: '2023-01-01', to: null }],
    });

    const { vestCreateNetworkGroup: group } = await queryOk(subgraph, CREATE_GROUP, { networkId: NETWORK, input: groupInput() }, editor);
    expect(group).toMatchObject({ id: 'vest-nettverksgruppe-jaeren-vest', version: 1, municipalities: [{ number: '1120' }, { number: '1124' }] });

    const { vestRecordEvent: event } = await queryOk(subgraph, RECORD_EVENT, { networkId: NETWORK, input: eventInput() }, editor);
    expect(event).toMatchObject({ version: 1, registered: 30, attendedInPerson: 20, attendedDigitally: 5 });

    const figures = await queryOk(subgraph, RECORD_FIGURES, { networkId: NETWORK, input: { year: 2024, membersAtYearEnd: 40, joined: 5, left: 2 } }, editor);
    expect(figures.vestRecordYearFigures).toMatchObject({ version: 1, membersAtYearEnd: 40, joined: 5, left: 2 });

    const funding = await queryOk(subgraph, RECORD_FUNDING, { networkId: NETWORK, input: { year: 2024, source: 'Kreftforeningen', amountNok: 25000 } }, editor);
    expect(funding.vestRecordFunding.amountNok).toBe(25000);
    const focus = await queryOk(subgraph, RECORD_FOCUS_AREA, { networkId: NETWORK, input: { year: 2024, title: 'Pårørendearbeid', status: 'NEW' } }, editor);
    expect(focus.vestRecordFocusArea.title).toBe('Pårørendearbeid');
  });
});

describe('unknown kommunenummer', () => {
  it.each([['9999'], ['0000'], ['301'], ['Sandnes']])("refuses a resource person's municipality %s", async (number) => {
    await expectRefused(REGISTER, { networkId: NETWORK, input: personInput({ municipalityNumber: number }) }, 'municipalityNumber', 'knownMunicipality');
  });

  it("refuses a unit's municipality that is not in the register (one bad number among good ones)", async () => {
    await expectRefused(
      CREATE_GROUP,
      { networkId: NETWORK, input: groupInput({ municipalityNumbers: ['1120', '1199'] }) },
      'municipalityNumbers',
      'knownMunicipality',
    );
  });
});

describe('dates out of order', () => {
  it('refuses an appointment that ends before it begins', async () => {
    await expectRefused(
      REGISTER,
      { networkId: NETWORK, input: personInput({ appointedFrom: '2024-03-01', appointedTo: '2024-02-29' }) },
      'appointedTo',
      'dateOrder',
    );
  });

  it('refuses a membership that begins before the appointment', async () => {
    const input = personInput({ memberships: [{ unitId: 'vest-nettverksgruppe-sandnes', from: '2022-12-31' }] });
    await expectRefused(REGISTER, { networkId: NETWORK, input }, 'memberships[0].from', 'dateOrder');
  });

  it('refuses a membership that ends before it begins', async () => {
    const input = personInput({ memberships: [{ unitId: 'vest-nettverksgruppe-sandnes', from: '2023-06-01', to: '2023-05-01' }] });
    await expectRefused(REGISTER, { networkId: NETWORK, input }, 'memberships[0].to', 'dateOrder');
  });

  it('refuses to end an appointment before it began, and the person stays as they were', async () => {
    const { vestRegisterResourcePerson: person } = await queryOk(subgraph, REGISTER, { networkId: NETWORK, input: personInput({ name: 'Ola Ende' }) }, editor);
    await expectRefused(END, { id: person.id, v: person.version, to: '2022-12-31' }, 'appointedTo', 'dateOrder');
  });

  it("refuses an event's year that is not its date's", async () => {
    await expectRefused(RECORD_EVENT, { networkId: NETWORK, input: eventInput({ year: 2023 }) }, 'year', 'yearOfDate');
  });

  it('refuses an event with neither date nor year', async () => {
    await expectRefused(RECORD_EVENT, { networkId: NETWORK, input: eventInput({ date: null }) }, 'year', 'dateOrYear');
  });
});

describe('negative counts', () => {
  it.each([
    ['joined', { joined: -1 }],
    ['left', { left: -3 }],
    ['membersAtYearEnd', { membersAtYearEnd: -10 }],
  ])('refuses a negative %s in the year figures', async (field, figures) => {
    await expectRefused(RECORD_FIGURES, { networkId: NETWORK, input: { year: 2023, ...figures } }, field, 'min');
  });

  it.each([['registered'], ['attendedInPerson'], ['participants']])('refuses a negative %s of an event', async (field) => {
    await expectRefused(
      RECORD_EVENT,
      { networkId: NETWORK, input: eventInput({ registered: null, attendedInPerson: null, attendedDigitally: null, [field]: -1 }) },
      field,
      'min',
    );
  });

  it('refuses negative planned meetings of a unit and a negative amount of funding', async () => {
    await expectRefused(CREATE_GROUP, { networkId: NETWORK, input: groupInput({ plannedMeetingsPerYear: -1 }) }, 'plannedMeetingsPerYear', 'min');
    await expectRefused(RECORD_FUNDING, { networkId: NETWORK, input: { year: 2024, source: 'Kreftforeningen', amountNok: -500 } }, 'amountNok', 'min');
  });
});

describe('attendance above registered', () => {
  it('refuses more in person than registered', async () => {
    await expectRefused(
      RECORD_EVENT,
      { networkId: NETWORK, input: eventInput({ registered: 10, attendedInPerson: 11, attendedDigitally: null }) },
      'attendedInPerson',
      'attendanceWithinRegistered',
    );
  });

  it('refuses in person plus digitally above registered', async () => {
    await expectRefused(
      RECORD_EVENT,
      { networkId: NETWORK, input: eventInput({ registered: 10, attendedInPerson: 8, attendedDigitally: 5 }) },
      'attendedDigitally',
      'attendanceWithinRegistered',
    );
  });

  it('refuses a total above registered', async () => {
    await expectRefused(
      RECORD_EVENT,
      { networkId: NETWORK, input: eventInput({ registered: 10, attendedInPerson: null, attendedDigitally: null, participants: 12 }) },
      'participants',
      'attendanceWithinRegistered',
    );
  });

  it('refuses an update that raises attendance above what the event has registered', async () => {
    const { vestRecordEvent: event } = await queryOk(
      subgraph,
      RECORD_EVENT,
      { networkId: NETWORK, input: eventInput({ title: 'Fagdag', kind: 'STUDY_DAY' }) },
      editor,
    );
    // Only the attendance is sent: the check is against the registered count the event already has.
    const input = { kind: 'STUDY_DAY', title: 'Fagdag', attendedInPerson: 31 };
    await expectRefused(UPDATE_EVENT, { id: event.id, v: event.version, input }, 'attendedInPerson', 'attendanceWithinRegistered');
  });
});

describe('empty names', () => {
  it.each([[''], ['   '], ['\t\n']])('refuses the resource person name %j', async (name) => {
    await expectRefused(REGISTER, { networkId: NETWORK, input: personInput({ name }) }, 'name', 'notBlank');
  });

  it('refuses an empty unit name, workplace, event title and funding source', async () => {
    await expectRefused(CREATE_GROUP, { networkId: NETWORK, input: groupInput({ name: ' ' }) }, 'name', 'notBlank');
    await expectRefused(REGISTER, { networkId: NETWORK, input: personInput({ workplaceName: '' }) }, 'workplaceName', 'notBlank');
    await expectRefused(RECORD_EVENT, { networkId: NETWORK, input: eventInput({ title: '' }) }, 'title', 'notBlank');
    await expectRefused(RECORD_FUNDING, { networkId: NETWORK, input: { year: 2024, source: '  ' } }, 'source', 'notBlank');
  });
});

describe('over-long strings', () => {
  it('refuses a name of 201 characters and takes one of 200', async () => {
    await expectRefused(REGISTER, { networkId: NETWORK, input: personInput({ name: 'x'.repeat(201) }) }, 'name', 'maxLength');
    const ok = await queryOk(subgraph, REGISTER, { networkId: NETWORK, input: personInput({ name: 'y'.repeat(200) }) }, editor);
    expect(ok.vestRegisterResourcePerson.name).toHaveLength(200);
  });

  it('refuses an over-long event title, email, phone and theme', async () => {
    await expectRefused(RECORD_EVENT, { networkId: NETWORK, input: eventInput({ title: 't'.repeat(256) }) }, 'title', 'maxLength');
    await expectRefused(REGISTER, { networkId: NETWORK, input: personInput({ email: `${'e'.repeat(250)}@x.no` }) }, 'email', 'maxLength');
    await expectRefused(REGISTER, { networkId: NETWORK, input: personInput({ phone: '1'.repeat(33) }) }, 'phone', 'maxLength');
    await expectRefused(RECORD_EVENT, { networkId: NETWORK, input: eventInput({ themes: ['ok', 'z'.repeat(501)] }) }, 'themes', 'maxLength');
  });
});

describe('references and other rules', () => {
  it('refuses an email that is not one', async () => {
    await expectRefused(REGISTER, { networkId: NETWORK, input: personInput({ email: 'kari at sandnes' }) }, 'email', 'isEmail');
  });

  it('refuses a network or unit the region does not have', async () => {
    await expectRefused(REGISTER, { networkId: 'sor-ost-oslo', input: personInput() }, 'networkId', 'exists');
    await expectRefused(RECORD_EVENT, { networkId: NETWORK, input: eventInput({ unitId: 'sor-ost-lovisenberg-sektor' }) }, 'unitId', 'exists');
    await expectRefused(REGISTER, { networkId: NETWORK, input: personInput({ memberships: [{ unitId: 'no-such-unit' }] }) }, 'memberships[0].unitId', 'exists');
  });

  it('refuses a hospital unit for a person who does not work in a hospital ward', async () => {
    await expectRefused(REGISTER, { networkId: NETWORK, input: personInput({ hospitalUnitId: '1' }) }, 'hospitalUnitId', 'hospitalWardOnly');
  });

  it('refuses a parent that would make the units a cycle', async () => {
    const update = { name: 'Driftsgruppen for sykepleiernettverket', memberSources: ['x'] };
    const {
      _entities: [sandnes],
    } = await queryOk(subgraph, 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on VestNetworkGroup { version } } }', {
      r: [{ __typename: 'VestNetworkGroup', id: 'vest-nettverksgruppe-sandnes' }],
    });
    await expectRefused(
      UPDATE_GROUP,
      { id: 'vest-nettverksgruppe-sandnes', v: sandnes.version, input: { ...update, parentId: 'vest-nettverksgruppe-sandnes' } },
      'parentId',
      'noCycle',
    );
  });

  it('names every broken rule at once', async () => {
    const before = await databaseFingerprint(subgraph.orm);
    const result = await postGraphQL(
      subgraph,
      UPDATE_PERSON,
      { id: '00000000-0000-0000-0000-000000000000', v: 1, input: personInput({ name: '', municipalityNumber: '9999' }) },
      editor,
    );
    const violations = result.errors?.[0].extensions?.violations as Array<{ field: string; rule: string }>;
    expect(violations.map((v) => `${v.field}:${v.rule}`).sort()).toEqual(['municipalityNumber:knownMunicipality', 'name:notBlank']);
    expect(await databaseFingerprint(subgraph.orm)).toBe(before);
  });
});

describe("a Vest network group's coversWholeArea (a yes/no: left out it stays as it is, never null)", () => {
  const CREATE = `mutation ($networkId: ID!, $input: VestNetworkGroupInput!) { vestCreateNetworkGroup(networkId: $networkId, input: $input) { id version coversWholeArea } }`;
  const UPDATE = `mutation ($id: ID!, $v: Int!, $input: VestNetworkGroupInput!) { vestUpdateNetworkGroup(id: $id, expectedVersion: $v, input: $input) { id version coversWholeArea } }`;

  it('refuses null naming the field (it was an internal error), on create and update, and changes nothing', async () => {
    await expectRefused(
      CREATE,
      { networkId: NETWORK, input: groupInput({ name: 'Nettverksgruppe Null', coversWholeArea: null }) },
      'coversWholeArea',
      'notNull',
    );
    const group = (await queryOk(subgraph, CREATE, { networkId: NETWORK, input: groupInput({ name: 'Nettverksgruppe Oppdatert' }) }, editor))
      .vestCreateNetworkGroup;
    await expectRefused(
      UPDATE,
      { id: group.id, v: group.version, input: groupInput({ name: 'Nettverksgruppe Oppdatert', coversWholeArea: null }) },
      'coversWholeArea',
      'notNull',
    );
  });

  it('is false for a new group when left out, takes true, and keeps its value when an update leaves it out', async () => {
    const omitted = (await queryOk(subgraph, CREATE, { networkId: NETWORK, input: groupInput({ name: 'Nettverksgruppe Uten' }) }, editor))
      .vestCreateNetworkGroup;
    expect(omitted.coversWholeArea).toBe(false);
    const whole = (await queryOk(subgraph, CREATE, { networkId: NETWORK, input: groupInput({ name: 'Nettverksgruppe Hele', coversWholeArea: true }) }, editor))
      .vestCreateNetworkGroup;
    expect(whole.coversWholeArea).toBe(true);
    const updated = await queryOk(subgraph, UPDATE, { id: whole.id, v: whole.version, input: groupInput({ name: 'Nettverksgruppe Hele' }) }, editor);
    expect(updated.vestUpdateNetworkGroup.coversWholeArea).toBe(true);
  });
});
