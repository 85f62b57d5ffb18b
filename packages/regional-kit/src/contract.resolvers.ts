import {
  Agreement,
  AnnualReport,
  Coverage,
  DateScalar,
  Event,
  EventKind,
  HospitalUnit,
  MemberFigure,
  MunicipalityReference,
  Network,
  OrganisationalUnit,
} from '@pallnet/contract';
import { derivedFromRows, MAX_PAGE_SIZE, Page, PageArgs, pageOf, pageType } from '@pallnet/subgraph-kit';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { requireRegisterReader } from './access';
import type { RegionalContext } from './context';
import type { NetworkBase } from './entities/network-base';
import { ResourcePerson } from './entities/resource-person.entity';
import type { UnitBase } from './entities/unit-base';
import { appointedOn, buildCoverage, memberFigure, RegisterRecords, toContractHospitalUnit } from './register';
import { buildAnnualReport, filterEvents, NetworkRecords, toContractEvent } from './template';

/*
 * The national contract, resolved the same way in every region: these are interface resolvers,
 * so they serve each region's own network and unit types. They also declare the interface
 * fields that take arguments (memberCount, events, annualReport).
 */

async function loadRegister(networkId: string, { loaders }: RegionalContext): Promise<RegisterRecords> {
  const [persons, memberships, hospitalUnits, municipalities] = await Promise.all([
    loaders.resourcePersonsByNetwork.load(networkId),
    loaders.membershipsByNetwork.load(networkId),
    loaders.hospitalUnitsByNetwork.load(networkId),
    loaders.municipalitiesByNetwork.load(networkId),
  ]);
  return { persons, memberships, hospitalUnits, municipalities };
}

async function loadRecords(networkId: string, ctx: RegionalContext): Promise<NetworkRecords> {
  const { loaders } = ctx;
  const [units, figures, events, yearReports, focusAreas, funding, jobShadowing, register] = await Promise.all([
    loaders.unitsByNetwork.load(networkId),
    loaders.figuresByNetwork.load(networkId),
    loaders.eventsByNetwork.load(networkId),
    loaders.yearReportsByNetwork.load(networkId),
    loaders.focusAreasByNetwork.load(networkId),
    loaders.fundingByNetwork.load(networkId),
    loaders.jobShadowingByNetwork.load(networkId),
    loadRegister(networkId, ctx),
  ]);
  return { units, figures, events, yearReports, focusAreas, funding, jobShadowing, ...register };
}

/** Members of the network (unitId null) or a unit, from the register where it has data, else reported. */
async function loadMemberFigure(networkId: string, unitId: string | null, ctx: RegionalContext, year?: number | null): Promise<MemberFigure | null> {
  const count = async () => {
    const [figures, persons, memberships] = await Promise.all([
      ctx.loaders.figuresByNetwork.load(networkId),
      ctx.loaders.resourcePersonsByNetwork.load(networkId),
      ctx.loaders.membershipsByNetwork.load(networkId),
    ]);
    return memberFigure(figures, { persons, memberships }, unitId, year);
  };
  // Without a year the count is for today: computed every time, never shared.
  if (year === null || year === undefined) return count();
  return derivedFromRows(ctx.em, `memberFigure ${networkId} ${unitId ?? ''} ${year}`, count);
}

function distinctMunicipalities(numbers: string[]): MunicipalityReference[] {
  return [...new Set(numbers)].sort().map((number) => ({ number }));
}

async function resourcePersons(network: NetworkBase, ctx: RegionalContext, activeOn: string | null | undefined): Promise<readonly ResourcePerson[]> {
  if (!activeOn) return ctx.loaders.resourcePersonsByNetwork.load(network.id);
  const [persons, memberships] = await Promise.all([ctx.loaders.resourcePersonsByNetwork.load(network.id), ctx.loaders.membershipsByNetwork.load(network.id)]);
  return appointedOn({ persons, memberships }, null, activeOn);
}

