import { Entity, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { HealthRegion } from '@pallnet/contract';
import { Field, ObjectType } from 'type-graphql';

@ObjectType('Region')
@Entity({ tableName: 'health_region' })
export class Region {
  @Field(() => HealthRegion)
  @PrimaryKey({ type: 'string', length: 16 })
  code!: HealthRegion;

  @Field({ description: 'e.g. Helse Vest, Helse Midt-Norge, Helse Sør-Øst, Innlandet.' })
  @Property({ type: 'string' })
  name!: string;
}
