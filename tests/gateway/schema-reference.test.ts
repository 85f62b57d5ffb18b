import { readCommittedSupergraph } from '@pallnet/gateway/compose';
import { readCommittedSchemaReference, renderSchemaReference, schemaReferenceFor } from '@pallnet/gateway/schema-reference';

/*
 * docs/schema-reference.md is generated from the committed supergraph.graphql; like the
 * supergraph itself it must be current (`npm run compose` writes both).
 */
describe('the schema reference', () => {
  let reference: string;

  beforeAll(async () => {
    const supergraphSdl = await readCommittedSupergraph();
    if (supergraphSdl === undefined) throw new Error('supergraph.graphql is missing: run "npm run compose"');
    reference = await schemaReferenceFor(supergraphSdl);
  });

  it('matches docs/schema-reference.md (run "npm run compose" and commit it when this fails)', async () => {
    expect(await readCommittedSchemaReference()).toBe(reference);
  });

  it("describes the national contract's types, marking what the national schema adds", () => {
    const network = section(reference, '### `Network` (interface)');
    expect(network).toContain('A competence network.');
    expect(network).toMatch(/\| `annualReport\(year: Int!\)` \| `AnnualReport` \| yes \| The year's report/);
    expect(network).toMatch(/\| `coverage\(year: Int!\)` \| `Coverage!` \| added \|/);
  });

  it("gives each region its own variant: its network type's own fields, its unit types and its editors' mutations", () => {
    const vest = section(reference, '## Helse Vest (Helse Stavanger)', '## ');
    expect(vest).toContain('### `VestNetwork` (object, implements Network)');
    expect(vest).toMatch(/\| `obligations.*\| \*\*own\*\* \|/);
    expect(vest).toContain('### `VestNetworkGroup` (object, implements OrganisationalUnit)');
    expect(vest).toContain('`vestRegisterResourcePerson(');
    expect(vest).not.toContain('SorOst');
    for (const heading of [
      '## Innlandet (Sykehuset Innlandet)',
      '## Helse Midt-Norge (Helse Nord-Trøndelag)',
      '## Helse Sør-Øst (Palliativt nettverk i Oslo)',
    ]) {
      expect(reference).toContain(heading);
    }
    expect(section(reference, '## Helse Sør-Øst (Palliativt nettverk i Oslo)', '## ')).toContain(
      '### `SorOstSectorNetwork` (object, implements OrganisationalUnit)',
    );
  });

  it('keeps a description with a pipe or a line break inside its table cell', () => {
    const supergraphWithPipe = (
      description: string,
    ) => `schema @link(url: "https://specs.apollo.dev/link/v1.0") @link(url: "https://specs.apollo.dev/join/v0.3", for: EXECUTION) { query: Query }
directive @join__field(graph: join__Graph, requires: join__FieldSet, provides: join__FieldSet, type: String, external: Boolean, override: String, usedOverridden: Boolean) repeatable on FIELD_DEFINITION | INPUT_FIELD_DEFINITION
directive @join__graph(name: String!, url: String!) on ENUM_VALUE
directive @join__implements(graph: join__Graph!, interface: String!) repeatable on OBJECT | INTERFACE
directive @join__type(graph: join__Graph!, key: join__FieldSet, extension: Boolean! = false, resolvable: Boolean! = true, isInterfaceObject: Boolean! = false) repeatable on OBJECT | INTERFACE | UNION | ENUM | INPUT_OBJECT | SCALAR
directive @link(url: String, as: String, for: link__Purpose, import: [link__Import]) repeatable on SCHEMA
scalar join__FieldSet
enum join__Graph { NATIONAL @join__graph(name: "national", url: "http://localhost:4001/graphql") }
scalar link__Import
enum link__Purpose { SECURITY EXECUTION }
type Query @join__type(graph: NATIONAL) { """${description}""" answer: String }
`;
    const rendered = renderSchemaReference(supergraphWithPipe('either | or\n  on the next line'), 'type Query { answer: String }');
    expect(rendered).toContain('| `answer` | `String` | yes | either \\| or on the next line |');
  });
});

/** The text from a heading to the next heading of the same level (or the end). */
function section(text: string, heading: string, next = heading.slice(0, heading.indexOf(' ') + 1)): string {
  const start = text.indexOf(heading);
  expect(start).toBeGreaterThanOrEqual(0);
  const end = text.indexOf(`\n${next}`, start + heading.length);
  return text.slice(start, end === -1 ? undefined : end);
}
