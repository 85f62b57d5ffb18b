import { Entity, Property } from '@mikro-orm/postgresql';
import { GovernanceLevel, OrganisationalUnit } from '@pallnet/contract';
import { Directive, Field, ObjectType } from 'type-graphql';
import { InnlandetUnit } from './innlandet-unit.entity';

/** The overordnet samarbeidsutvalg (OSU) of Sykehuset Innlandet and the municipalities: the top of the chain. */
@Directive('@key(fields: "id")')
@ObjectType({ implements: OrganisationalUnit })
@Entity({ discriminatorValue: 'cooperation_committee' })
export class InnlandetCooperationCommittee extends InnlandetUnit {
  get localTerm(): string {
    return 'Overordnet samarbeidsutvalg';
  }

  get level(): GovernanceLevel {
    return GovernanceLevel.STEERING;
  }

  @Field({ description: "The committee's abbreviation, e.g. 'OSU'." })
  @Property({ type: 'string' })
  abbreviation!: string;

  @Field({ description: 'The organisation the chart places directly above the committee, verbatim.' })
  @Property({ type: 'string' })
  anchoredIn!: string;
}
