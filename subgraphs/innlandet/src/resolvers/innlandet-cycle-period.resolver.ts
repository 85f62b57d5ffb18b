import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { InnlandetContext } from '../context';
import { InnlandetCycleActivity, InnlandetCyclePeriod } from '../entities';

@Resolver(() => InnlandetCyclePeriod)
export class InnlandetCyclePeriodResolver {
  @FieldResolver(() => [InnlandetCycleActivity], { description: 'The activities of the period, in the order the cycle lists them.' })
  activities(@Root() period: InnlandetCyclePeriod, @Ctx() ctx: InnlandetContext): Promise<readonly InnlandetCycleActivity[]> {
    return ctx.innlandet.activitiesByPeriod.load(period.id);
  }
}
