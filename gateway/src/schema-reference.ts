import { Supergraph } from '@apollo/federation-internals';
import { REPO_ROOT } from '@pallnet/services';
import {
  buildSchema,
  GraphQLArgument,
  GraphQLField,
  GraphQLInputField,
  GraphQLNamedType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isScalarType,
  isUnionType,
} from 'graphql';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Where the generated reference is committed. */
export const SCHEMA_REFERENCE_PATH = path.join(REPO_ROOT, 'docs', 'schema-reference.md');
export const NATIONAL_CONTRACT_PATH = path.join(REPO_ROOT, 'gateway', 'contract', 'national-contract.graphql');

/** The subgraphs in the order the reference presents them, with the name a reader knows. */
const SUBGRAPH_TITLES: Array<[string, string]> = [
  ['national', 'National subgraph (regions, municipality register, network catalog)'],
  ['vest', 'Helse Vest (Helse Stavanger)'],
  ['innlandet', 'Innlandet (Sykehuset Innlandet)'],
  ['midt', 'Helse Midt-Norge (Helse Nord-Trøndelag)'],
  ['sor-ost', 'Helse Sør-Øst (Palliativt nettverk i Oslo)'],
];

/** Federation's own machinery, which clients never see. */
const isFederationMachinery = (name: string) =>
  name.startsWith('link__') || name.startsWith('federation__') || name.startsWith('join__') || name.startsWith('_');
const ROOT_TYPES = ['Query', 'Mutation'];

/** A description on one line, safe inside a Markdown table cell. */
function cellText(text: string | null | undefined): string {
  return (text ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();
}

function argumentText(argument: GraphQLArgument): string {
  const defaultValue = argument.defaultValue === undefined ? '' : ` = ${JSON.stringify(argument.defaultValue)}`;
  return `${argument.name}: ${argument.type.toString()}${defaultValue}`;
}

function fieldSignature(field: GraphQLField<unknown, unknown> | GraphQLInputField): string {
  const args = 'args' in field && field.args.length ? `(${field.args.map(argumentText).join(', ')})` : '';
  return `\`${field.name}${args}\``;
}

function kindOf(type: GraphQLNamedType): string {
  if (isObjectType(type))
    return type.getInterfaces().length
      ? `object, implements ${type
          .getInterfaces()
          .map((i) => i.name)
          .join(', ')}`
      : 'object';
  if (isInterfaceType(type)) return 'interface';
  if (isEnumType(type)) return 'enum';
  if (isInputObjectType(type)) return 'input';
  if (isUnionType(type))
    return `union of ${type
      .getTypes()
      .map((member) => member.name)
      .join(', ')}`;
  return 'scalar';
}

/**
 * One type as Markdown: its kind and description, then its fields (or values) in a table.
 * `onlyFields` limits a root type to the fields a section is about; `contractFields` marks
 * the fields the national contract fixes; an object type's fields say which interface they
 * come from, or that they are the type's own.
 */
function typeSection(type: GraphQLNamedType, options: { onlyFields?: Set<string>; contractFields?: Set<string> } = {}): string {
  const lines = [`### \`${type.name}\` (${kindOf(type)})`, ''];
  if (type.description) lines.push(type.description.trim(), '');
  const contract = options.contractFields;
  if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).filter((field) => !options.onlyFields || options.onlyFields.has(field.name));
    // A region's own type: which fields are the shared interface's and which are its own variant.
    const interfaces = isObjectType(type) ? type.getInterfaces() : [];
    const origin = (fieldName: string) => interfaces.find((candidate) => fieldName in candidate.getFields())?.name ?? 'own';
    const extraColumn = contract ? 'contract' : interfaces.length ? 'from' : undefined;
    lines.push(`| field | type |${extraColumn ? ` ${extraColumn} |` : ''} description |`);
    lines.push(`| --- | --- |${extraColumn ? ' --- |' : ''} --- |`);
    for (const field of fields) {
      const deprecation = 'deprecationReason' in field && field.deprecationReason ? ` Deprecated: ${field.deprecationReason}` : '';
      const cells = [fieldSignature(field), `\`${field.type.toString()}\``];
      if (contract) cells.push(contract.has(field.name) ? 'yes' : 'added');
      else if (interfaces.length) cells.push(origin(field.name) === 'own' ? '**own**' : origin(field.name));
      cells.push(cellText((field.description ?? '') + deprecation));
      lines.push(`| ${cells.join(' | ')} |`);
    }
    lines.push('');
  } else if (isEnumType(type)) {
    lines.push('| value | description |', '| --- | --- |');
    for (const value of type.getValues()) lines.push(`| \`${value.name}\` | ${cellText(value.description)} |`);
    lines.push('');
  }
  return lines.join('\n');
}

/** The names of a subgraph's types and root fields, from the supergraph's record of who defines what. */
interface Ownership {
  types: Set<string>;
  rootFields: Map<string, Set<string>>;
}

function ownershipBySubgraph(supergraph: Supergraph): Map<string, Ownership> {
  const owners = new Map<string, Ownership>();
  for (const subgraph of supergraph.subgraphs()) {
    const rootFields = new Map<string, Set<string>>();
    for (const kind of ['query', 'mutation'] as const) {
      const root = subgraph.schema.schemaDefinition.rootType(kind);
      if (root)
        rootFields.set(
          root.name,
          new Set(
            root
              .fields()
              .map((field) => field.name)
              .filter((name) => !isFederationMachinery(name)),
          ),
        );
    }
    const types = new Set(
      subgraph.schema
        .types()
        .filter((type) => !type.isBuiltIn && !isFederationMachinery(type.name))
        .map((type) => type.name),
    );
    owners.set(subgraph.name, { types, rootFields });
  }
  return owners;
}

