import { Entity, Property } from '@mikro-orm/postgresql';
import { GovernanceLevel, OrganisationalUnit } from '@pallnet/contract';
import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { SorOstUnit } from './sor-ost-unit.entity';

/** Styringsgruppen: leads the network since the revision of 15.9.2017. */
@Directive('@key(fields: "id")')
@ObjectType({ implements: OrganisationalUnit })
@Entity({ discriminatorValue: 'steering_group' })
export class SorOstSteeringGroup extends SorOstUnit {
  get localTerm(): string {
    return 'Styringsgruppe';
  }

  get level(): GovernanceLevel {
    return GovernanceLevel.STEERING;
  }

  @Field(() => Int, { nullable: true, description: 'The leadership and the representative of the cooperation department rotate every this many years.' })
  @Property({ type: 'integer', nullable: true })
  rotationYears: number | null = null;

  @Field(() => String, { nullable: true, description: "The rotation rule in the report's words." })
  @Property({ type: 'text', nullable: true })
  rotationNote: string | null = null;
}
