import { Kind, parse, TypeNode } from 'graphql';

/** The year the examples ask about: the latest year every source document reports on. */
export const EXAMPLE_YEAR = 2021;

/** One network per region, for operations about one network; Oslo's is the richest. */
const EXAMPLE_NETWORK_BY_OPERATION_PREFIX: Array<[string, string]> = [
  ['Vest', 'vest-helse-stavanger'],
  ['Innlandet', 'innlandet-sykehuset-innlandet'],
  ['Midt', 'midt-nord-trondelag'],
  ['SorOst', 'sor-ost-oslo'],
];
const DEFAULT_EXAMPLE_NETWORK = 'sor-ost-oslo';

const isRequired = (type: TypeNode) => type.kind === Kind.NON_NULL_TYPE;

/** The names of the operations in a document. */
export function operationNames(document: string): string[] {
  return parse(document)
    .definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION)
    .map((definition) => definition.name?.value ?? 'Uten navn');
}

/**
 * Variables for an example operation, by the names our operations give them: `year` is
 * EXAMPLE_YEAR, `yearMinus2` two years before it, `nextYear` the year after, `from`/`to` the
 * year's first and last day, `id` a network of the operation's region (Oslo's otherwise).
 * Optional variables are left out; a required one we have no value for is null, which the editor
 * then marks for the user to fill in.
 */
export function exampleVariables(document: string): Record<string, unknown> {
  const variables: Record<string, unknown> = {};
  for (const definition of parse(document).definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    const operationName = definition.name?.value ?? '';
    for (const variable of definition.variableDefinitions ?? []) {
      const name = variable.variable.name.value;
      const value = exampleValue(name, operationName);
      if (value !== undefined) variables[name] = value;
      else if (isRequired(variable.type) && variable.defaultValue === undefined) variables[name] = null;
    }
  }
  return variables;
}

function exampleValue(name: string, operationName: string): unknown {
  const yearsBefore = /^yearMinus(\d+)$/.exec(name);
  if (yearsBefore) return EXAMPLE_YEAR - Number(yearsBefore[1]);
  switch (name) {
    case 'year':
      return EXAMPLE_YEAR;
    case 'nextYear':
      return EXAMPLE_YEAR + 1;
    case 'from':
      return `${EXAMPLE_YEAR}-01-01`;
    case 'to':
      return `${EXAMPLE_YEAR}-12-31`;
    case 'id':
      return EXAMPLE_NETWORK_BY_OPERATION_PREFIX.find(([prefix]) => operationName.startsWith(prefix))?.[1] ?? DEFAULT_EXAMPLE_NETWORK;
    default:
      return undefined;
  }
}
