import type { Experimental_DidResolveQueryPlanCallback } from '@apollo/gateway';
import type { ApolloServerPlugin } from '@apollo/server';
import { limitExceeded } from '@pallnet/subgraph-kit';
import { GraphQLError } from 'graphql';

type QueryPlanNode = NonNullable<Parameters<Experimental_DidResolveQueryPlanCallback>[0]['queryPlan']['node']>;

/** How many subgraph requests the plan makes: one per fetch node, wherever it sits in the plan. */
export function countFetches(node: QueryPlanNode | undefined): number {
  if (!node) return 0;
  switch (node.kind) {
    case 'Fetch':
      return 1;
    case 'Flatten':
      return countFetches(node.node);
    case 'Sequence':
    case 'Parallel':
      return node.nodes.reduce((sum, child) => sum + countFetches(child), 0);
    case 'Condition':
      return countFetches(node.ifClause) + countFetches(node.elseClause);
    case 'Defer':
      return countFetches(node.primary.node) + node.deferred.reduce((sum, deferred) => sum + countFetches(deferred.node), 0);
    case 'Subscription':
      return countFetches(node.primary) + countFetches(node.rest);
    default:
      return 0;
  }
}

/**
 * Refuses a query whose plan would make more than `maxFetches` subgraph requests, after planning
 * and before any fetch: aliased copies of a federated field each fan out to every region.
 */
export function subgraphFetchLimit(maxFetches: number): Experimental_DidResolveQueryPlanCallback {
  return ({ queryPlan }) => {
    const fetches = countFetches(queryPlan.node);
    if (fetches > maxFetches) throw limitExceeded(`Subgraph fetches limit of ${maxFetches} exceeded, found ${fetches}.`);
  };
}

/**
 * Replaces an answer larger than `maxBytes` (as JSON) with one error, so a query cannot make the
 * gateway hold and send an unbounded answer. The subgraphs' list sizes and the cost limit keep
 * such queries rare; this is the last bound.
 */
export function responseSizeLimit(maxBytes: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const bytes = Buffer.byteLength(JSON.stringify(response.body.singleResult));
          if (bytes <= maxBytes) return;
          const error = new GraphQLError(`Response size limit of ${maxBytes} bytes exceeded, found ${bytes}: ask for fewer fields or a smaller page.`);
          response.body.singleResult = { errors: [{ message: error.message, extensions: { code: 'RESPONSE_TOO_LARGE' } }] };
          response.http.status = 400;
        },
      };
    },
  };
}
