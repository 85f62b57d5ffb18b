import { parse as parseCsv } from 'csv-parse/sync';
import { buildSchema, GraphQLObjectType, introspectionFromSchema, parse, validate } from 'graphql';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cellText, resultTables } from '../src/shaping/result-tables';
import { operationNameIn } from '../src/workbench/connection';
import { downloadName, tableCsv } from '../src/workbench/downloads';
import { exampleVariables } from '../src/workbench/example-variables';
import { exampleOperations, FEATURED_EXAMPLE_COUNT } from '../src/workbench/examples';
import { workbenchSchema } from '../src/workbench/schema';
import { workbenchStorage } from '../src/workbench/storage';

const PACKAGES = path.resolve(__dirname, '..', '..');

describe('lists in a result as tables', () => {
  const data = {
    regions: [{ code: 'VEST', name: 'Helse Vest' }],
    networks: [
      {
        id: 'sor-ost-oslo',
        name: 'Palliativt nettverk i Oslo',
        members: 271,
        goals: ['Kompetanse', 'Samarbeid'],
        coverage: { complete: false, municipalities: [{ number: '0301' }] },
        units: [{ name: 'Lovisenberg sektor', parent: { name: 'Driftsgruppen' }, members: null }],
      },
      null,
      {
        id: 'vest-helse-stavanger',
        name: 'Helse Stavanger',
        members: null,
        goals: [],
        coverage: null,
        units: [{ name: 'Nettverksgruppe Sandnes', parent: null, members: 12, plannedMeetingsPerYear: 2 }],
      },
    ],
  };
  const tables = resultTables(data);
  const byPath = (tablePath: string) => tables.find((table) => table.path === tablePath)!;

  it('finds every list of objects, nested ones under their own dotted path', () => {
    expect(tables.map((table) => table.path)).toEqual(['regions', 'networks', 'networks.coverage.municipalities', 'networks.units']);
  });

  it('flattens nested objects into dotted columns, joins lists of scalars, and leaves nested lists to their own table', () => {
    const networks = byPath('networks');
    expect(networks.columns).toEqual(['id', 'name', 'members', 'goals', 'coverage.complete']);
    expect(networks.rows).toEqual([
      ['sor-ost-oslo', 'Palliativt nettverk i Oslo', 271, 'Kompetanse; Samarbeid', false],
      ['vest-helse-stavanger', 'Helse Stavanger', null, '', null],
    ]);
    expect(networks.nullEntries).toBe(1);
  });

  it("begins a nested list's rows with the identifying fields of the entries around it", () => {
    const units = byPath('networks.units');
    expect(units.columns).toEqual(['networks.id', 'networks.name', 'name', 'parent.name', 'members', 'plannedMeetingsPerYear']);
    expect(units.rows).toEqual([
      ['sor-ost-oslo', 'Palliativt nettverk i Oslo', 'Lovisenberg sektor', 'Driftsgruppen', null, null],
      ['vest-helse-stavanger', 'Helse Stavanger', 'Nettverksgruppe Sandnes', null, 12, 2],
    ]);
  });

  it('has nothing to show for a result without lists', () => {
    expect(resultTables({ network: { name: 'x' } })).toEqual([]);
    expect(resultTables(null)).toEqual([]);
  });

  it('writes CSV as the analyst tools do, and it reads back', () => {
    const csv = tableCsv(byPath('networks.units'));
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain('\r\n');
    const rows = parseCsv(csv, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows).toEqual([
      {
        'networks.id': 'sor-ost-oslo',
        'networks.name': 'Palliativt nettverk i Oslo',
        name: 'Lovisenberg sektor',
        'parent.name': 'Driftsgruppen',
        members: '',
        plannedMeetingsPerYear: '',
      },
      {
        'networks.id': 'vest-helse-stavanger',
        'networks.name': 'Helse Stavanger',
        name: 'Nettverksgruppe Sandnes',
        'parent.name': '',
        members: '12',
        plannedMeetingsPerYear: '2',
      },
    ]);
    expect(cellText(true)).toBe('ja');
    expect(downloadName('Comparison', byPath('networks.units'), 'csv')).toBe('Comparison-networks.units.csv');
  });

  it("neutralises a spreadsheet formula with the analyst tools' own escaping", () => {
    const [table] = resultTables({ people: [{ name: '=HYPERLINK("http://x")', change: -3 }] });
    const rows = parseCsv(tableCsv(table), { bom: true, columns: true }) as Record<string, string>[];
    expect(rows[0]).toEqual({ name: '\'=HYPERLINK("http://x")', change: '-3' });
  });

  it('keeps quotes, commas and line breaks in a cell intact through CSV', () => {
    const [table] = resultTables({ people: [{ name: 'Robert"); DROP TABLE x;, "ja"\nnei' }] });
    const rows = parseCsv(tableCsv(table), { bom: true, columns: true }) as Record<string, string>[];
    expect(rows[0].name).toBe('Robert"); DROP TABLE x;, "ja"\nnei');
  });
});

