import { Field, ID, Int, InterfaceType } from 'type-graphql';
import { GovernanceLevel, HealthRegion } from './enums';
import { MunicipalityReference } from './municipality';
import { Agreement, SourceNote } from './value-types';

/*
 * The two interfaces of the national contract. Each region implements them with its own
 * concrete types. The fields that take arguments (memberCount, events, annualReport) are
 * declared by the interface resolvers in @pallnet/regional-kit: a type-graphql method field
 * here would shadow those resolvers.
 */

@InterfaceType({
  description: "A unit of a network's organisation, at the national level its region's kind of unit corresponds to.",
})
export abstract class OrganisationalUnit {
  @Field(() => ID)
  id!: string;

  @Field({ description: "Verbatim, e.g. 'Nettverksgruppe Sandnes', 'Klinisk utvalg', 'Lovisenberg sektor'." })
  name!: string;

  @Field({ description: "The region's own word for this kind of unit, e.g. Nettverksgruppe, Sektornettverk, Fagråd." })
  localTerm!: string;

  @Field(() => GovernanceLevel)
  level!: GovernanceLevel;

  @Field(() => OrganisationalUnit, { nullable: true, description: 'The unit this one reports to; null at the top.' })
  parent!: OrganisationalUnit | null;

  @Field({ description: 'True when the source does not state the link to parent and it is inferred (parentNote says from what).' })
  parentInferred!: boolean;

  @Field(() => String, { nullable: true, description: 'How the link to parent was inferred, where the source does not state it; null where it does.' })
  parentNote!: string | null;

  @Field(() => Int, { nullable: true, description: "Meetings a year that the unit's mandate or plan asks for; null where none is set." })
  plannedMeetingsPerYear!: number | null;

  @Field(() => [MunicipalityReference])
  municipalities!: MunicipalityReference[];

  @Field(() => Int, { description: "Goes up by one with every change; an editor's update must name the version it read." })
  version!: number;
}

@InterfaceType({
  description: "A competence network. Concrete types: VestNetwork, InnlandetNetwork, MidtNetwork, SorOstNetwork, each resolved by its own region's subgraph.",
})
export abstract class Network {
  @Field(() => ID)
  id!: string;

  @Field({
    description: "The network's own Norwegian name, verbatim from its documents; where they give it no name of its own, sourceNotes says how it was taken.",
  })
  name!: string;

  @Field(() => HealthRegion)
  region!: HealthRegion;

  @Field({ description: 'e.g. Helse Stavanger HF.' })
  healthTrust!: string;

  @Field(() => Int, { nullable: true, description: 'Year the network was established; null where the sources do not say.' })
  established!: number | null;

  @Field(() => [Agreement], { description: 'What anchors the network (agreements, sub-agreements, mandates).' })
  agreements!: Agreement[];

  @Field(() => [OrganisationalUnit], { description: "Every unit at every level: the national view of the region's own organisation." })
  units!: OrganisationalUnit[];

  @Field(() => [MunicipalityReference], { description: 'Municipalities the network covers.' })
  municipalities!: MunicipalityReference[];

  @Field(() => [SourceNote], {
    description:
      "Values of this network that its documents do not state in these words (a name, a health trust), and how they were arrived at; empty when every value is the documents' own.",
  })
  sourceNotes!: SourceNote[];
}
