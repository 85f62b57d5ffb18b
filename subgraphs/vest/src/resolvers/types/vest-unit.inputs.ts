import { NotNull, RequiredText, TextList, UnitInput } from '@pallnet/regional-kit';
import { Max, MaxLength, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';

// Not emitted itself: it lends the fields every Vest unit has to the inputs below.
@InputType()
abstract class VestUnitInput extends UnitInput {
  @Field(() => [String], { nullable: true, description: 'Funksjon og ansvar: the duties of this kind of unit.' })
  @TextList()
  responsibilities?: string[] | null;
}

@InputType({ description: 'Fagråd i palliasjon: the steering group.' })
export class VestSteeringGroupInput extends VestUnitInput {
  @Field(() => Int)
  @Min(0)
  @Max(100)
  healthTrustRepresentatives!: number;

  @Field(() => Int)
  @Min(0)
  @Max(100)
  municipalityRepresentatives!: number;

  @Field()
  @RequiredText(4000)
  attendanceRights!: string;
}

@InputType({ description: 'A subject-specific operations group (driftsgruppe).' })
export class VestOperationsGroupInput extends VestUnitInput {
  @Field()
  @RequiredText(255)
  professionalNetwork!: string;

  @Field(() => [String])
  @TextList(100, 255)
  representativesFrom!: string[];

  @Field(() => String, { nullable: true })
  @MaxLength(4000)
  compositionRule?: string | null;

  @Field(() => Int)
  @Min(1)
  @Max(20)
  appointmentTermYears!: number;

  @Field(() => Int)
  @Min(1)
  @Max(20)
  leaderTermYears!: number;
}

@InputType({ description: 'A local network group (nettverksgruppe).' })
export class VestNetworkGroupInput extends VestUnitInput {
  @Field(() => Int, { nullable: true })
  @Min(1)
  @Max(1000)
  groupNumber?: number | null;

  @Field(() => [String])
  @TextList(100, 255)
  memberSources!: string[];

  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether the group covers the whole area; left out, it stays as it is (false for a new group). Not null.',
  })
  @NotNull()
  coversWholeArea?: boolean | null;
}
