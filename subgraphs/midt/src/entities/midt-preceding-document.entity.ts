import { Entity, Property } from '@mikro-orm/postgresql';
import { OrderedNetworkRecord } from '@pallnet/regional-kit';
import { Field, Int, ObjectType } from 'type-graphql';

/** A national or regional document that precedes the service agreement (Aktuelle dokumenter som ligger forut for tjenesteavtalen). */
@ObjectType({ description: 'A document that precedes the service agreement of a Midt network: guideline, strategy or plan.' })
@Entity({ tableName: 'preceding_document' })
export class MidtPrecedingDocument extends OrderedNetworkRecord {
  @Field({ description: 'The whole entry as the document lists it, verbatim.' })
  @Property({ type: 'text' })
  citation!: string;

  @Field({ description: "The document's title, e.g. 'Nasjonal kreftstrategi'." })
  @Property({ type: 'text' })
  title!: string;

  @Field(() => String, { nullable: true, description: "Who issued it, e.g. 'Kreftforeningen'; null where the entry does not say." })
  @Property({ type: 'string', nullable: true })
  issuedBy: string | null = null;

  @Field(() => Int, { nullable: true, description: 'The year it was issued, or the first year of the period it covers.' })
  @Property({ type: 'integer', nullable: true })
  fromYear: number | null = null;

  @Field(() => Int, { nullable: true, description: 'The last year of the period it covers; null for a document without a period.' })
  @Property({ type: 'integer', nullable: true })
  toYear: number | null = null;

  @Field(() => String, { nullable: true, description: "Its revision as the entry words it, e.g. 'revidert sist 2015', 'revidert 2016–19'." })
  @Property({ type: 'string', nullable: true })
  revision: string | null = null;
}
