import { GraphQLError } from 'graphql';

/*
 * The errors an editor or reader can get, each with its `extensions.code`. They pass through the
 * gateway unchanged (named after the subgraph), so clients can act on the code.
 */

/** One broken rule of one input field. */
export interface Violation {
  /** The field's path in the input, e.g. `appointedTo`, `units[0].from`. */
  field: string;
  /** The rule's name, e.g. `dateOrder`, `knownMunicipality`, `maxLength`. */
  rule: string;
  message: string;
}

/** BAD_USER_INPUT naming every broken rule; the first one is also in `field` and `rule`. */
export function badUserInput(violations: Violation[]): GraphQLError {
  const [first] = violations;
  return new GraphQLError(`Invalid input: ${violations.map((v) => `${v.field}: ${v.message} (${v.rule})`).join('; ')}`, {
    extensions: { code: 'BAD_USER_INPUT', field: first.field, rule: first.rule, violations },
  });
}

export function invalidField(field: string, rule: string, message: string): GraphQLError {
  return badUserInput([{ field, rule, message }]);
}

/** No verified token: the caller is anonymous. */
export function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED' } });
}

/** A verified caller without the right: an analyst writing, an editor of another region. */
export function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });
}

/** The caller tried to record for the first time what someone has recorded already. */
export function alreadyRecorded(entity: string, id: string, currentVersion: number): GraphQLError {
  return new GraphQLError(`${entity} ${id} is recorded already (version ${currentVersion}): read it and give expectedVersion to change it.`, {
    extensions: { code: 'CONFLICT', entity, id, expectedVersion: null, currentVersion },
  });
}

/** The record changed since the caller read it (optimistic locking). */
export function conflict(entity: string, id: string, expectedVersion: number, currentVersion: number): GraphQLError {
  return new GraphQLError(
    `${entity} ${id} is at version ${currentVersion}, not ${expectedVersion}: someone changed it since you read it. Read it again and re-apply your change.`,
    { extensions: { code: 'CONFLICT', entity, id, expectedVersion, currentVersion } },
  );
}
