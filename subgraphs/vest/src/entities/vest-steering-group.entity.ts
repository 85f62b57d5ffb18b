import { Entity, Property } from '@mikro-orm/postgresql';
import { GovernanceLevel, OrganisationalUnit } from '@pallnet/contract';
import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { VestUnit } from './vest-unit.entity';

/** Fagråd i palliasjon: the steering group of the networks (section 7.1). */
@Directive('@key(fields: "id")')
@ObjectType({ implements: OrganisationalUnit })
@Entity({ discriminatorValue: 'steering_group' })
export class VestSteeringGroup extends VestUnit {
  get localTerm(): string {
    return 'Fagråd';
  }

  get level(): GovernanceLevel {
    return GovernanceLevel.STEERING;
  }

  @Field(() => Int, { description: 'Representatives from Helse Stavanger HF.' })
  @Property({ type: 'integer' })
  healthTrustRepresentatives!: number;

  @Field(() => Int, { description: 'Representatives from the municipalities.' })
  @Property({ type: 'integer' })
  municipalityRepresentatives!: number;

  @Field({ description: "Who else attends and on what terms, verbatim (the nurses' operations group leader)." })
  @Property({ type: 'text' })
  attendanceRights!: string;
}
