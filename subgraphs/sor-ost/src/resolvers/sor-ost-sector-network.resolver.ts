import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { SorOstContext } from '../context';
import { SorOstLeadershipTerm, SorOstSectorNetwork } from '../entities';

@Resolver(() => SorOstSectorNetwork)
export class SorOstSectorNetworkResolver {
  @FieldResolver(() => [SorOstLeadershipTerm], { description: 'Every leader the report names for the sector network, earliest first.' })
  async leadership(@Root() sector: SorOstSectorNetwork, @Ctx() ctx: SorOstContext): Promise<SorOstLeadershipTerm[]> {
    const terms = await ctx.sorOst.leadershipByNetwork.load(sector.networkId);
    return terms.filter((t) => t.unitId === sector.id);
  }

  @FieldResolver(() => SorOstLeadershipTerm, { nullable: true, description: 'The leader at the end of the report year.' })
  async leader(@Root() sector: SorOstSectorNetwork, @Ctx() ctx: SorOstContext): Promise<SorOstLeadershipTerm | null> {
    const terms = await ctx.sorOst.leadershipByNetwork.load(sector.networkId);
    return terms.find((t) => t.unitId === sector.id && t.current) ?? null;
  }
}
