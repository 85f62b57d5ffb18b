import { Entity, Property } from '@mikro-orm/postgresql';
import { GovernanceLevel, OrganisationalUnit } from '@pallnet/contract';
import { Directive, Field, ObjectType } from 'type-graphql';
import { InnlandetUnit } from './innlandet-unit.entity';

/** Klinisk utvalg: the clinical committee under OSU, with its aim and the qualities its services should have. */
@Directive('@key(fields: "id")')
@ObjectType({ implements: OrganisationalUnit })
@Entity({ discriminatorValue: 'clinical_committee' })
export class InnlandetClinicalCommittee extends InnlandetUnit {
  get localTerm(): string {
    return 'Klinisk utvalg';
  }

  get level(): GovernanceLevel {
    return GovernanceLevel.STEERING;
  }

  @Field({ description: "The committee's aim, verbatim ('Det kliniske utvalget har som mål …')." })
  @Property({ type: 'text' })
  aim!: string;

  @Field(() => [String], { description: 'The qualities of the services the aim asks for, verbatim, in order.' })
  @Property({ type: 'json' })
  serviceQualities!: string[];

  @Field(() => [String], { description: "Roles in the committee that the plan names, verbatim, e.g. 'brukerrepresentanten i Klinisk utvalg'." })
  @Property({ type: 'json' })
  roles!: string[];
}
