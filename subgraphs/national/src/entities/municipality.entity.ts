import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { Directive, Field, ObjectType } from 'type-graphql';

/** The national municipality register: regions reference municipalities by kommunenummer. */
@Directive('@key(fields: "number")')
@ObjectType()
@Entity({ tableName: 'municipality' })
export class Municipality {
  @Field({ description: 'kommunenummer: four digits, as valid from 2024-01-01.' })
  @PrimaryKey({ type: 'string', length: 4 })
  number!: string;

  @Field()
  @Property({ type: 'string' })
  name!: string;

  @Field({ description: 'The official name as Statistics Norway writes it, with Sami or other parallel names.' })
  @Property({ type: 'string' })
  officialName!: string;

  @Field({ description: 'e.g. Rogaland, Trøndelag.' })
  @Index()
  @Property({ type: 'string' })
  county!: string;
}
