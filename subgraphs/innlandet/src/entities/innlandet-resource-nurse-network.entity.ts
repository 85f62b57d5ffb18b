import { Entity, Property } from '@mikro-orm/postgresql';
import { GovernanceLevel, OrganisationalUnit } from '@pallnet/contract';
import { Directive, Field, ObjectType } from 'type-graphql';
import { InnlandetUnit } from './innlandet-unit.entity';

/** The network of resource nurses itself: the bottom of the chain, where the resource nurses are. */
@Directive('@key(fields: "id")')
@ObjectType({ implements: OrganisationalUnit })
@Entity({ discriminatorValue: 'resource_nurse_network' })
export class InnlandetResourceNurseNetwork extends InnlandetUnit {
  get localTerm(): string {
    return 'Ressurssykepleienettverk';
  }

  get level(): GovernanceLevel {
    return GovernanceLevel.LOCAL;
  }

  @Field({ description: "Where the resource nurses work, verbatim, e.g. 'ved alle relevante enheter i kommunene og SI'." })
  @Property({ type: 'text' })
  coverage!: string;

  @Field({ description: "The organisation chart's box for this level, verbatim." })
  @Property({ type: 'text' })
  chartLabel!: string;
}
