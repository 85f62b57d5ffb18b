export interface GraphQLResponse<TData = any> {
  data?: TData | null;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> }>;
}

/** Posts a GraphQL operation over real HTTP. */
export async function postGraphQL<TData = any>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<TData>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResponse<TData>;
}

/** Posts and fails the test on any GraphQL error. */
export async function queryOk<TData = any>(url: string, query: string, variables: Record<string, unknown> = {}): Promise<TData> {
  const result = await postGraphQL<TData>(url, query, variables);
  if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors, null, 2)}`);
  return result.data as TData;
}
