import { RequiredText, TextList, UnitInput } from '@pallnet/regional-kit';
import { Max, MaxLength, Min } from 'class-validator';
import { Field, Float, InputType, Int } from 'type-graphql';

// Not emitted itself: it lends the fields every Sør-Øst unit has to the inputs below.
@InputType()
abstract class SorOstUnitInput extends UnitInput {
  @Field(() => [String], { nullable: true, description: 'Funksjon og ansvar / oppgaver: the duties of this kind of unit.' })
  @TextList()
  responsibilities?: string[] | null;
}

@InputType({ description: 'Styringsgruppen.' })
export class SorOstSteeringGroupInput extends SorOstUnitInput {
  @Field(() => Int, { nullable: true })
  @Min(1)
  @Max(20)
  rotationYears?: number | null;

  @Field(() => String, { nullable: true })
  @MaxLength(4000)
  rotationNote?: string | null;
}

@InputType({ description: 'Driftsgruppen.' })
export class SorOstOperationsGroupInput extends SorOstUnitInput {}

@InputType({ description: "A sector network: one hospital's local hospital area." })
export class SorOstSectorNetworkInput extends SorOstUnitInput {
  @Field()
  @RequiredText(255)
  hospital!: string;

  @Field()
  @RequiredText(20)
  hospitalAbbreviation!: string;

  @Field(() => Float, { nullable: true })
  @Min(0)
  @Max(1000)
  plannedGatheringHoursPerYear?: number | null;
}