describe('the example operations', () => {
  const examples = exampleOperations();

  it("are the dashboard's and the analyst tools' own files, the featured ones first", () => {
    expect(examples.slice(0, FEATURED_EXAMPLE_COUNT).map((example) => example.title)).toEqual([
      'Nasjonal oversikt',
      'Årsrapport for ett nettverk',
      'Sammenligning av nettverk og lokale enheter',
      'Lokale enheter side om side',
    ]);
    for (const example of examples) {
      const [owner, ...rest] = example.source.split('/');
      const file = owner === 'dashboard' ? path.join(PACKAGES, 'dashboard', 'src', ...rest) : path.join(PACKAGES, owner, ...rest);
      expect(example.query.startsWith(readFileSync(file, 'utf8').trimEnd())).toBe(true);
    }
    expect(examples.map((example) => example.source)).toContain('analyst-tools/queries/networks.graphql');
    expect(examples.map((example) => example.source)).toContain('dashboard/operations/variant-vest.graphql');
  });

  it('run as they are: each carries the shared fragments it spreads, and is valid against the API schema', () => {
    const schema = buildSchema(readFileSync(path.join(PACKAGES, 'dashboard', 'src', 'generated', 'api-schema.graphql'), 'utf8'));
    for (const example of examples) {
      expect({ source: example.source, errors: validate(schema, parse(example.query)).map((error) => error.message) }).toEqual({
        source: example.source,
        errors: [],
      });
    }
    const overview = examples.find((example) => example.source === 'dashboard/operations/overview.graphql')!;
    expect(overview.query).toContain('...ComparedFigures');
    expect(overview.query.match(/fragment ComparedFigures on AnnualReport/g)).toHaveLength(1);
  });

  it('come with variables for 2021 and a network of their region', () => {
    const byTitle = (title: string) => JSON.parse(examples.find((example) => example.title === title)!.variables);
    expect(byTitle('Nasjonal oversikt')).toEqual({ year: 2021, yearMinus1: 2020, yearMinus2: 2019, yearMinus3: 2018, yearMinus4: 2017 });
    expect(byTitle('Årsrapport for ett nettverk')).toEqual({ id: 'sor-ost-oslo', year: 2021, nextYear: 2022, from: '2021-01-01', to: '2021-12-31' });
    // The optional region is left out, so the comparison covers every region.
    expect(byTitle('Sammenligning av nettverk og lokale enheter')).toEqual({ year: 2021 });
    expect(JSON.parse(examples.find((example) => example.title === 'VestVariant')!.variables)).toEqual({ id: 'vest-helse-stavanger' });
    expect(exampleVariables('query Q($unknown: String!, $optional: Int) { __typename }')).toEqual({ unknown: null });
  });
});

class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  clear() {
    this.items.clear();
  }
}

describe("the workbench's storage in the browser", () => {
  it('keeps each user apart and never stores answers', () => {
    const backing = new MemoryStorage();
    const analyst = workbenchStorage('analyst-1', backing);
    const anonymous = workbenchStorage('anonymous', backing);
    analyst.setItem('graphiql:queries', '[{"query":"{ networks { name } }"}]');
    analyst.setItem('graphiql:tabState', JSON.stringify({ activeTabIndex: 0, tabs: [{ query: '{ x }', response: '{"data":{"email":"kari@example.no"}}' }] }));
    expect(anonymous.getItem('graphiql:queries')).toBeNull();
    expect(anonymous.length).toBe(0);
    expect(analyst.length).toBe(2);
    expect(JSON.parse(analyst.getItem('graphiql:tabState')!).tabs[0]).toEqual({ query: '{ x }', response: null });
    expect([...Array(backing.length).keys()].map((index) => backing.getItem(backing.key(index)!)).join('')).not.toContain('kari@example.no');
    analyst.clear();
    expect(backing.length).toBe(0);
  });
});

describe("the workbench's schema", () => {
  const sdl = 'type Query { networks: [Network] } type Network { name: String }';

  it("is the gateway's own when it answers introspection", () => {
    const live = buildSchema(`${sdl} type Extra { field: Int } extend type Query { extra: Extra }`);
    const chosen = workbenchSchema({ data: introspectionFromSchema(live) }, sdl);
    expect(chosen.status).toBe('live');
    expect(chosen.schema.getType('Extra')).toBeDefined();
  });

  it('is the one the app was built with when introspection is refused, saying why', () => {
    const chosen = workbenchSchema({ errors: [{ message: 'GraphQL introspection is not allowed by Apollo Server' }] }, sdl);
    expect(chosen).toMatchObject({ status: 'built', reason: 'GraphQL introspection is not allowed by Apollo Server' });
    expect(Object.keys((chosen.schema.getType('Network') as GraphQLObjectType).getFields())).toEqual(['name']);
  });

  it('reads the API schema printed from the committed supergraph, which the build bundles', () => {
    const built = readFileSync(path.join(PACKAGES, 'dashboard', 'src', 'generated', 'api-schema.graphql'), 'utf8');
    expect(workbenchSchema({ errors: [{ message: 'x' }] }, built).schema.getType('AnnualReport')).toBeDefined();
  });
});

describe('the operation name sent with a query', () => {
  it("drops a name the tab's earlier text had, when the document's single operation is another", () => {
    expect(operationNameIn('{ network(id: "vest-helse-stavanger") { name } }', 'Overview')).toBeUndefined();
    expect(operationNameIn('query Register { networks { name } }', 'Overview')).toBe('Register');
  });

  it('keeps a name the document defines, and leaves a choice among several to the server', () => {
    expect(operationNameIn('query A { networks { name } } query B { regions { code } }', 'B')).toBe('B');
    expect(operationNameIn('query A { networks { name } } query B { regions { code } }', 'C')).toBe('C');
    expect(operationNameIn('{ networks { name } }', null)).toBeUndefined();
    expect(operationNameIn('{ networks {', 'Overview')).toBe('Overview');
  });
});
