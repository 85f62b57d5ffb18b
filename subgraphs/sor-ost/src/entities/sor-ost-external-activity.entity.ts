import { Entity, Property } from '@mikro-orm/postgresql';
import { OrderedNetworkRecord } from '@pallnet/regional-kit';
import { Field, Int, ObjectType } from 'type-graphql';

/** Courses and gatherings others arranged that the network's members or leaders took part in. */
@ObjectType({ description: 'A course, course series or gathering arranged by others, in which members or leaders of the network took part.' })
@Entity({ tableName: 'external_activity' })
export class SorOstExternalActivity extends OrderedNetworkRecord {
  @Field(() => Int, { description: 'The year the members took part.' })
  @Property({ type: 'integer' })
  year!: number;

  @Field({ description: 'The title, verbatim.' })
  @Property({ type: 'text' })
  title!: string;

  @Field({ description: "The report's word for it: 'kursserie', 'opplæringspakke', 'nettverksledersamling', 'samarbeidsmøter'." })
  @Property({ type: 'string' })
  kind!: string;

  @Field(() => String, { nullable: true, description: 'Who arranged it, as the report names them.' })
  @Property({ type: 'text', nullable: true })
  organiser: string | null = null;

  @Field(() => [String], { description: 'The people the report names as taking part, verbatim.' })
  @Property({ type: 'json' })
  participants!: string[];

  @Field(() => String, { nullable: true, description: "Who took part when the report names no one: 'mange ressurssykepleiere i Oslo-nettverket'." })
  @Property({ type: 'string', nullable: true })
  participantsNote: string | null = null;

  @Field(() => String, { nullable: true, description: "The report's words on its purpose, verbatim." })
  @Property({ type: 'text', nullable: true })
  note: string | null = null;
}