/**
 * The schema reference as Markdown, generated from the composed supergraph: the national
 * contract's types (every field of the national schema on them, the contract's own marked) with
 * their descriptions, then what each subgraph alone defines (each region's own variant: its
 * types, its queries and mutations), then the types several subgraphs share beyond the contract.
 */
export function renderSchemaReference(supergraphSdl: string, contractSdl: string): string {
  const supergraph = Supergraph.build(supergraphSdl);
  const api: GraphQLSchema = supergraph.apiSchema().toGraphQLJSSchema();
  const contract = buildSchema(contractSdl);
  const contractTypeNames = Object.keys(contract.getTypeMap()).filter((name) => !name.startsWith('__') && !BUILT_IN_SCALARS.has(name));
  const owners = ownershipBySubgraph(supergraph);
  const apiType = (name: string) => api.getType(name) ?? undefined;

  const sections: string[] = [
    '# Schema reference of the national GraphQL federation',
    '',
    '<!-- Generated from supergraph.graphql by `npm run compose`; do not edit by hand. -->',
    '',
    'Generated from the committed `supergraph.graphql` (the schema the gateway serves) and',
    '`gateway/contract/national-contract.graphql`. A test fails when it is not current: run `npm run compose`.',
    '',
    '- [The national contract](#the-national-contract)',
    ...SUBGRAPH_TITLES.map(([, title]) => `- [${title}](#${anchor(title)})`),
    '- [Shared beyond the contract](#shared-beyond-the-contract)',
    '',
    '## The national contract',
    '',
    'The part of the national schema that analysts and dashboard apps code against: these names,',
    'arguments and types do not change. Fields marked "added" are in the national schema beyond the contract.',
    '',
  ];
  const described = new Set<string>();
  for (const name of contractTypeNames) {
    const type = apiType(name);
    if (!type) continue;
    const wanted = contract.getType(name)!;
    const contractFields = isObjectType(wanted) || isInterfaceType(wanted) || isInputObjectType(wanted) ? new Set(Object.keys(wanted.getFields())) : undefined;
    sections.push(typeSection(type, { contractFields }));
    described.add(name);
  }

  const definedBy = (typeName: string) => [...owners.entries()].filter(([, owner]) => owner.types.has(typeName)).map(([name]) => name);
  // A region's network type is also a stub in the national subgraph (the catalog returns
  // references to it); it is still the region's own.
  const ownerOf = (typeName: string) => {
    const all = definedBy(typeName);
    const regions = all.filter((name) => name !== 'national');
    return all.length === 1 ? all[0] : regions.length === 1 ? regions[0] : undefined;
  };
  for (const [subgraphName, title] of SUBGRAPH_TITLES) {
    const owner = owners.get(subgraphName);
    if (!owner) continue;
    sections.push(`## ${title}`, '');
    sections.push(
      `What the \`${subgraphName}\` subgraph alone defines${subgraphName === 'national' ? '' : ": the region's own organisational variant and its editors' operations"}.`,
      '',
    );
    for (const rootName of ROOT_TYPES) {
      const root = apiType(rootName);
      const own = [...(owner.rootFields.get(rootName) ?? [])].filter(
        (field) => ![...owners.entries()].some(([other, o]) => other !== subgraphName && o.rootFields.get(rootName)?.has(field)),
      );
      if (root && own.length) sections.push(typeSection(root, { onlyFields: new Set(own) }));
    }
    const ownTypes = [...owner.types].filter((name) => !ROOT_TYPES.includes(name) && !described.has(name) && ownerOf(name) === subgraphName).sort();
    for (const name of ownTypes) {
      const type = apiType(name);
      if (!type) continue;
      sections.push(typeSection(type));
      described.add(name);
    }
  }

  sections.push('## Shared beyond the contract', '', "Types that several subgraphs define alike (the regions' common ground beyond the contract).", '');
  const shared = Object.keys(api.getTypeMap())
    .filter((name) => !name.startsWith('__') && !ROOT_TYPES.includes(name) && !described.has(name) && !isScalarBuiltIn(api, name))
    .sort();
  for (const name of shared) sections.push(typeSection(apiType(name)!));

  return `${sections.join('\n').trimEnd()}\n`;
}

const BUILT_IN_SCALARS = new Set(['String', 'Int', 'Float', 'Boolean', 'ID']);
const isScalarBuiltIn = (schema: GraphQLSchema, name: string) => isScalarType(schema.getType(name)) && BUILT_IN_SCALARS.has(name);

/** GitHub's heading anchors: lower case, spaces to hyphens, punctuation dropped. */
function anchor(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N} -]/gu, '')
    .replace(/ /g, '-');
}

/** The reference for the committed supergraph and contract. */
export async function schemaReferenceFor(supergraphSdl: string): Promise<string> {
  return renderSchemaReference(supergraphSdl, await readFile(NATIONAL_CONTRACT_PATH, 'utf8'));
}

export async function readCommittedSchemaReference(referencePath: string = SCHEMA_REFERENCE_PATH): Promise<string | undefined> {
  try {
    return await readFile(referencePath, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

export async function writeSchemaReference(reference: string, referencePath: string = SCHEMA_REFERENCE_PATH): Promise<void> {
  await writeFile(referencePath, reference, 'utf8');
}
