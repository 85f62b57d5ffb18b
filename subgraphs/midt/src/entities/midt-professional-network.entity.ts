import { Entity, Property } from '@mikro-orm/postgresql';
import { GovernanceLevel, OrganisationalUnit } from '@pallnet/contract';
import { Directive, Field, ObjectType } from 'type-graphql';
import { MidtUnit } from './midt-unit.entity';

/**
 * One of the two professional networks (fagnettverk, gatherings with the cancer nurse) for the
 * north and the south of Nord-Trøndelag, each led from a hospital's palliative team.
 */
@Directive('@key(fields: "id")')
@ObjectType({ implements: OrganisationalUnit })
@Entity({ discriminatorValue: 'professional_network' })
export class MidtProfessionalNetwork extends MidtUnit {
  get localTerm(): string {
    return 'Fagnettverk';
  }

  get level(): GovernanceLevel {
    return GovernanceLevel.LOCAL;
  }

  @Field({ description: "The part of Nord-Trøndelag it serves, verbatim, e.g. 'Nord-Trøndelag nord'." })
  @Property({ type: 'string' })
  area!: string;

  @Field({ description: "Where it gathers, as the document gives it in brackets, e.g. 'Namsos'." })
  @Property({ type: 'string' })
  seat!: string;

  // Kept apart from the unit's municipalities: the seat is where it meets, not the area it covers.
  @Property({ type: 'string', length: 4, nullable: true })
  seatMunicipalityNumber: string | null = null;

  @Field({ description: "Who leads it, verbatim: 'kreftsykepleier i palliativt team'." })
  @Property({ type: 'string' })
  ledBy!: string;

  @Field(() => String, { nullable: true, description: 'What its participants act as, verbatim (ressurspersoner i sin kommune).' })
  @Property({ type: 'string', nullable: true })
  participantsServeAs: string | null = null;
}
