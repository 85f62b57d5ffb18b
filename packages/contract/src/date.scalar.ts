import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses 'YYYY-MM-DD' and rejects impossible calendar dates such as 2021-02-30. */
export function parseIsoDate(value: string): string | null {
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const [, y, m, d] = match;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return date.toISOString().slice(0, 10) === value ? value : null;
}

function toIsoDate(value: unknown): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'string' && parseIsoDate(value)) return value;
  throw new GraphQLError(`Date cannot represent ${JSON.stringify(value)}: expected YYYY-MM-DD`);
}

/**
 * Dates travel as ISO 8601 calendar-date strings ("2021-11-30") and are kept as strings inside
 * the services too: a calendar date has no time zone, and a JS Date would invent one.
 */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'ISO 8601 calendar date, e.g. 2021-11-30.',
  serialize: toIsoDate,
  parseValue: (value) => {
    if (typeof value !== 'string' || !parseIsoDate(value)) {
      throw new GraphQLError(`Date must be a calendar date written YYYY-MM-DD, got ${JSON.stringify(value)}`);
    }
    return value;
  },
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING || !parseIsoDate(ast.value)) {
      throw new GraphQLError('Date must be a calendar date written YYYY-MM-DD', { nodes: ast });
    }
    return ast.value;
  },
});
