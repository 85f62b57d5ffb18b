import type { ApolloServerPlugin, GraphQLRequestContextDidResolveOperation } from '@apollo/server';
import {
  DocumentNode,
  FieldNode,
  FragmentDefinitionNode,
  getNamedType,
  getNullableType,
  GraphQLError,
  GraphQLField,
  GraphQLNamedType,
  GraphQLSchema,
  isCompositeType,
  isListType,
  isObjectType,
  isInterfaceType,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
  valueFromAST,
} from 'graphql';
import { ConfigurationError, getEnvNum } from './config';

/*
 * Limits every service enforces on its own, with the variables known: the gateway before it plans
 * a query, each subgraph again before it resolves one (so that a caller who reaches a subgraph
 * directly, with its secret, gains nothing). One implementation, so the two always agree.
 */

/** Arguments that bound the size of a list field: its page size. */
export const LIST_SIZE_ARGUMENTS = ['first', 'last', 'limit', 'pageSize'];

export interface RequestGuardLimits {
  /** Nesting of fields; fragments are not a level. */
  maxDepth: number;
  /** Estimated values in the answer: a list multiplies what it selects by its size. */
  maxCost: number;
  /** The size a list is assumed to have when no argument bounds it. */
  defaultListSize: number;
  /** Fields at the root of the operation, aliases of one field counted apart. */
  maxRootFields: number;
}

export const DEFAULT_REQUEST_GUARD_LIMITS: RequestGuardLimits = { maxDepth: 10, maxCost: 200000, defaultListSize: 20, maxRootFields: 10 };

/** A refusal of the whole request before anything is resolved: HTTP 400, like graphql-js's own validation errors. */
export function limitExceeded(message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', ...extra, http: { status: 400 } } });
}

interface Walk {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  defaultListSize: number;
}

/** The size of a list field: its page-size argument when it has one (given, or its default), else the estimate. */
function listSize(walk: Walk, field: GraphQLField<unknown, unknown>, node: FieldNode): number {
  if (field.name === '_entities') return entitiesSize(walk, field, node);
  for (const name of LIST_SIZE_ARGUMENTS) {
    const definition = field.args.find((arg) => arg.name === name);
    if (!definition) continue;
    const given = node.arguments?.find((arg) => arg.name.value === name);
    const value = given ? valueFromAST(given.value, definition.type, walk.variables) : definition.defaultValue;
    if (typeof value === 'number' && Number.isFinite(value)) return Math.max(0, value);
  }
  return walk.defaultListSize;
}

/**
 * The gateway's entity fetch: as many entities as representations, but no more than the estimate.
 * The gateway has counted the list they came from already (with the same estimate when it was
 * not bounded), so a subgraph measures the cost per entity fetch as the gateway did, and a single
 * entity (`network(id:)`) costs what it costs at the gateway.
 */
function entitiesSize(walk: Walk, field: GraphQLField<unknown, unknown>, node: FieldNode): number {
  const definition = field.args.find((arg) => arg.name === 'representations');
  const given = node.arguments?.find((arg) => arg.name.value === 'representations');
  const value = definition && given ? valueFromAST(given.value, definition.type, walk.variables) : undefined;
  return Array.isArray(value) ? Math.min(value.length, walk.defaultListSize) : walk.defaultListSize;
}

interface Measure {
  cost: number;
  depth: number;
}

/**
 * What a selection set may cost: each field 1, plus what an object field selects, times the size
 * of every list of objects on the way (a list of scalars counts once). Fragments on the parent's own type add up; fragments on different
 * types of an abstract parent are alternatives for each item, so the costliest one counts.
 */
