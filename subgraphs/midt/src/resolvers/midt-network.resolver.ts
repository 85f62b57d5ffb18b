import { OrganisationalUnit } from '@pallnet/contract';
import type { UnitBase } from '@pallnet/regional-kit';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { MidtContext } from '../context';
import { MidtHistoricalMunicipality, MidtMandateDuty, MidtNetwork, MidtParticipant, MidtPrecedingDocument, MidtWebPage } from '../entities';

/** Midt's own variant fields; the national contract's fields come from the regional kit. */
@Resolver(() => MidtNetwork)
export class MidtNetworkResolver {
  @FieldResolver(() => OrganisationalUnit, {
    nullable: true,
    description: 'The professional council (fagråd) the network is tied to and reports to every year.',
  })
  reportsTo(@Root() network: MidtNetwork, @Ctx() ctx: MidtContext): Promise<UnitBase | null> | null {
    return network.reportsToUnitId ? ctx.loaders.unit.load(network.reportsToUnitId) : null;
  }

  @FieldResolver(() => [MidtParticipant], { description: 'Deltagere: the participant groups and the organisations also represented in the network.' })
  participants(@Root() network: MidtNetwork, @Ctx() ctx: MidtContext): Promise<readonly MidtParticipant[]> {
    return ctx.midt.participantsByNetwork.load(network.id);
  }

  @FieldResolver(() => [MidtMandateDuty], {
    description: 'Mandat: what the network is charged with, point by point (study days, information, yearly summary).',
  })
  mandate(@Root() network: MidtNetwork, @Ctx() ctx: MidtContext): Promise<readonly MidtMandateDuty[]> {
    return ctx.midt.mandateByNetwork.load(network.id);
  }

  @FieldResolver(() => [MidtWebPage], {
    description: 'The web pages and documents the description links: shared cooperation pages, members list, service agreement.',
  })
  webPages(@Root() network: MidtNetwork, @Ctx() ctx: MidtContext): Promise<readonly MidtWebPage[]> {
    return ctx.midt.webPagesByNetwork.load(network.id);
  }

  @FieldResolver(() => [MidtPrecedingDocument], {
    description: 'Aktuelle dokumenter som ligger forut for tjenesteavtalen: the guidelines, strategies and plans it builds on.',
  })
  precedingDocuments(@Root() network: MidtNetwork, @Ctx() ctx: MidtContext): Promise<readonly MidtPrecedingDocument[]> {
    return ctx.midt.precedingDocumentsByNetwork.load(network.id);
  }

  @FieldResolver(() => [MidtHistoricalMunicipality], {
    description: "Every unit's municipalities under the names the document uses, with their numbers before and after the 2018 and 2020 reforms.",
  })
  historicalMunicipalities(@Root() network: MidtNetwork, @Ctx() ctx: MidtContext): Promise<readonly MidtHistoricalMunicipality[]> {
    return ctx.midt.historicalMunicipalitiesByNetwork.load(network.id);
  }
}
