import { buildSchema, GraphQLInputObjectType, GraphQLNonNull } from 'graphql';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { VestRegisterPersonDocument } from '../src/generated/graphql';
import { bothChanged, changedFields, displayValue, reapply } from '../src/shaping/diff';
import { missingRequired, notNumbers, optionalNumber } from '../src/shaping/form-values';
import { emptyPerson, personInput, personMissing, personValues } from '../src/shaping/person-form';
import { forRegion } from '../src/shaping/regional-document';
import { filterPersons, NO_FILTER } from '../src/shaping/register-filters';
import { formatHash, parseHash } from '../src/shaping/routes';
import { COMMON_UNIT_FIELDS, UNIT_KINDS, unitFormValues, unitInput } from '../src/shaping/unit-kinds';
import { print } from 'graphql';

const person = {
  id: 'p1',
  name: 'Kari Nordmann',
  profession: 'NURSE',
  workplaceKind: 'HOME_CARE',
  workplaceName: 'Hjemmesykepleien Sandnes øst',
  municipality: { number: '1108', name: 'Sandnes' },
  hospitalUnit: null,
  appointedFrom: '2025-01-01',
  appointedTo: null,
  email: 'kari@sandnes.kommune.no',
  phone: null,
  memberships: [{ unit: { id: 'vest-nettverksgruppe-sandnes' }, from: '2025-01-01', to: null }],
};

describe('the person form', () => {
  it('turns what was read into fields and back into the same input', () => {
    const values = personValues(person);
    expect(values.appointedTo).toBe('');
    expect(personInput(values)).toEqual({
      name: 'Kari Nordmann',
      profession: 'NURSE',
      workplaceKind: 'HOME_CARE',
      workplaceName: 'Hjemmesykepleien Sandnes øst',
      municipalityNumber: '1108',
      hospitalUnitId: null,
      appointedFrom: '2025-01-01',
      appointedTo: null,
      email: 'kari@sandnes.kommune.no',
      phone: null,
      memberships: [{ unitId: 'vest-nettverksgruppe-sandnes', from: '2025-01-01', to: null }],
    });
  });

  it('sends what was typed as typed (the API names what is wrong), blank optional fields as null', () => {
    const input = personInput({ ...emptyPerson('2026-01-01'), name: '  ', municipalityNumber: ' 9999 ', email: ' ' });
    expect(input).toMatchObject({ name: '  ', municipalityNumber: '9999', email: null, appointedTo: null });
  });

  it('leaves contact details out when the editor cannot see them, so they are never cleared', () => {
    expect(personInput(personValues(person), false)).not.toHaveProperty('email');
  });

  it('names only what cannot be sent at all: a missing first day, a membership without a unit', () => {
    expect(personMissing({ ...emptyPerson(''), memberships: [{ unitId: '', from: '', to: '' }] })).toEqual({
      appointedFrom: ['Må fylles ut.'],
      'memberships[0].unitId': ['Velg en enhet, eller fjern medlemskapet.'],
    });
    expect(personMissing(personValues(person))).toEqual({});
  });

  it('sends a hospital unit only for a hospital ward', () => {
    expect(personInput({ ...personValues(person), hospitalUnitId: '4' }).hospitalUnitId).toBeNull();
    expect(personInput({ ...personValues(person), workplaceKind: 'HOSPITAL_WARD', hospitalUnitId: '4' }).hospitalUnitId).toBe('4');
  });
});

describe('numbers as typed', () => {
  it('reads Norwegian numbers and keeps what is not a number for the API to name', () => {
    expect(optionalNumber('1 200')).toBe(1200);
    expect(optionalNumber('10,5')).toBe(10.5);
    expect(optionalNumber('')).toBeNull();
    expect(optionalNumber('mange')).toBe('mange');
    expect(notNumbers({ registered: 'mange', hours: '2' }, ['registered', 'hours'])).toEqual({ registered: ['Må være et tall.'] });
    expect(missingRequired({ kind: '', title: 'x' }, ['kind', 'title'])).toEqual({ kind: ['Må fylles ut.'] });
  });
});