function measureSelections(walk: Walk, selectionSet: SelectionSetNode, parentType: GraphQLNamedType, visited: Set<string>): Measure {
  let cost = 0;
  let depth = 0;
  const alternatives = new Map<string, Measure>();
  const addAlternative = (typeName: string, measure: Measure) => {
    const known = alternatives.get(typeName) ?? { cost: 0, depth: 0 };
    alternatives.set(typeName, { cost: known.cost + measure.cost, depth: Math.max(known.depth, measure.depth) });
  };
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__')) continue;
      const fields = isObjectType(parentType) || isInterfaceType(parentType) ? parentType.getFields() : {};
      const field = fields[selection.name.value];
      // Unknown fields fail graphql-js's validation; nothing to count here.
      if (!field) continue;
      const type = getNullableType(field.type);
      const namedType = getNamedType(field.type);
      // A list of scalars (themes, measures …) is one stored value, not a fan-out of resolvers: it counts once.
      const size =
        isListType(type) && isCompositeType(namedType)
          ? listSize(walk, field, selection) * (isListType(getNullableType(type.ofType)) ? walk.defaultListSize : 1)
          : 1;
      const inner =
        selection.selectionSet && isCompositeType(namedType) ? measureSelections(walk, selection.selectionSet, namedType, visited) : { cost: 0, depth: 0 };
      cost += size * (1 + inner.cost);
      depth = Math.max(depth, 1 + inner.depth);
      continue;
    }
    const fragment = selection.kind === Kind.FRAGMENT_SPREAD ? walk.fragments[selection.name.value] : selection;
    if (!fragment) continue;
    const spreadName = selection.kind === Kind.FRAGMENT_SPREAD ? selection.name.value : undefined;
    // A fragment that spreads itself fails validation; do not loop on it here.
    if (spreadName && visited.has(spreadName)) continue;
    const typeName = fragment.typeCondition?.name.value ?? parentType.name;
    const type = walk.schema.getType(typeName) ?? parentType;
    const inner = measureSelections(walk, fragment.selectionSet, type, spreadName ? new Set([...visited, spreadName]) : visited);
    if (typeName === parentType.name) {
      cost += inner.cost;
      depth = Math.max(depth, inner.depth);
    } else {
      addAlternative(typeName, inner);
    }
  }
  const costliest = [...alternatives.values()].reduce((max, m) => Math.max(max, m.cost), 0);
  const deepest = [...alternatives.values()].reduce((max, m) => Math.max(max, m.depth), 0);
  return { cost: cost + costliest, depth: Math.max(depth, deepest) };
}

export interface OperationMeasure {
  cost: number;
  depth: number;
  rootFields: number;
}

/** Cost, depth and root fields of the operation that will run, with its variables. */
export function measureOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> = {},
  defaultListSize = DEFAULT_REQUEST_GUARD_LIMITS.defaultListSize,
): OperationMeasure {
  const fragments = Object.fromEntries(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  const rootType =
    operation.operation === 'mutation'
      ? schema.getMutationType()
      : operation.operation === 'subscription'
        ? schema.getSubscriptionType()
        : schema.getQueryType();
  if (!rootType) return { cost: 0, depth: 0, rootFields: 0 };
  const walk: Walk = { schema, fragments, variables, defaultListSize };
  const { cost, depth } = measureSelections(walk, operation.selectionSet, rootType, new Set());
  return { cost, depth, rootFields: countRootFields(operation.selectionSet, fragments, new Set()) };
}

function countRootFields(selectionSet: SelectionSetNode, fragments: Record<string, FragmentDefinitionNode>, visited: Set<string>): number {
  let count = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (!selection.name.value.startsWith('__')) count += 1;
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      count += countRootFields(selection.selectionSet, fragments, visited);
    } else if (!visited.has(selection.name.value) && fragments[selection.name.value]) {
      count += countRootFields(fragments[selection.name.value].selectionSet, fragments, new Set([...visited, selection.name.value]));
    }
  }
  return count;
}

