import {
  Agreement,
  AnnualReport,
  DateScalar,
  Event,
  EventKind,
  MunicipalityReference,
  Network,
  OrganisationalUnit,
} from '@pallnet/contract';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { RegionalContext } from './context';
import type { NetworkBase } from './entities/network-base';
import type { UnitBase } from './entities/unit-base';
import { buildAnnualReport, filterEvents, memberCount, NetworkRecords, toContractEvent } from './template';

/*
 * The national contract, resolved the same way in every region: these are interface resolvers,
 * so they serve each region's own network and unit types. They also declare the interface
 * fields that take arguments (memberCount, events, annualReport).
 */

async function loadRecords(networkId: string, { loaders }: RegionalContext): Promise<NetworkRecords> {
  const [units, figures, events, yearReports, focusAreas, funding, jobShadowing] = await Promise.all([
    loaders.unitsByNetwork.load(networkId),
    loaders.figuresByNetwork.load(networkId),
    loaders.eventsByNetwork.load(networkId),
    loaders.yearReportsByNetwork.load(networkId),
    loaders.focusAreasByNetwork.load(networkId),
    loaders.fundingByNetwork.load(networkId),
    loaders.jobShadowingByNetwork.load(networkId),
  ]);
  return { units, figures, events, yearReports, focusAreas, funding, jobShadowing };
}

function distinctMunicipalities(numbers: string[]): MunicipalityReference[] {
  return [...new Set(numbers)].sort().map((number) => ({ number }));
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
  units(@Root() network: NetworkBase, @Ctx() ctx: RegionalContext): Promise<UnitBase[]> {
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
    return memberCount(await ctx.loaders.figuresByNetwork.load(network.id), null, year);
  }

  @FieldResolver(() => [Event])
  async events(@Root() network: NetworkBase, @Ctx() ctx: RegionalContext, @Args() { from, to, kind }: EventArgs): Promise<Event[]> {
    const [events, units] = await Promise.all([
      ctx.loaders.eventsByNetwork.load(network.id),
      ctx.loaders.unitsByNetwork.load(network.id),
    ]);
    const unitsById = new Map(units.map((u) => [u.id, u]));
    return filterEvents(events, { from, to, kind })
      .sort((a, b) => (a.date ?? `${a.year}`).localeCompare(b.date ?? `${b.year}`))
      .map((e) => toContractEvent(e, e.unitId ? unitsById.get(e.unitId) ?? null : null));
  }

  @FieldResolver(() => AnnualReport, {
    nullable: true,
    description: "The year's report in the shape of the national template; null if nothing is recorded.",
  })
  async annualReport(
    @Root() network: NetworkBase,
    @Ctx() ctx: RegionalContext,
    @Arg('year', () => Int) year: number,
  ): Promise<AnnualReport | null> {
    return buildAnnualReport(await loadRecords(network.id, ctx), year, null);
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
    return memberCount(await ctx.loaders.figuresByNetwork.load(unit.networkId), unit.id, year);
  }
}

export const contractResolvers = [NetworkContractResolver, UnitContractResolver] as const;