/** A network's events, filtered, by date. */
async function events(network: NetworkBase, ctx: RegionalContext, { from, to, kind }: EventArgs): Promise<Event[]> {
  const [records, units] = await Promise.all([ctx.loaders.eventsByNetwork.load(network.id), ctx.loaders.unitsByNetwork.load(network.id)]);
  const unitsById = new Map(units.map((u) => [u.id, u]));
  return filterEvents(records, { from, to, kind })
    .sort((a, b) => (a.date ?? `${a.year}`).localeCompare(b.date ?? `${b.year}`))
    .map((e) => toContractEvent(e, e.unitId ? (unitsById.get(e.unitId) ?? null) : null));
}

/** Declared as a class so the arguments keep the contract's order: from, to, kind. */
@ArgsType()
class EventArgs {
  @Field(() => DateScalar, { nullable: true })
  from?: string | null;

  @Field(() => DateScalar, { nullable: true })
  to?: string | null;

  @Field(() => EventKind, { nullable: true })
  kind?: EventKind | null;
}

const EventPage = pageType('EventPage', Event, { shareable: true, description: "A page of a network's events, in the order of `events`." });
const ResourcePersonPage = pageType('ResourcePersonPage', ResourcePerson, {
  shareable: true,
  description: "A page of a network's register of resource persons, in the order of `resourcePersons`.",
});

@Resolver(() => Network)
export class NetworkContractResolver {
  @FieldResolver(() => [Agreement])
  async agreements(@Root() network: NetworkBase, @Ctx() ctx: RegionalContext): Promise<Agreement[]> {
    const records = await ctx.loaders.agreementsByNetwork.load(network.id);
    return records.map((r) => ({
      title: r.title,
      adopted: r.adopted,
      revised: r.revised,
      kind: r.kind,
      partOf: r.partOf,
      parties: r.parties,
      inForceFrom: r.inForceFrom,
      note: r.note,
    }));
  }

  @FieldResolver(() => [OrganisationalUnit])
  units(@Root() network: NetworkBase, @Ctx() ctx: RegionalContext): Promise<readonly UnitBase[]> {
    return ctx.loaders.unitsByNetwork.load(network.id);
  }

