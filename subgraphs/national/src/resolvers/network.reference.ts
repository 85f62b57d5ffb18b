import type { NationalContext } from '../context';
import { networkReference, NetworkReference } from '../network-reference';

/** A region's network, as another subgraph returned it: the catalog's own fields for it. */
export async function resolveNetworkReference(reference: { id: string }, { loaders }: NationalContext): Promise<NetworkReference | null> {
  const entry = await loaders.catalogEntry.load(reference.id);
  return entry ? networkReference(entry) : null;
}
