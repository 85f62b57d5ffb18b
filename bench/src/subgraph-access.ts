/**
 * The headers a request straight to each subgraph needs to be let in as the gateway's would be:
 * the benchmark's replayed fetches, its recording gateway and Hive Gateway all send them.
 */
export function subgraphHeaders(subgraphs: string[], _env: NodeJS.ProcessEnv): Record<string, Record<string, string>> {
  return Object.fromEntries(subgraphs.map((name) => [name, {}]));
}
