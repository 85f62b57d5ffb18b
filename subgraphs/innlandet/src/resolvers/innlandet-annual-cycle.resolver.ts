import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { InnlandetContext } from '../context';
import { InnlandetAnnualCycle, InnlandetCyclePeriod } from '../entities';

@Resolver(() => InnlandetAnnualCycle)
export class InnlandetAnnualCycleResolver {
  @FieldResolver(() => [InnlandetCyclePeriod], { description: 'The periods of the year, in calendar order.' })
  periods(@Root() cycle: InnlandetAnnualCycle, @Ctx() ctx: InnlandetContext): Promise<readonly InnlandetCyclePeriod[]> {
    return ctx.innlandet.periodsByCycle.load(cycle.id);
  }
}
