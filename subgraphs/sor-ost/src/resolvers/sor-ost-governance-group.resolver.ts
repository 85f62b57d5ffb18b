import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { SorOstContext } from '../context';
import { SorOstGroupMember, SorOstOperationsGroup, SorOstSteeringGroup, SorOstUnit } from '../entities';

/*
 * The steering and operations groups both list their named members; the sector networks do not
 * (their members are counted, not named), so these fields are on the two group types only.
 */

async function membersOf(group: SorOstUnit, ctx: SorOstContext): Promise<SorOstGroupMember[]> {
  const members = await ctx.sorOst.groupMembersByNetwork.load(group.networkId);
  return members.filter((m) => m.unitId === group.id);
}

async function memberWithFunction(group: SorOstUnit, ctx: SorOstContext, fn: string): Promise<SorOstGroupMember | null> {
  return (await membersOf(group, ctx)).find((m) => m.function === fn) ?? null;
}

@Resolver(() => SorOstSteeringGroup)
export class SorOstSteeringGroupResolver {
  @FieldResolver(() => [SorOstGroupMember], { description: "The group's composition as the report gives it (pr. 31.12.2021)." })
  members(@Root() group: SorOstSteeringGroup, @Ctx() ctx: SorOstContext): Promise<SorOstGroupMember[]> {
    return membersOf(group, ctx);
  }

  @FieldResolver(() => SorOstGroupMember, { nullable: true, description: "The member whose function is 'Leder'." })
  leader(@Root() group: SorOstSteeringGroup, @Ctx() ctx: SorOstContext): Promise<SorOstGroupMember | null> {
    return memberWithFunction(group, ctx, 'Leder');
  }
}

@Resolver(() => SorOstOperationsGroup)
export class SorOstOperationsGroupResolver {
  @FieldResolver(() => [SorOstGroupMember], { description: "The group's composition as the report gives it (pr. 31.12.2021)." })
  members(@Root() group: SorOstOperationsGroup, @Ctx() ctx: SorOstContext): Promise<SorOstGroupMember[]> {
    return membersOf(group, ctx);
  }

  @FieldResolver(() => SorOstGroupMember, { nullable: true, description: "The member whose function is 'Leder'." })
  leader(@Root() group: SorOstOperationsGroup, @Ctx() ctx: SorOstContext): Promise<SorOstGroupMember | null> {
    return memberWithFunction(group, ctx, 'Leder');
  }

  @FieldResolver(() => SorOstGroupMember, { nullable: true, description: "The member whose function is 'Nestleder'." })
  deputyLeader(@Root() group: SorOstOperationsGroup, @Ctx() ctx: SorOstContext): Promise<SorOstGroupMember | null> {
    return memberWithFunction(group, ctx, 'Nestleder');
  }
}
