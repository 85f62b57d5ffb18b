import { GraphQLScalarType, valueFromASTUntyped } from 'graphql';

/** A JSON value as it is, for the audit log's before and after snapshots. Output only. */
export const JsonScalar = new GraphQLScalarType({
  name: 'JSON',
  description: 'A JSON value, as stored.',
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: (ast) => valueFromASTUntyped(ast),
});
