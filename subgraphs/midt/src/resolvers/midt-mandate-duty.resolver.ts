import { OrganisationalUnit } from '@pallnet/contract';
import type { UnitBase } from '@pallnet/regional-kit';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { MidtContext } from '../context';
import { MidtMandateDuty } from '../entities';

@Resolver(() => MidtMandateDuty)
export class MidtMandateDutyResolver {
  @FieldResolver(() => OrganisationalUnit, {
    nullable: true,
    description: 'The unit on the other side of the duty: the council the yearly summary is sent to, or that may give the network assignments.',
  })
  counterpart(@Root() duty: MidtMandateDuty, @Ctx() ctx: MidtContext): Promise<UnitBase | null> | null {
    return duty.counterpartUnitId ? ctx.loaders.unit.load(duty.counterpartUnitId) : null;
  }
}
