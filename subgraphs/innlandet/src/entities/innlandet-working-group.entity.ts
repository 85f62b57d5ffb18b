import { Entity, Property } from '@mikro-orm/postgresql';
import { GovernanceLevel, OrganisationalUnit } from '@pallnet/contract';
import { Directive, Field, ObjectType } from 'type-graphql';
import { InnlandetUnit } from './innlandet-unit.entity';

/** The Arbeidsgruppe under Klinisk utvalg: runs the network day to day and its courses. */
@Directive('@key(fields: "id")')
@ObjectType({ implements: OrganisationalUnit })
@Entity({ discriminatorValue: 'working_group' })
export class InnlandetWorkingGroup extends InnlandetUnit {
  get localTerm(): string {
    return 'Arbeidsgruppe';
  }

  get level(): GovernanceLevel {
    return GovernanceLevel.OPERATIONS;
  }

  @Field(() => String, {
    nullable: true,
    description: "The group's own course committee and what it answers for, in the plan's words; null when none is named.",
  })
  @Property({ type: 'text', nullable: true })
  courseCommittee: string | null = null;
}
