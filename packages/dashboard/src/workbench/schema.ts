import { buildClientSchema, buildSchema, GraphQLSchema, IntrospectionQuery } from 'graphql';
import type { GraphQLResponse } from './connection';

export type WorkbenchSchema = { status: 'live'; schema: GraphQLSchema } | { status: 'built'; schema: GraphQLSchema; reason: string };

/**
 * The schema the workbench completes and checks against: the gateway's own, from its
 * introspection answer; else (introspection is off in production, or the gateway did not answer)
 * the API schema the app was built with, and why.
 */
export function workbenchSchema(introspection: GraphQLResponse, builtSchemaSdl: string): WorkbenchSchema {
  if (introspection.data && !introspection.errors?.length) {
    try {
      return { status: 'live', schema: buildClientSchema(introspection.data as IntrospectionQuery) };
    } catch (error) {
      return { status: 'built', schema: buildSchema(builtSchemaSdl), reason: (error as Error).message };
    }
  }
  const reason = (introspection.errors as Array<{ message?: string }> | undefined)?.map((error) => error.message).join('; ') || 'ukjent feil';
  return { status: 'built', schema: buildSchema(builtSchemaSdl), reason };
}
