import { readFile } from 'node:fs/promises';
import { Kind, parse, StringValueNode } from 'graphql';

/** A subgraph as the supergraph names it: its service name and the URL composed for it. */
export interface SupergraphSubgraph {
  name: string;
  url: string;
}

export class SupergraphError extends Error {}

/** Reads the composed supergraph, failing with one line that says how to make it. */
export async function readSupergraph(supergraphPath: string): Promise<string> {
  try {
    return await readFile(supergraphPath, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new SupergraphError(
      code === 'ENOENT'
        ? `No supergraph at ${supergraphPath}: run "npm run compose" first`
        : `Cannot read the supergraph at ${supergraphPath}: ${(error as Error).message}`,
    );
  }
}

/**
 * The subgraphs of a supergraph, from its `enum join__Graph { NAME @join__graph(name:, url:) }`.
 * The gateway learns them from the supergraph, so adding a region changes no gateway code.
 */
export function listSupergraphSubgraphs(supergraphSdl: string): SupergraphSubgraph[] {
  let document;
  try {
    document = parse(supergraphSdl);
  } catch (error) {
    throw new SupergraphError(`The supergraph is not valid GraphQL: ${(error as Error).message}`);
  }
  const joinGraph = document.definitions.find((definition) => definition.kind === Kind.ENUM_TYPE_DEFINITION && definition.name.value === 'join__Graph');
  if (!joinGraph || joinGraph.kind !== Kind.ENUM_TYPE_DEFINITION) {
    throw new SupergraphError('The supergraph has no join__Graph enum: is it a composed Federation 2 supergraph?');
  }
  return (joinGraph.values ?? []).map((value) => {
    const directive = value.directives?.find((d) => d.name.value === 'join__graph');
    const argument = (name: string) => (directive?.arguments?.find((a) => a.name.value === name)?.value as StringValueNode | undefined)?.value;
    const name = argument('name');
    const url = argument('url');
    if (!name || !url) throw new SupergraphError(`join__Graph.${value.name.value} lacks its name or url`);
    return { name, url };
  });
}
