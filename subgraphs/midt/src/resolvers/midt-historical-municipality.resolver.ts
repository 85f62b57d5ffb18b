import { MunicipalityReference, OrganisationalUnit } from '@pallnet/contract';
import type { UnitBase } from '@pallnet/regional-kit';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { MidtContext } from '../context';
import { MidtHistoricalMunicipality } from '../entities';

@Resolver(() => MidtHistoricalMunicipality)
export class MidtHistoricalMunicipalityResolver {
  @FieldResolver(() => MunicipalityReference, { description: "Today's municipality in the national register (kommunenummer from 2020)." })
  municipality(@Root() row: MidtHistoricalMunicipality): MunicipalityReference {
    return { number: row.numberFrom2020 };
  }

  @FieldResolver(() => OrganisationalUnit, { description: 'The unit whose municipality it is.' })
  async unit(@Root() row: MidtHistoricalMunicipality, @Ctx() ctx: MidtContext): Promise<UnitBase> {
    const unit = await ctx.loaders.unit.load(row.unitId);
    // The foreign key keeps the unit; a missing one means the data is broken, not that it is unknown.
    if (!unit) throw new Error(`Unit ${row.unitId} of historical municipality ${row.name} does not exist`);
    return unit;
  }
}