describe('differences', () => {
  it('lists the changed fields, not the bookkeeping', () => {
    expect(
      changedFields(
        { id: 'a', version: 1, name: 'Kari', workplaceName: 'A', memberships: [] },
        { id: 'a', version: 2, name: 'Kari', workplaceName: 'B', memberships: [{ unitId: 'x' }] },
      ),
    ).toEqual([
      { field: 'workplaceName', before: 'A', after: 'B' },
      { field: 'memberships', before: [], after: [{ unitId: 'x' }] },
    ]);
    expect(changedFields(null, { name: 'Ny', appointedTo: null })).toEqual([{ field: 'name', before: null, after: 'Ny' }]);
  });

  it('re-applies the editor’s own changes on what someone else saved, keeping theirs elsewhere', () => {
    const read = { name: 'Kari', workplaceName: 'A', phone: '', email: 'k@x.no' };
    const mine = { name: 'Kari', workplaceName: 'A', phone: '51 00 00 00', email: 'kari@x.no' };
    const theirs = { name: 'Kari Nordmann', workplaceName: 'B', phone: '', email: 'k.n@x.no' };
    expect(reapply(read, mine, theirs)).toEqual({ name: 'Kari Nordmann', workplaceName: 'B', phone: '51 00 00 00', email: 'kari@x.no' });
    expect(bothChanged(read, mine, theirs)).toEqual(['email']);
    expect(bothChanged(read, mine, { ...theirs, email: 'kari@x.no' })).toEqual([]);
  });

  it('shows values as a person reads them', () => {
    expect(displayValue(null)).toBe('–');
    expect(displayValue([])).toBe('(ingen)');
    expect(displayValue([{ unitId: 'x', from: '2025-01-01', to: null }])).toBe('unitId: x · from: 2025-01-01');
    expect(displayValue(true)).toBe('ja');
  });
});

describe('the register’s filters', () => {
  const persons = [
    { ...person, id: 'a' },
    {
      ...person,
      id: 'b',
      name: 'Ola',
      workplaceKind: 'NURSING_HOME',
      workplaceName: 'Lura sykehjem',
      municipality: { number: '1103', name: 'Stavanger' },
      memberships: [],
    },
    { ...person, id: 'c', name: 'Per', memberships: [{ unit: { id: 'vest-nettverksgruppe-sandnes' }, from: '2025-01-01', to: '2025-06-30' }] },
  ];
  it('filters by unit on the day, municipality, workplace kind and text', () => {
    const ids = (filter: Partial<typeof NO_FILTER>, day = '2025-12-31') => filterPersons(persons, { ...NO_FILTER, ...filter }, day).map((p) => p.id);
    expect(ids({})).toEqual(['a', 'b', 'c']);
    expect(ids({ unitId: 'vest-nettverksgruppe-sandnes' })).toEqual(['a']);
    expect(ids({ unitId: 'vest-nettverksgruppe-sandnes' }, '2025-03-01')).toEqual(['a', 'c']);
    expect(ids({ municipalityNumber: '1103' })).toEqual(['b']);
    expect(ids({ workplaceKind: 'HOME_CARE' })).toEqual(['a', 'c']);
    expect(ids({ search: 'sandnes øst' })).toEqual(['a', 'c']);
  });
});

describe('addresses of the editors’ pages', () => {
  it('reads and writes them', () => {
    expect(parseHash('#/redigering').route).toEqual({ page: 'editing', networkId: null, section: 'ressurspersoner', item: null });
    expect(parseHash('#/redigering/vest-helse-stavanger/ressurspersoner/ny?year=2025')).toEqual({
      route: { page: 'editing', networkId: 'vest-helse-stavanger', section: 'ressurspersoner', item: 'ny' },
      year: 2025,
    });
    expect(parseHash('#/redigering/vest-helse-stavanger/ukjent').route.page).toBe('not-found');
    for (const hash of ['#/redigering?year=2025', '#/redigering/vest-helse-stavanger/dekning?year=2025', '#/redigering/sor-ost-oslo/aktiviteter/12']) {
      const { route, year } = parseHash(hash);
      expect(formatHash(route, year)).toBe(hash);
    }
  });
});

