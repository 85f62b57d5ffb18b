export interface GraphQLResponse<TData = any> {
  data?: TData | null;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> }>;
}

/**
 * Where a request goes: a URL (the gateway), or a URL with headers that every request to it
 * carries (a subgraph started by `startTestSubgraph`, with the gateway's secret).
 */
export type Endpoint = string | { url: string; headers?: Record<string, string> };

/** Posts a GraphQL operation over real HTTP; `headers` go on top of the endpoint's own. */
export async function postGraphQL<TData = any>(
  endpoint: Endpoint,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<TData>> {
  const { url, headers: endpointHeaders = {} } = typeof endpoint === 'string' ? { url: endpoint } : endpoint;
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...endpointHeaders, ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResponse<TData>;
}

/** Posts and fails the test on any GraphQL error. */
export async function queryOk<TData = any>(
  endpoint: Endpoint,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<TData> {
  const result = await postGraphQL<TData>(endpoint, query, variables, headers);
  if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors, null, 2)}`);
  return result.data as TData;
}

/** Resolves entities by key the way the gateway does: `_entities` with `__typename` and the given selection. */
export async function resolveEntities(endpoint: Endpoint, representations: Array<Record<string, string>>, selection: string): Promise<any[]> {
  const data = await queryOk(endpoint, `query ($r: [_Any!]!) { _entities(representations: $r) { __typename ${selection} } }`, {
    r: representations,
  });
  return data._entities;
}
