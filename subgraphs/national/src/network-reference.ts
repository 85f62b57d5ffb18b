import { HealthRegion } from '@pallnet/contract';
import { Directive, Field, ID, InterfaceType, ObjectType } from 'type-graphql';

/**
 * The national subgraph only knows that a network exists and which concrete type its region
 * resolves: it answers with references ({ __typename, id }) and the gateway fetches everything
 * else from the regions, all of them in parallel.
 */
@InterfaceType('Network', { resolveType: (value: NetworkReference) => value.__typename })
export abstract class NetworkReference {
  @Field(() => ID)
  id!: string;

  __typename!: string;
}

/** The concrete network type each region defines and resolves. */
export const NETWORK_TYPE_BY_REGION: Record<HealthRegion, string> = {
  [HealthRegion.VEST]: 'VestNetwork',
  [HealthRegion.INNLANDET]: 'InnlandetNetwork',
  [HealthRegion.MIDT]: 'MidtNetwork',
  [HealthRegion.SOR_OST]: 'SorOstNetwork',
};

function referenceType(typeName: string) {
  @Directive('@key(fields: "id", resolvable: false)')
  @ObjectType(typeName, { implements: NetworkReference })
  class RegionalNetworkReference extends NetworkReference {}
  return RegionalNetworkReference;
}

export const networkReferenceTypes = Object.values(NETWORK_TYPE_BY_REGION).map(referenceType);

export function networkReference(entry: { id: string; typeName: string }): NetworkReference {
  return { id: entry.id, __typename: entry.typeName };
}
