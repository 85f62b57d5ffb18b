import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { Kind, visit, type DocumentNode, type OperationDefinitionNode } from 'graphql';

/*
 * Every region's editing fields are alike and named after it: vestRegisterResourcePerson,
 * sorOstRegisterResourcePerson. The operations are written once, for Vest, where codegen checks
 * them against the schema; this renames their root fields for another region.
 */

export const REGION_PREFIX: Record<string, string> = { VEST: 'vest', INNLANDET: 'innlandet', MIDT: 'midt', SOR_OST: 'sorOst' };

const renamed = new Map<string, WeakMap<DocumentNode, DocumentNode>>();

/** The operation with its `vest…` root fields renamed for `region` (the same object for the same pair, so urql's cache keys stay stable). */
export function forRegion<TResult, TVariables>(document: TypedDocumentNode<TResult, TVariables>, region: string): TypedDocumentNode<TResult, TVariables> {
  const prefix = REGION_PREFIX[region];
  if (!prefix) throw new Error(`Unknown region ${region}`);
  if (prefix === 'vest') return document;
  let cache = renamed.get(prefix);
  if (!cache) renamed.set(prefix, (cache = new WeakMap()));
  const cached = cache.get(document);
  if (cached) return cached as TypedDocumentNode<TResult, TVariables>;
  const result = visit(document, {
    OperationDefinition(operation: OperationDefinitionNode) {
      return {
        ...operation,
        name: operation.name && { ...operation.name, value: operation.name.value.replace(/^Vest/, prefix[0].toUpperCase() + prefix.slice(1)) },
        selectionSet: {
          ...operation.selectionSet,
          selections: operation.selectionSet.selections.map((selection) =>
            selection.kind === Kind.FIELD && /^vest[A-Z]/.test(selection.name.value)
              ? { ...selection, name: { ...selection.name, value: prefix + selection.name.value.slice(4) } }
              : selection,
          ),
        },
      };
    },
  }) as TypedDocumentNode<TResult, TVariables>;
  cache.set(document, result);
  return result;
}
