import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { SorOstContext } from '../context';
import { SorOstActivityReport, SorOstUnit } from '../entities';

/** Fields every Sør-Øst unit type inherits from SorOstUnit. */
@Resolver(() => SorOstUnit)
export class SorOstUnitResolver {
  @FieldResolver(() => [SorOstActivityReport], {
    description: "The unit's work by year in the report's own sections (arbeid i 2021, Aktivitet i nettverket, Samlinger, …).",
  })
  async activityReports(
    @Root() unit: SorOstUnit,
    @Ctx() ctx: SorOstContext,
    @Arg('year', () => Int, { nullable: true }) year?: number | null,
  ): Promise<SorOstActivityReport[]> {
    const reports = await ctx.sorOst.activityReportsByNetwork.load(unit.networkId);
    return reports.filter((r) => r.unitId === unit.id && (year === undefined || year === null || r.year === year));
  }
}
