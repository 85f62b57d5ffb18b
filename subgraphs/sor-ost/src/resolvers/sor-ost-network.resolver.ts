import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { SorOstContext } from '../context';
import {
  SorOstActivityReport,
  SorOstAgreementMilestone,
  SorOstExternalActivity,
  SorOstGoal,
  SorOstGoalKind,
  SorOstGoverningDocument,
  SorOstHistoryEntry,
  SorOstNetwork,
  SorOstTalk,
} from '../entities';
import { SorOstFunding } from '../types/sor-ost-funding.type';

/** Sør-Øst's own variant fields; the national contract's fields come from the regional kit. */
@Resolver(() => SorOstNetwork)
export class SorOstNetworkResolver {
  @FieldResolver(() => [SorOstHistoryEntry], {
    description: "Historisk forankring: founding in 2001, the split into four local networks, the merger into today's sectors.",
  })
  history(@Root() network: SorOstNetwork, @Ctx() ctx: SorOstContext): Promise<readonly SorOstHistoryEntry[]> {
    return ctx.sorOst.historyByNetwork.load(network.id);
  }

  @FieldResolver(() => [SorOstAgreementMilestone], { description: 'When the anchoring agreement was adopted and revised, by whom, and what changed.' })
  agreementMilestones(@Root() network: SorOstNetwork, @Ctx() ctx: SorOstContext): Promise<readonly SorOstAgreementMilestone[]> {
    return ctx.sorOst.agreementMilestonesByNetwork.load(network.id);
  }

  @FieldResolver(() => [SorOstGoverningDocument], {
    description: 'Nettverket arbeider etter føringer fra: the agreement, guidelines, white papers and acts the network works by.',
  })
  governingDocuments(@Root() network: SorOstNetwork, @Ctx() ctx: SorOstContext): Promise<readonly SorOstGoverningDocument[]> {
    return ctx.sorOst.governingDocumentsByNetwork.load(network.id);
  }

  @FieldResolver(() => [SorOstGoal], {
    description: 'Main goals and sub-goals, with the year each was carried over to; filtered by kind and by the year set for.',
  })
  async goals(
    @Root() network: SorOstNetwork,
    @Ctx() ctx: SorOstContext,
    @Arg('kind', () => SorOstGoalKind, { nullable: true }) kind?: SorOstGoalKind | null,
    @Arg('year', () => Int, { nullable: true }) year?: number | null,
  ): Promise<SorOstGoal[]> {
    const goals = await ctx.sorOst.goalsByNetwork.load(network.id);
    return goals.filter((g) => (!kind || g.kind === kind) && (year === undefined || year === null || g.year === year));
  }

  @FieldResolver(() => [SorOstActivityReport], {
    description: "The whole network's own report sections by year (Nettverkenes aktiviteter); units have theirs on the unit.",
  })
  async activityReports(
    @Root() network: SorOstNetwork,
    @Ctx() ctx: SorOstContext,
    @Arg('year', () => Int, { nullable: true }) year?: number | null,
  ): Promise<SorOstActivityReport[]> {
    const reports = await ctx.sorOst.activityReportsByNetwork.load(network.id);
    return reports.filter((r) => r.unitId === null && (year === undefined || year === null || r.year === year));
  }

  @FieldResolver(() => [SorOstExternalActivity], { description: 'Courses and gatherings arranged by others that members or leaders took part in.' })
  async externalActivities(
    @Root() network: SorOstNetwork,
    @Ctx() ctx: SorOstContext,
    @Arg('year', () => Int, { nullable: true }) year?: number | null,
  ): Promise<SorOstExternalActivity[]> {
    const activities = await ctx.sorOst.externalActivitiesByNetwork.load(network.id);
    return activities.filter((a) => year === undefined || year === null || a.year === year);
  }

  @FieldResolver(() => [SorOstTalk], { description: "The programme of the network's study days: each theme with its speakers." })
  talks(@Root() network: SorOstNetwork, @Ctx() ctx: SorOstContext): Promise<readonly SorOstTalk[]> {
    return ctx.sorOst.talksByNetwork.load(network.id);
  }

  @FieldResolver(() => [SorOstFunding], { description: 'Grants with how they were paid and settled (the national annualReport.funding without the remarks).' })
  async fundingDetails(
    @Root() network: SorOstNetwork,
    @Ctx() ctx: SorOstContext,
    @Arg('year', () => Int, { nullable: true }) year?: number | null,
  ): Promise<SorOstFunding[]> {
    const records = await ctx.loaders.fundingByNetwork.load(network.id);
    return records
      .filter((r) => year === undefined || year === null || r.year === year)
      .map((r) => ({ year: r.year, source: r.source, amountNok: r.amountNok, purpose: r.purpose, note: r.note }));
  }
}
