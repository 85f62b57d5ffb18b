import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { MidtContext } from '../context';
import { MidtHistoricalMunicipality, MidtLocalResourceGroup } from '../entities';

@Resolver(() => MidtLocalResourceGroup)
export class MidtLocalResourceGroupResolver {
  @FieldResolver(() => [MidtHistoricalMunicipality], {
    description:
      "The group's municipalities under the names the document uses (Nærøy, Vikna, …), with their numbers before and after the 2018 and 2020 reforms.",
  })
  async historicalMunicipalities(@Root() group: MidtLocalResourceGroup, @Ctx() ctx: MidtContext): Promise<MidtHistoricalMunicipality[]> {
    // Loaded per network, so every group of a request shares one statement.
    const rows = await ctx.midt.historicalMunicipalitiesByNetwork.load(group.networkId);
    return rows.filter((row) => row.unitId === group.id);
  }
}