  @FieldResolver(() => [MunicipalityReference])
  async municipalities(@Root() network: NetworkBase, @Ctx() ctx: RegionalContext): Promise<MunicipalityReference[]> {
    const rows = await ctx.loaders.municipalitiesByNetwork.load(network.id);
    return distinctMunicipalities(rows.map((r) => r.municipalityNumber));
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Members at 31 December of the year; the latest known figure when year is omitted.' })
  async memberCount(
    @Root() network: NetworkBase,
    @Ctx() ctx: RegionalContext,
    @Arg('year', () => Int, { nullable: true }) year?: number | null,
  ): Promise<number | null> {
    return (await loadMemberFigure(network.id, null, ctx, year))?.count ?? null;
  }

  @FieldResolver(() => MemberFigure, {
    nullable: true,
    description:
      'Members at 31 December of the year (today when year is omitted) and where the count comes from: the register of resource persons where it has anyone appointed on that day, else the reported figure; null when neither has one.',
  })
  memberFigure(
    @Root() network: NetworkBase,
    @Ctx() ctx: RegionalContext,
    @Arg('year', () => Int, { nullable: true }) year?: number | null,
  ): Promise<MemberFigure | null> {
    return loadMemberFigure(network.id, null, ctx, year);
  }

  @FieldResolver(() => Coverage, { description: "Coverage at 31 December of the year as the national template defines it, from the region's register." })
  async coverage(@Root() network: NetworkBase, @Ctx() ctx: RegionalContext, @Arg('year', () => Int) year: number): Promise<Coverage> {
    return derivedFromRows(ctx.em, `coverage ${network.id} ${year}`, async () => buildCoverage(await loadRegister(network.id, ctx), null, year));
  }

  @FieldResolver(() => [HospitalUnit], { description: 'The hospital units treating patients in need of palliative care, as the region has registered them.' })
  async hospitalUnits(@Root() network: NetworkBase, @Ctx() ctx: RegionalContext): Promise<HospitalUnit[]> {
    return (await ctx.loaders.hospitalUnitsByNetwork.load(network.id)).map(toContractHospitalUnit);
  }

  @FieldResolver(() => [ResourcePerson], {
    nullable: true,
    description:
      "The network's resource persons (personal data: for signed-in analysts and editors only), those appointed on activeOn when given. Email and phone only for the region's own editors.",
  })
  async resourcePersons(
    @Root() network: NetworkBase,
    @Ctx() ctx: RegionalContext,
    @Arg('activeOn', () => DateScalar, { nullable: true }) activeOn?: string | null,
  ): Promise<readonly ResourcePerson[]> {
    requireRegisterReader(ctx);
    return resourcePersons(network, ctx, activeOn);
  }

  @FieldResolver(() => ResourcePersonPage, {
    nullable: true,
    description: `The register as resourcePersons gives it, a page at a time (at most ${MAX_PAGE_SIZE} per page), with how many there are.`,
  })
  async resourcePersonPage(
    @Root() network: NetworkBase,
    @Ctx() ctx: RegionalContext,
    @Arg('activeOn', () => DateScalar, { nullable: true }) activeOn: string | null | undefined,
    @Args() page: PageArgs,
  ): Promise<Page<ResourcePerson>> {
    requireRegisterReader(ctx);
    return pageOf(await resourcePersons(network, ctx, activeOn), page);
  }

  @FieldResolver(() => [Event])
  events(@Root() network: NetworkBase, @Ctx() ctx: RegionalContext, @Args() filter: EventArgs): Promise<Event[]> {
    return events(network, ctx, filter);
  }

  @FieldResolver(() => EventPage, {
    description: `The events as events gives them, a page at a time (at most ${MAX_PAGE_SIZE} per page), with how many there are.`,
  })
  async eventPage(@Root() network: NetworkBase, @Ctx() ctx: RegionalContext, @Args() filter: EventArgs, @Args() page: PageArgs): Promise<Page<Event>> {
    return pageOf(await events(network, ctx, filter), page);
  }

  @FieldResolver(() => AnnualReport, {
    nullable: true,
    description: "The year's report in the shape of the national template; null if nothing is recorded.",
  })
  async annualReport(@Root() network: NetworkBase, @Ctx() ctx: RegionalContext, @Arg('year', () => Int) year: number): Promise<AnnualReport | null> {
    return derivedFromRows(ctx.em, `annualReport ${network.id} ${year}`, async () => buildAnnualReport(await loadRecords(network.id, ctx), year, null));
  }
}

@Resolver(() => OrganisationalUnit)
export class UnitContractResolver {
  @FieldResolver(() => OrganisationalUnit, { nullable: true })
  async parent(@Root() unit: UnitBase, @Ctx() ctx: RegionalContext): Promise<UnitBase | null> {
    return unit.parentId ? ctx.loaders.unit.load(unit.parentId) : null;
  }

  @FieldResolver(() => [MunicipalityReference])
  async municipalities(@Root() unit: UnitBase, @Ctx() ctx: RegionalContext): Promise<MunicipalityReference[]> {
    const rows = await ctx.loaders.municipalitiesByNetwork.load(unit.networkId);
    return distinctMunicipalities(rows.filter((r) => r.unitId === unit.id).map((r) => r.municipalityNumber));
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Members at 31 December of the year; the latest known figure when year is omitted.' })
  async memberCount(
    @Root() unit: UnitBase,
    @Ctx() ctx: RegionalContext,
    @Arg('year', () => Int, { nullable: true }) year?: number | null,
  ): Promise<number | null> {
    return (await loadMemberFigure(unit.networkId, unit.id, ctx, year))?.count ?? null;
  }

  @FieldResolver(() => MemberFigure, {
    nullable: true,
    description:
      "Members at 31 December of the year (today when year is omitted) and where the count comes from: the register's members of this unit where it has any, else the reported figure.",
  })
  memberFigure(
    @Root() unit: UnitBase,
    @Ctx() ctx: RegionalContext,
    @Arg('year', () => Int, { nullable: true }) year?: number | null,
  ): Promise<MemberFigure | null> {
    return loadMemberFigure(unit.networkId, unit.id, ctx, year);
  }
}

export const contractResolvers = [NetworkContractResolver, UnitContractResolver] as const;