describe("each region's operations from Vest's", () => {
  it("renames the root fields and the operation for the region, and keeps Vest's as they are", () => {
    expect(forRegion(VestRegisterPersonDocument, 'VEST')).toBe(VestRegisterPersonDocument);
    const oslo = print(forRegion(VestRegisterPersonDocument, 'SOR_OST'));
    expect(oslo).toContain('mutation SorOstRegisterPerson(');
    expect(oslo).toContain('person: sorOstRegisterResourcePerson(');
    expect(oslo).not.toMatch(/vest/i);
    expect(forRegion(VestRegisterPersonDocument, 'SOR_OST')).toBe(forRegion(VestRegisterPersonDocument, 'SOR_OST'));
    expect(() => forRegion(VestRegisterPersonDocument, 'NORD')).toThrow('Unknown region NORD');
  });
});

describe("the regions' own kinds of unit", () => {
  const schema = buildSchema(readFileSync(path.join(__dirname, '../src/generated/api-schema.graphql'), 'utf8'));

  it.each(UNIT_KINDS.map((kind) => [kind.typename, kind] as const))(
    '%s: the form has exactly the fields of its input, required as the schema says',
    (typename, kind) => {
      const input = schema.getType(`${typename}Input`) as GraphQLInputObjectType;
      expect(input).toBeDefined();
      const fields = Object.values(input.getFields());
      const spec = [...COMMON_UNIT_FIELDS, ...kind.fields];
      expect(spec.map((f) => f.name).sort()).toEqual(fields.map((f) => f.name).sort());
      for (const field of fields) {
        const required = field.type instanceof GraphQLNonNull;
        expect([field.name, spec.find((f) => f.name === field.name)?.required ?? false]).toEqual([field.name, required]);
      }
      const mutations = schema.getMutationType()!.getFields();
      const prefix = { VEST: 'vest', INNLANDET: 'innlandet', MIDT: 'midt', SOR_OST: 'sorOst' }[kind.region];
      expect(mutations[`${prefix}Create${kind.mutationName}`]).toBeDefined();
      expect(mutations[`${prefix}Update${kind.mutationName}`]).toBeDefined();
    },
  );

  it('leaves a yes/no left at «Ikke oppgitt» out, so it keeps its value', () => {
    const kind = UNIT_KINDS.find((k) => k.typename === 'VestNetworkGroup')!;
    expect(unitInput(kind, { ...unitFormValues(kind, null), name: 'X', coversWholeArea: '' })).not.toHaveProperty('coversWholeArea');
    expect(unitInput(kind, { ...unitFormValues(kind, null), name: 'X', coversWholeArea: 'false' })).toHaveProperty('coversWholeArea', false);
  });

  it('turns lines into lists and blank numbers into null', () => {
    const kind = UNIT_KINDS.find((k) => k.typename === 'VestNetworkGroup')!;
    const values = unitFormValues(kind, {
      name: 'Nettverksgruppe Jæren',
      memberSources: ['Klepp kommune', 'Time kommune'],
      groupNumber: null,
      municipalityNumbers: ['1120'],
    });
    expect(values.memberSources).toBe('Klepp kommune\nTime kommune');
    expect(unitInput(kind, { ...values, groupNumber: '', coversWholeArea: 'true', plannedMeetingsPerYear: '4' })).toMatchObject({
      name: 'Nettverksgruppe Jæren',
      memberSources: ['Klepp kommune', 'Time kommune'],
      municipalityNumbers: ['1120'],
      groupNumber: null,
      coversWholeArea: true,
      plannedMeetingsPerYear: 4,
      parentId: null,
    });
  });
});
