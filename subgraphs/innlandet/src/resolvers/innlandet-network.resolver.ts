import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { InnlandetContext } from '../context';
import {
  InnlandetActionPlan,
  InnlandetAnnualCycle,
  InnlandetDocumentCategory,
  InnlandetGoverningDocument,
  InnlandetMeetingRule,
  InnlandetNetwork,
} from '../entities';

/** Innlandet's own variant fields; the national contract's fields come from the regional kit. */
@Resolver(() => InnlandetNetwork)
export class InnlandetNetworkResolver {
  @FieldResolver(() => [InnlandetMeetingRule], {
    description: 'How often each committee meets, how many meetings are by video conference and which are joint.',
  })
  meetingRules(@Root() network: InnlandetNetwork, @Ctx() ctx: InnlandetContext): Promise<readonly InnlandetMeetingRule[]> {
    return ctx.innlandet.meetingRulesByNetwork.load(network.id);
  }

  @FieldResolver(() => InnlandetAnnualCycle, {
    nullable: true,
    description: 'Årshjul: the recurring activities by period of the year; null when none is recorded.',
  })
  async annualCycle(@Root() network: InnlandetNetwork, @Ctx() ctx: InnlandetContext): Promise<InnlandetAnnualCycle | null> {
    const [cycle] = await ctx.innlandet.annualCyclesByNetwork.load(network.id);
    return cycle ?? null;
  }

  @FieldResolver(() => [InnlandetActionPlan], { description: 'Every action plan (handlingsplan) of the network, oldest first.' })
  actionPlans(@Root() network: InnlandetNetwork, @Ctx() ctx: InnlandetContext): Promise<readonly InnlandetActionPlan[]> {
    return ctx.innlandet.actionPlansByNetwork.load(network.id);
  }

  @FieldResolver(() => InnlandetActionPlan, {
    nullable: true,
    description: 'The action plan covering the year; the latest plan when year is omitted; null when there is none.',
  })
  async actionPlan(
    @Root() network: InnlandetNetwork,
    @Ctx() ctx: InnlandetContext,
    @Arg('year', () => Int, { nullable: true }) year?: number | null,
  ): Promise<InnlandetActionPlan | null> {
    const plans = await ctx.innlandet.actionPlansByNetwork.load(network.id);
    if (year === undefined || year === null) {
      return [...plans].sort((a, b) => b.toYear - a.toYear)[0] ?? null;
    }
    return plans.find((plan) => plan.fromYear <= year && year <= plan.toYear) ?? null;
  }

  @FieldResolver(() => [InnlandetGoverningDocument], {
    description: 'Sentrale dokumenter og føringer: national documents, laws and local documents, in the order the plan lists them.',
  })
  async governingDocuments(
    @Root() network: InnlandetNetwork,
    @Ctx() ctx: InnlandetContext,
    @Arg('category', () => InnlandetDocumentCategory, { nullable: true }) category?: InnlandetDocumentCategory | null,
  ): Promise<readonly InnlandetGoverningDocument[]> {
    const documents = await ctx.innlandet.governingDocumentsByNetwork.load(network.id);
    return category ? documents.filter((document) => document.category === category) : documents;
  }
}