/** The path of the first string holding a NUL character, e.g. `input.name` or `units[0].note`; undefined when none does. */
export function findNulByte(value: unknown, path = ''): string | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? path : undefined;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = findNulByte(item, `${path}[${index}]`);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = findNulByte(item, path ? `${path}.${key}` : key);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/** A NUL byte in a string argument written into the document itself: its argument's name. */
function findNulInDocument(document: DocumentNode): string | undefined {
  let found: string | undefined;
  const visit = (node: unknown, path: string): void => {
    if (found !== undefined || !node || typeof node !== 'object') return;
    const typed = node as { kind?: string; value?: unknown; name?: { value: string } };
    if (typed.kind === Kind.STRING && typeof typed.value === 'string' && typed.value.includes('\u0000')) {
      found = path;
      return;
    }
    for (const [key, child] of Object.entries(node)) {
      if (key === 'loc') continue;
      const childPath =
        (typed.kind === Kind.ARGUMENT || typed.kind === Kind.OBJECT_FIELD) && key === 'value'
          ? path
            ? `${path}.${typed.name!.value}`
            : typed.name!.value
          : path;
      if (Array.isArray(child)) child.forEach((item) => visit(item, childPath));
      else visit(child, childPath);
    }
  };
  visit(document, '');
  return found;
}

/**
 * Refuses text with a NUL character (U+0000) as BAD_USER_INPUT naming the field: PostgreSQL
 * cannot store it in text, and no Norwegian name or note needs it.
 */
export function assertNoNulBytes(document: DocumentNode, variables: Record<string, unknown> | undefined): void {
  const field = findNulByte(variables ?? {}) ?? findNulInDocument(document);
  if (field === undefined) return;
  throw new GraphQLError(`Invalid input: ${field}: must not contain a NUL character (U+0000) (noNulCharacter)`, {
    extensions: {
      code: 'BAD_USER_INPUT',
      field,
      rule: 'noNulCharacter',
      violations: [{ field, rule: 'noNulCharacter', message: 'must not contain a NUL character (U+0000)' }],
      http: { status: 400 },
    },
  });
}

/** Checks a resolved operation against the limits; throws the refusal. */
export function assertWithinLimits(
  context: Pick<GraphQLRequestContextDidResolveOperation<object>, 'schema' | 'document' | 'operation' | 'request'>,
  limits: RequestGuardLimits,
): void {
  assertNoNulBytes(context.document, context.request.variables);
  if (!context.operation) return;
  const measure = measureOperation(context.schema, context.document, context.operation, context.request.variables ?? {}, limits.defaultListSize);
  if (measure.rootFields > limits.maxRootFields) {
    throw limitExceeded(`Root fields limit of ${limits.maxRootFields} exceeded, found ${measure.rootFields}.`);
  }
  if (measure.depth > limits.maxDepth) {
    throw limitExceeded(`Query depth limit of ${limits.maxDepth} exceeded, found ${measure.depth}.`);
  }
  if (measure.cost > limits.maxCost) {
    throw limitExceeded(
      `Query cost limit of ${limits.maxCost} exceeded, found ${Math.ceil(measure.cost)} (a list counts ${limits.defaultListSize} items unless its first/limit says fewer).`,
    );
  }
}

/** The guards as an Apollo Server plugin: they run once the operation is known, before it executes. */
export function requestGuardsPlugin(limits: RequestGuardLimits): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation(context) {
          assertWithinLimits(context, limits);
        },
      };
    },
  };
}

/** The environment variable of each guard; the gateway and the subgraphs read the same ones. */
export const REQUEST_GUARD_VARIABLES: Record<keyof RequestGuardLimits, string> = {
  maxDepth: 'MAX_QUERY_DEPTH',
  maxCost: 'MAX_QUERY_COST',
  defaultListSize: 'QUERY_LIST_SIZE_ESTIMATE',
  maxRootFields: 'MAX_QUERY_ROOT_FIELDS',
};

/** The guards from the environment (whole numbers of at least 1), defaults for unset ones. */
export function readRequestGuardLimits(defaults: RequestGuardLimits): RequestGuardLimits {
  const limits = { ...defaults };
  for (const [limit, variable] of Object.entries(REQUEST_GUARD_VARIABLES) as [keyof RequestGuardLimits, string][]) {
    const value = getEnvNum(variable, defaults[limit]);
    if (!Number.isInteger(value) || value < 1) throw new ConfigurationError(`${variable} must be a whole number of at least 1, got ${value}`);
    limits[limit] = value;
  }
  return limits;
}
