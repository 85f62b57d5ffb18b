import { HealthRegion, RegionalHealthAuthority } from '@pallnet/contract';
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

  @Field(() => RegionalHealthAuthority, {
    description: 'The regional health authority (RHF) the network belongs to, from the national catalog, e.g. HELSE_SOR_OST for both Innlandet and Oslo.',
  })
  regionalHealthAuthority!: RegionalHealthAuthority;

  __typename!: string;
}

/** The concrete network type each region defines and resolves. */
export const NETWORK_TYPE_BY_REGION: Record<HealthRegion, string> = {
  [HealthRegion.VEST]: 'VestNetwork',
  [HealthRegion.INNLANDET]: 'InnlandetNetwork',
  [HealthRegion.MIDT]: 'MidtNetwork',
  [HealthRegion.SOR_OST]: 'SorOstNetwork',
};

/**
 * The regional health authority of each region's networks, for catalog entries made without one
 * (the bench's synthetic networks). A region's own RHF: Innlandet is a region of this federation
 * but lies in Helse Sør-Øst («i region sør-øst», as its plan says).
 */
export const REGIONAL_HEALTH_AUTHORITY_OF_REGION: Record<HealthRegion, RegionalHealthAuthority> = {
  [HealthRegion.VEST]: RegionalHealthAuthority.HELSE_VEST,
  [HealthRegion.INNLANDET]: RegionalHealthAuthority.HELSE_SOR_OST,
  [HealthRegion.MIDT]: RegionalHealthAuthority.HELSE_MIDT_NORGE,
  [HealthRegion.SOR_OST]: RegionalHealthAuthority.HELSE_SOR_OST,
};

// Resolvable: the catalog answers regionalHealthAuthority for a network another subgraph returned.
function referenceType(typeName: string) {
  @Directive('@key(fields: "id")')
  @ObjectType(typeName, { implements: NetworkReference })
  class RegionalNetworkReference extends NetworkReference {}
  return RegionalNetworkReference;
}

export const networkReferenceTypes = Object.values(NETWORK_TYPE_BY_REGION).map(referenceType);

export function networkReference(entry: { id: string; typeName: string; regionalHealthAuthority: RegionalHealthAuthority }): NetworkReference {
  return { id: entry.id, __typename: entry.typeName, regionalHealthAuthority: entry.regionalHealthAuthority };
}
