import { HealthRegion } from '@pallnet/contract';
import { readAll, readWhereIn } from '@pallnet/subgraph-kit';
import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { NationalContext } from '../context';
import { NetworkCatalogEntry } from '../entities';
import { networkReference, NetworkReference } from '../network-reference';

@Resolver()
export class NetworkCatalogResolver {
  @Query(() => [NetworkReference], {
    nullable: 'items',
    description:
      "All networks of all regions, or of one region. An entry is null when its region's subgraph cannot answer; the response then carries an error naming that region, and every other region's networks are complete.",
  })
  async networks(
    @Ctx() { em }: NationalContext,
    @Arg('region', () => HealthRegion, { nullable: true }) region?: HealthRegion | null,
  ): Promise<NetworkReference[]> {
    const order = [['region', 'asc'], ['id', 'asc']] as const;
    const entries = region ? await readWhereIn(em, NetworkCatalogEntry, 'region', [region], order) : await readAll(em, NetworkCatalogEntry, order);
    return entries.map(networkReference);
  }

  @Query(() => NetworkReference, { nullable: true })
  async network(@Ctx() { em }: NationalContext, @Arg('id', () => ID) id: string): Promise<NetworkReference | null> {
    const [entry] = await readWhereIn(em, NetworkCatalogEntry, 'id', [id]);
    return entry ? networkReference(entry) : null;
  }
}
