import { OrganisationalUnit } from '@pallnet/contract';
import type { UnitBase } from '@pallnet/regional-kit';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { InnlandetContext } from '../context';
import { InnlandetMeetingRule } from '../entities';
import { loadUnit, loadUnits } from './load-units';

@Resolver(() => InnlandetMeetingRule)
export class InnlandetMeetingRuleResolver {
  @FieldResolver(() => OrganisationalUnit, { description: 'The unit whose meetings the rule sets.' })
  async unit(@Root() rule: InnlandetMeetingRule, @Ctx() ctx: InnlandetContext): Promise<UnitBase> {
    const [unit] = await loadUnits(rule.networkId, [rule.unitId], ctx);
    return unit;
  }

  @FieldResolver(() => OrganisationalUnit, { nullable: true, description: 'The unit some of the meetings are held jointly with; null when none.' })
  jointWith(@Root() rule: InnlandetMeetingRule, @Ctx() ctx: InnlandetContext): Promise<UnitBase | null> {
    return loadUnit(rule.networkId, rule.jointWithUnitId, ctx);
  }
}
