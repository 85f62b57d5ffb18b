import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { InnlandetContext } from '../context';
import { InnlandetMeetingRule, InnlandetUnit } from '../entities';

/** Fields every Innlandet unit type has beside the national contract's. */
@Resolver(() => InnlandetUnit)
export class InnlandetUnitResolver {
  @FieldResolver(() => InnlandetMeetingRule, {
    nullable: true,
    description: "The annual cycle's rule for the unit's meetings (count, video conference, joint meetings); null where none is set.",
  })
  async meetingRule(@Root() unit: InnlandetUnit, @Ctx() ctx: InnlandetContext): Promise<InnlandetMeetingRule | null> {
    const rules = await ctx.innlandet.meetingRulesByNetwork.load(unit.networkId);
    return rules.find((rule) => rule.unitId === unit.id) ?? null;
  }
}
