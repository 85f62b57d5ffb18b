import { IsKnownMunicipality, RequiredText, TextList, UnitInput } from '@pallnet/regional-kit';
import { IsUrl, Max, MaxLength, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';

// Not emitted itself: it lends the fields every Midt unit has to the inputs below.
@InputType()
abstract class MidtUnitInput extends UnitInput {
  @Field(() => String, { nullable: true, description: 'Omtale: a description of the unit.' })
  @MaxLength(4000)
  description?: string | null;
}

@InputType({ description: 'A cooperation committee (PSU, ASU).' })
export class MidtCooperationCommitteeInput extends MidtUnitInput {
  @Field()
  @RequiredText(50)
  abbreviation!: string;

  @Field(() => Int, { nullable: true })
  @Min(0)
  @Max(1000)
  representativesChosenByMunicipalities?: number | null;

  @Field(() => Int, { nullable: true })
  @Min(0)
  @Max(1000)
  representativesChosenByHealthTrust?: number | null;

  @Field(() => [String], { nullable: true })
  @TextList(50, 255)
  alsoRepresented?: string[] | null;
}

@InputType({ description: 'The professional council (fagråd) of a service agreement.' })
export class MidtProfessionalCouncilInput extends MidtUnitInput {
  @Field(() => Int)
  @Min(1)
  @Max(100)
  serviceAgreementNumber!: number;

  @Field()
  @RequiredText(255)
  serviceAgreementTitle!: string;

  @Field(() => String, { nullable: true })
  @MaxLength(2000)
  @IsUrl({ require_protocol: true })
  serviceAgreementUrl?: string | null;
}

@InputType({ description: 'A professional network (fagnettverk) led from a palliative team.' })
export class MidtProfessionalNetworkInput extends MidtUnitInput {
  @Field()
  @RequiredText(255)
  area!: string;

  @Field()
  @RequiredText(255)
  seat!: string;

  @Field(() => String, { nullable: true, description: 'kommunenummer of where it gathers.' })
  @IsKnownMunicipality()
  seatMunicipalityNumber?: string | null;

  @Field()
  @RequiredText(255)
  ledBy!: string;

  @Field(() => String, { nullable: true })
  @MaxLength(255)
  participantsServeAs?: string | null;
}

@InputType({ description: 'A local resource group (lokal ressursgruppe).' })
export class MidtLocalResourceGroupInput extends MidtUnitInput {
  @Field()
  @RequiredText(255)
  area!: string;

  @Field()
  @RequiredText(4000)
  documentWording!: string;

  @Field(() => String, { nullable: true })
  @MaxLength(4000)
  municipalityNote?: string | null;
}
