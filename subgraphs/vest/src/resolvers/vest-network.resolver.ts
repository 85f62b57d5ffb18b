import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { VestContext } from '../context';
import { VestNetwork, VestObligation } from '../entities';

/** Vest's own variant fields; the national contract's fields come from the regional kit. */
@Resolver(() => VestNetwork)
export class VestNetworkResolver {
  @FieldResolver(() => [VestObligation], { description: 'The duties of each level (section 8): meetings, study days, reporting.' })
  obligations(@Root() network: VestNetwork, @Ctx() ctx: VestContext): Promise<readonly VestObligation[]> {
    return ctx.vest.obligationsByNetwork.load(network.id);
  }
}
