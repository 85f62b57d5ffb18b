import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { requestGuardsPlugin } from '@pallnet/subgraph-kit';
import { GraphQLError, GraphQLFormattedError, ParseOptions, ValidationContext, ValidationRule } from 'graphql';
import type { QueryLimits } from './config';

/** graphql-armor calls every rejection a "Syntax Error"; it is a limit, and the message says which. */
function reportLimit(context: ValidationContext | null, error: GraphQLError): void {
  context?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, '')));
}

export interface QueryLimitSettings {
  plugins: ApolloServerPlugin[];
  validationRules: ValidationRule[];
  parseOptions: ParseOptions;
}

/**
 * The limits as Apollo Server settings. Depth, aliases and directives are graphql-armor's
 * validation rules: a query over one fails validation (GRAPHQL_VALIDATION_FAILED, HTTP 400) with a
 * message naming the limit and what the query had, before any subgraph is asked. Cost (which
 * counts list sizes, so it needs the variables) and root fields are the subgraph kit's request
 * guards, which every subgraph runs too; they answer the same way. Fragments count
 * by what they select, not as a level of their own. Tokens are counted by graphql-js's own parser
 * (GRAPHQL_PARSE_FAILED, HTTP 400), which stops reading at the limit: graphql-armor's token plugin
 * for Apollo counts the same way but fails such a request with HTTP 500.
 */
export function queryLimits(limits: QueryLimits): QueryLimitSettings {
  const rejection = { propagateOnRejection: false, onReject: [reportLimit] };
  const { plugins, validationRules } = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, flattenFragments: true, ...rejection },
    maxAliases: { n: limits.maxAliases, ...rejection },
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
    maxDirectives: { n: limits.maxDirectives, ...rejection },
    // Its pattern misses enum-value and variable suggestions; hideSuggestions covers every error.
    blockFieldSuggestion: { enabled: false },
  }).protect();
  const guards = requestGuardsPlugin({
    maxDepth: limits.maxDepth,
    maxCost: limits.maxCost,
    defaultListSize: limits.listSizeEstimate,
    maxRootFields: limits.maxRootFields,
  });
  return { plugins: [...(plugins as ApolloServerPlugin[]), guards], validationRules, parseOptions: { maxTokens: limits.maxTokens } };
}

/**
 * Drops GraphQL's "Did you mean …?" from every error the gateway sends (unknown fields, types,
 * arguments, enum values, variables), so that wrong guesses do not reveal the schema.
 */
export function hideSuggestions(formatted: GraphQLFormattedError): GraphQLFormattedError {
  return { ...formatted, message: formatted.message.replace(/ ?Did you mean .+?\?/g, '') };
}
