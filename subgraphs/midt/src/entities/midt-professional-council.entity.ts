import { Entity, Property } from '@mikro-orm/postgresql';
import { GovernanceLevel, OrganisationalUnit } from '@pallnet/contract';
import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { MidtUnit } from './midt-unit.entity';

/** The professional council (fagråd) of one service agreement, to which the network reports yearly. */
@Directive('@key(fields: "id")')
@ObjectType({ implements: OrganisationalUnit })
@Entity({ discriminatorValue: 'professional_council' })
export class MidtProfessionalCouncil extends MidtUnit {
  get localTerm(): string {
    return 'Fagråd';
  }

  get level(): GovernanceLevel {
    return GovernanceLevel.STEERING;
  }

  @Field(() => Int, { description: 'The number of the service agreement (tjenesteavtale) the council belongs to.' })
  @Property({ type: 'integer' })
  serviceAgreementNumber!: number;

  @Field({ description: "The service agreement's subject, verbatim, e.g. 'Brukere med behov for koordinerte tjenester'." })
  @Property({ type: 'string' })
  serviceAgreementTitle!: string;

  @Field(() => String, { nullable: true, description: 'Where the service agreement is published, as the document links it.' })
  @Property({ type: 'text', nullable: true })
  serviceAgreementUrl: string | null = null;
}
