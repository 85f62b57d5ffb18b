import { HealthRegion, RegionalHealthAuthority } from '@pallnet/contract';
import { MAX_PAGE_SIZE, Page, PageArgs, pageOf, pageType, readAll, readWhereIn } from '@pallnet/subgraph-kit';
import { Arg, Args, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { NationalContext } from '../context';
import { NetworkCatalogEntry } from '../entities';
import { networkReference, NetworkReference } from '../network-reference';

const NetworkPage = pageType('NetworkPage', NetworkReference, {
  nullableItems: true,
  description: "A page of the national catalog's networks, in the order of `networks`. An entry is null when its region's subgraph cannot answer.",
});

const catalogOrder = [
  ['region', 'asc'],
  ['id', 'asc'],
] as const;

async function catalog(
  { em }: NationalContext,
  region: HealthRegion | null | undefined,
  regionalHealthAuthority: RegionalHealthAuthority | null | undefined,
): Promise<NetworkCatalogEntry[]> {
  const entries = region ? await readWhereIn(em, NetworkCatalogEntry, 'region', [region], catalogOrder) : await readAll(em, NetworkCatalogEntry, catalogOrder);
  return regionalHealthAuthority ? entries.filter((entry) => entry.regionalHealthAuthority === regionalHealthAuthority) : entries;
}

@Resolver()
export class NetworkCatalogResolver {
  @Query(() => [NetworkReference], {
    nullable: 'items',
    description:
      "All networks of all regions, or of one region, or of one regional health authority (both filters: networks matching both). An entry is null when its region's subgraph cannot answer; the response then carries an error naming that region, and every other region's networks are complete.",
  })
  async networks(
    @Ctx() ctx: NationalContext,
    @Arg('region', () => HealthRegion, { nullable: true }) region?: HealthRegion | null,
    @Arg('regionalHealthAuthority', () => RegionalHealthAuthority, {
      nullable: true,
      description: 'Only the networks of this regional health authority (RHF).',
    })
    regionalHealthAuthority?: RegionalHealthAuthority | null,
  ): Promise<NetworkReference[]> {
    return (await catalog(ctx, region, regionalHealthAuthority)).map(networkReference);
  }

  @Query(() => NetworkPage, {
    description: `Networks a page at a time (at most ${MAX_PAGE_SIZE} per page), with how many there are: for clients that list every network at national scale.`,
  })
  async networkPage(
    @Ctx() ctx: NationalContext,
    @Arg('region', () => HealthRegion, { nullable: true }) region: HealthRegion | null | undefined,
    @Arg('regionalHealthAuthority', () => RegionalHealthAuthority, {
      nullable: true,
      description: 'Only the networks of this regional health authority (RHF).',
    })
    regionalHealthAuthority: RegionalHealthAuthority | null | undefined,
    @Args() page: PageArgs,
  ): Promise<Page<NetworkReference>> {
    // The catalog is one short row per network; the regions then resolve only the page's networks.
    return pageOf((await catalog(ctx, region, regionalHealthAuthority)).map(networkReference), page);
  }

  @Query(() => NetworkReference, { nullable: true })
  async network(@Ctx() { em }: NationalContext, @Arg('id', () => ID) id: string): Promise<NetworkReference | null> {
    const [entry] = await readWhereIn(em, NetworkCatalogEntry, 'id', [id]);
    return entry ? networkReference(entry) : null;
  }
}
