import { HealthRegion, RegionalHealthAuthority } from '@pallnet/contract';
import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { NationalContext } from '../context';
import { NetworkCatalogEntry } from '../entities';
import { networkReference, NetworkReference } from '../network-reference';

@Resolver()
export class NetworkCatalogResolver {
  @Query(() => [NetworkReference], {
    nullable: 'items',
    description:
      "All networks of all regions, or of one region, or of one regional health authority (both filters: networks matching both). An entry is null when its region's subgraph cannot answer; the response then carries an error naming that region, and every other region's networks are complete.",
  })
  async networks(
    @Ctx() { em }: NationalContext,
    @Arg('region', () => HealthRegion, { nullable: true }) region?: HealthRegion | null,
    @Arg('regionalHealthAuthority', () => RegionalHealthAuthority, { nullable: true, description: 'Only the networks of this regional health authority (RHF).' })
    regionalHealthAuthority?: RegionalHealthAuthority | null,
  ): Promise<NetworkReference[]> {
    const where = { ...(region ? { region } : {}), ...(regionalHealthAuthority ? { regionalHealthAuthority } : {}) };
    const entries = await em.find(NetworkCatalogEntry, where, { orderBy: { region: 'asc', id: 'asc' } });
    return entries.map(networkReference);
  }

  @Query(() => NetworkReference, { nullable: true })
  async network(@Ctx() { em }: NationalContext, @Arg('id', () => ID) id: string): Promise<NetworkReference | null> {
    const entry = await em.findOne(NetworkCatalogEntry, { id });
    return entry ? networkReference(entry) : null;
  }
}
