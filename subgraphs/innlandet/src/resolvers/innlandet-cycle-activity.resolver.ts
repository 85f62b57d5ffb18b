import { OrganisationalUnit } from '@pallnet/contract';
import type { UnitBase } from '@pallnet/regional-kit';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { InnlandetContext } from '../context';
import { InnlandetCycleActivity } from '../entities';
import { loadUnits } from './load-units';

@Resolver(() => InnlandetCycleActivity)
export class InnlandetCycleActivityResolver {
  @FieldResolver(() => [OrganisationalUnit], { description: 'The units the activity names (whose meeting it is, or who takes part).' })
  units(@Root() activity: InnlandetCycleActivity, @Ctx() ctx: InnlandetContext): Promise<UnitBase[]> {
    return loadUnits(activity.networkId, activity.unitIds, ctx);
  }
}
