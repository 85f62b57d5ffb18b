import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { InnlandetContext } from '../context';
import { InnlandetActionPlan, InnlandetFocusArea } from '../entities';

@Resolver(() => InnlandetActionPlan)
export class InnlandetActionPlanResolver {
  @FieldResolver(() => [InnlandetFocusArea], { description: "The plan's focus areas (satsingsområder), in the plan's order." })
  focusAreas(@Root() plan: InnlandetActionPlan, @Ctx() ctx: InnlandetContext): Promise<readonly InnlandetFocusArea[]> {
    return ctx.innlandet.focusAreasByPlan.load(plan.id);
  }
}
