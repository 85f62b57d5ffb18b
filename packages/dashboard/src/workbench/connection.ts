import { Client, createRequest } from '@urql/core';
import { Kind, parse } from 'graphql';

/** What a GraphQL endpoint answers: data, errors, extensions, as JSON. */
export type GraphQLResponse = { data?: unknown; errors?: unknown[]; extensions?: unknown };

export interface WorkbenchRequest {
  query: string;
  operationName?: string | null;
  variables?: unknown;
}

/**
 * Sends the workbench's operations where the dashboard's own urql client sends its queries, with
 * the same fetch options (the session's credentials and CSRF header): the client's operation
 * context says where and how, so the workbench needs no knowledge of tokens or sign-in of its
 * own. The answer is passed on as the server gave it, errors included, for GraphiQL to show.
 */
export function createWorkbenchConnection(client: Client): (request: WorkbenchRequest) => Promise<GraphQLResponse> {
  const probe = createRequest(parse('{ __typename }'), {});
  return async ({ query, operationName, variables }) => {
    const { context } = client.createRequestOperation('query', probe);
    const options: RequestInit = (typeof context.fetchOptions === 'function' ? context.fetchOptions() : context.fetchOptions) ?? {};
    const headers = new Headers(options.headers);
    headers.set('content-type', 'application/json');
    headers.set('accept', 'application/graphql-response+json, application/json');
    const fetchImpl = context.fetch ?? fetch;
    let response: Response;
    try {
      response = await fetchImpl(context.url, {
        ...options,
        method: 'POST',
        headers,
        body: JSON.stringify({ query, operationName: operationNameIn(query, operationName), variables: variables ?? undefined }),
      });
    } catch (error) {
      return { errors: [{ message: `Fikk ikke kontakt med ${context.url}: ${(error as Error).message}` }] };
    }
    const text = await response.text();
    try {
      return JSON.parse(text) as GraphQLResponse;
    } catch {
      return { errors: [{ message: `Svaret fra ${context.url} var ikke JSON (HTTP ${response.status}): ${text.slice(0, 200)}` }] };
    }
  };
}

/**
 * The operation name to send with `query`: GraphiQL can still name the operation of the tab's
 * previous text when Run is pressed right after an edit (it settles the name after a pause), and
 * the server then refuses the whole request. A name the document does not define is dropped when
 * the document has a single operation; otherwise it is sent as given, for the server to judge.
 */
export function operationNameIn(query: string, operationName: string | null | undefined): string | undefined {
  if (!operationName) return undefined;
  let names: Array<string | undefined>;
  try {
    names = parse(query)
      .definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION)
      .map((definition) => definition.name?.value);
  } catch {
    return operationName;
  }
  if (names.includes(operationName)) return operationName;
  return names.length === 1 ? names[0] : operationName;
}
