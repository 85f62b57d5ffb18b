import type { RunningSystem } from '@pallnet/system';
import { bearer } from '../support/auth';
import { postGraphQL, queryOk } from '../support/graphql';
import { startTestSystem } from '../support/system';

/*
 * Pages of the lists that grow with the data, through the real gateway: each page is the slice of
 * the whole list it names, with the whole list's count; the old list fields are unchanged; a page
 * size or offset out of range is BAD_USER_INPUT naming the argument and reads nothing.
 */

let system: RunningSystem & { logs(): string };

beforeAll(async () => {
  system = await startTestSystem();
}, 120_000);

afterAll(async () => {
  await system?.stop();
});

const gateway = (): string => system.gatewayUrl!;

describe('networkPage', () => {
  it('is the slice of networks it names, with the count of all of them, one region too', async () => {
    const { networks } = await queryOk(gateway(), '{ networks { id } }');
    const { networkPage } = await queryOk(gateway(), '{ networkPage(first: 2, offset: 1) { totalCount offset items { id name } } }');
    expect(networkPage.totalCount).toBe(networks.length);
    expect(networkPage.offset).toBe(1);
    expect(networkPage.items.map((n: { id: string }) => n.id)).toEqual(networks.slice(1, 3).map((n: { id: string }) => n.id));
    expect(networkPage.items[0].name).toEqual(expect.any(String));

    const { networkPage: oslo } = await queryOk(gateway(), '{ networkPage(region: SOR_OST) { totalCount items { id region } } }');
    expect(oslo).toEqual({ totalCount: 1, items: [{ id: 'sor-ost-oslo', region: 'SOR_OST' }] });
    const { networkPage: beyond } = await queryOk(gateway(), `{ networkPage(offset: ${networks.length}) { totalCount items { id } } }`);
    expect(beyond).toEqual({ totalCount: networks.length, items: [] });
  });

  it.each([
    ['first: 0', 'first', 'min'],
    ['first: 201', 'first', 'max'],
    ['offset: -1', 'offset', 'min'],
  ])('refuses %s with BAD_USER_INPUT naming the argument', async (args, field, rule) => {
    const result = await postGraphQL(gateway(), `{ networkPage(${args}) { totalCount } }`);
    expect(result.data).toBeNull();
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field, rule });
    expect(result.errors?.[0].message).toContain(field);
  });
});

describe("a network's events and register a page at a time", () => {
  it('eventPage is the slice of events, with their count, filters applied', async () => {
    const query = `{ network(id: "sor-ost-oslo") {
      events { title date }
      eventPage(first: 3, offset: 2) { totalCount offset items { title date } }
      studyDays: events(kind: STUDY_DAY) { title }
      studyDayPage: eventPage(kind: STUDY_DAY, first: 1) { totalCount items { title } } } }`;
    const { network } = await queryOk(gateway(), query);
    expect(network.events.length).toBeGreaterThan(5);
    expect(network.eventPage).toEqual({ totalCount: network.events.length, offset: 2, items: network.events.slice(2, 5) });
    expect(network.studyDayPage).toEqual({ totalCount: network.studyDays.length, items: network.studyDays.slice(0, 1) });
  });

  it('resourcePersonPage is for signed-in callers like resourcePersons, and counts the register', async () => {
    const editor = await bearer({ role: 'editor', region: 'VEST' });
    for (const name of ['Kari Nordmann', 'Ola Nordmann', 'Per Hansen']) {
      await queryOk(
        gateway(),
        `mutation($name: String!) { vestRegisterResourcePerson(networkId: "vest-helse-stavanger", input: {
          name: $name, profession: NURSE, workplaceKind: HOME_CARE, workplaceName: "Hjemmesykepleien Sandnes øst",
          municipalityNumber: "1108", appointedFrom: "2025-01-01" }) { id } }`,
        { name },
        editor,
      );
    }
    const query = `{ network(id: "vest-helse-stavanger") { resourcePersons { name } resourcePersonPage(first: 2, offset: 1) { totalCount items { name } } } }`;
    const { network } = await queryOk(gateway(), query, {}, await bearer({ role: 'analyst' }));
    expect(network.resourcePersons.length).toBeGreaterThanOrEqual(3);
    expect(network.resourcePersonPage).toEqual({ totalCount: network.resourcePersons.length, items: network.resourcePersons.slice(1, 3) });

    const anonymous = await postGraphQL(gateway(), query);
    expect(anonymous.errors?.map((error) => error.extensions?.code)).toContain('UNAUTHENTICATED');

    // The audit log pages with limit and offset, and counts its entries.
    const log = await queryOk(gateway(), '{ vestAuditLog(limit: 1000) { id } vestAuditLogCount page: vestAuditLog(limit: 2, offset: 1) { id } }', {}, editor);
    expect(log.vestAuditLogCount).toBe(log.vestAuditLog.length);
    expect(log.vestAuditLog.length).toBeGreaterThanOrEqual(3);
    expect(log.page).toEqual(log.vestAuditLog.slice(1, 3));
  });
});
