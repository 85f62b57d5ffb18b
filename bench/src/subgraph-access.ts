import { GATEWAY_SECRET_HEADER, gatewaySecretVariableFor } from '@pallnet/subgraph-kit';

/**
 * The headers a request straight to each subgraph needs to be let in as the gateway's are: the
 * subgraph's gateway secret, which startSystem generated for this run (or took from the
 * environment). The benchmark's replayed fetches, its recording gateway and Hive Gateway send them.
 */
export function subgraphHeaders(subgraphs: string[], env: NodeJS.ProcessEnv): Record<string, Record<string, string>> {
  return Object.fromEntries(
    subgraphs.map((name): [string, Record<string, string>] => {
      const secret = env[gatewaySecretVariableFor(name)];
      return [name, secret ? { [GATEWAY_SECRET_HEADER]: secret } : {}];
    }),
  );
}
