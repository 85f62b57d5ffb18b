import { Entity, Property } from '@mikro-orm/postgresql';
import { GovernanceLevel, OrganisationalUnit } from '@pallnet/contract';
import { Directive, Field, Float, ObjectType } from 'type-graphql';
import { SorOstUnit } from './sor-ost-unit.entity';

/** A sector network (sektornettverk): the resource nurses of one hospital's local hospital area in Oslo. */
@Directive('@key(fields: "id")')
@ObjectType({ implements: OrganisationalUnit })
@Entity({ discriminatorValue: 'sector_network' })
export class SorOstSectorNetwork extends SorOstUnit {
  get localTerm(): string {
    return 'Sektornettverk';
  }

  get level(): GovernanceLevel {
    return GovernanceLevel.LOCAL;
  }

  @Field({ description: 'The hospital responsible for the sector network in its local hospital area, as the report names it.' })
  @Property({ type: 'string' })
  hospital!: string;

  @Field({ description: "The report's abbreviation of the hospital: OUS, LDS, DHS." })
  @Property({ type: 'string' })
  hospitalAbbreviation!: string;

  @Field(() => Float, { nullable: true, description: 'Hours of local gatherings a year the competence plan asks of each sector network.' })
  @Property({ type: 'double', nullable: true })
  plannedGatheringHoursPerYear: number | null = null;
}
