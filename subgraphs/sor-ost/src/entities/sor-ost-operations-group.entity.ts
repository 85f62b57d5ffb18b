import { Entity } from '@mikro-orm/postgresql';
import { GovernanceLevel, OrganisationalUnit } from '@pallnet/contract';
import { Directive, ObjectType } from 'type-graphql';
import { SorOstUnit } from './sor-ost-unit.entity';

/**
 * Driftsgruppen: runs the network day to day and arranges the city-wide study day and course.
 * Its own fields (members, leader, deputy leader) come from its member rows.
 */
@Directive('@key(fields: "id")')
@ObjectType({ implements: OrganisationalUnit })
@Entity({ discriminatorValue: 'operations_group' })
export class SorOstOperationsGroup extends SorOstUnit {
  get localTerm(): string {
    return 'Driftsgruppe';
  }

  get level(): GovernanceLevel {
    return GovernanceLevel.OPERATIONS;
  }
}
