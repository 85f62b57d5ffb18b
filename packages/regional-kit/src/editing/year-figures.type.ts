import { OrganisationalUnit } from '@pallnet/contract';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import type { UnitBase } from '../entities/unit-base';

/** What an editor recorded for a year: the reported member count and the year's other figures. */
@Directive('@shareable')
@ObjectType({ description: "A year's reported figures for a network or one of its units, as an editor recorded them." })
export class YearFigures {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => OrganisationalUnit, { nullable: true, description: 'The unit they are for; null for the whole network.' })
  unit!: UnitBase | null;

  @Field(() => Int, { nullable: true, description: 'Members at 31 December as reported (the register, where it has data, still decides memberCount).' })
  membersAtYearEnd!: number | null;

  @Field(() => Int, { nullable: true })
  joined!: number | null;

  @Field(() => Int, { nullable: true })
  left!: number | null;

  @Field(() => String, { nullable: true })
  membershipNote!: string | null;

  @Field(() => String, { nullable: true })
  goalsReached!: string | null;

  @Field(() => [String])
  themes!: string[];

  @Field(() => String, { nullable: true })
  courseFee!: string | null;

  @Field(() => String, { nullable: true })
  reorganisation!: string | null;

  @Field(() => String, { nullable: true })
  cooperationWithOtherNetworks!: string | null;

  @Field(() => Int, { description: 'Goes up by one with every change; the next recording of this year must name it.' })
  version!: number;
}
