import { Entity, Property } from '@mikro-orm/postgresql';
import { GovernanceLevel, OrganisationalUnit } from '@pallnet/contract';
import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { VestUnit } from './vest-unit.entity';

/** A subject-specific operations group (fagspesifikk driftsgruppe): one per professional network. */
@Directive('@key(fields: "id")')
@ObjectType({ implements: OrganisationalUnit })
@Entity({ discriminatorValue: 'operations_group' })
export class VestOperationsGroup extends VestUnit {
  get localTerm(): string {
    return 'Driftsgruppe';
  }

  get level(): GovernanceLevel {
    return GovernanceLevel.OPERATIONS;
  }

  @Field({ description: "The professional network it runs, e.g. 'Nettverk av ressurssykepleiere'." })
  @Property({ type: 'string' })
  professionalNetwork!: string;

  @Field(() => [String], { description: 'One representative from each of these.' })
  @Property({ type: 'json' })
  representativesFrom!: string[];

  @Field(() => String, { nullable: true, description: "A rule on the composition, e.g. 'minimum en ergoterapeut'." })
  @Property({ type: 'text', nullable: true })
  compositionRule: string | null = null;

  @Field(() => Int, { description: 'Representatives are appointed for this many years.' })
  @Property({ type: 'integer' })
  appointmentTermYears!: number;

  @Field(() => Int, { description: 'The group elects its leader for this many years at a time.' })
  @Property({ type: 'integer' })
  leaderTermYears!: number;
}
