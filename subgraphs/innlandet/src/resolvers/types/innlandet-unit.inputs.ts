import { RequiredText, TextList, UnitInput } from '@pallnet/regional-kit';
import { MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';

// Not emitted itself: it lends the fields every Innlandet unit has to the inputs below.
@InputType()
abstract class InnlandetUnitInput extends UnitInput {
  @Field(() => [String], { nullable: true, description: "Other names and short forms the documents use for the unit, e.g. 'Kl.utvalg'." })
  @TextList(20, 255)
  otherNames?: string[] | null;
}

@InputType({ description: 'A top-level cooperation committee (OSU).' })
export class InnlandetCooperationCommitteeInput extends InnlandetUnitInput {
  @Field()
  @RequiredText(50)
  abbreviation!: string;

  @Field()
  @RequiredText(255)
  anchoredIn!: string;
}

@InputType({ description: 'Klinisk utvalg: the clinical committee.' })
export class InnlandetClinicalCommitteeInput extends InnlandetUnitInput {
  @Field()
  @RequiredText(4000)
  aim!: string;

  @Field(() => [String])
  @TextList()
  serviceQualities!: string[];

  @Field(() => [String])
  @TextList()
  roles!: string[];
}

@InputType({ description: 'An Arbeidsgruppe running the network day to day.' })
export class InnlandetWorkingGroupInput extends InnlandetUnitInput {
  @Field(() => String, { nullable: true })
  @MaxLength(4000)
  courseCommittee?: string | null;
}

@InputType({ description: 'The network of resource nurses itself.' })
export class InnlandetResourceNurseNetworkInput extends InnlandetUnitInput {
  @Field()
  @RequiredText(4000)
  coverage!: string;

  @Field()
  @RequiredText(4000)
  chartLabel!: string;
}
