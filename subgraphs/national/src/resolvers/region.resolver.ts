import { readAll } from '@pallnet/subgraph-kit';
import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { NationalContext } from '../context';
import { Region } from '../entities';
import { networkReference, NetworkReference } from '../network-reference';

@Resolver(() => Region)
export class RegionResolver {
  @Query(() => [Region])
  regions(@Ctx() { em }: NationalContext): Promise<Region[]> {
    return readAll(em, Region, [['code', 'asc']]);
  }

  @FieldResolver(() => [NetworkReference], { nullable: 'items', description: 'As Query.networks: null entries for a region that cannot answer.' })
  async networks(@Root() region: Region, @Ctx() { loaders }: NationalContext): Promise<NetworkReference[]> {
    const entries = await loaders.catalogByRegion.load(region.code);
    return entries.map(networkReference);
  }
}
