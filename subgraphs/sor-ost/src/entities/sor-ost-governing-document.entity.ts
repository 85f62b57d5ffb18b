import { Entity, Property } from '@mikro-orm/postgresql';
import { OrderedNetworkRecord } from '@pallnet/regional-kit';
import { Field, ObjectType } from 'type-graphql';

/** One of the documents the network works by («Nettverket arbeider etter føringer fra»). */
@ObjectType({ description: 'A document the network works by: agreement, guideline, white paper, strategy, act.' })
@Entity({ tableName: 'governing_document' })
export class SorOstGoverningDocument extends OrderedNetworkRecord {
  @Field(() => String, { nullable: true, description: "Who issued it, as the report writes it ('Helsedirektoratet'); null when the report names no issuer." })
  @Property({ type: 'string', nullable: true })
  issuer: string | null = null;

  @Field({ description: 'The document, verbatim.' })
  @Property({ type: 'text' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'The link the report gives for it.' })
  @Property({ type: 'text', nullable: true })
  url: string | null = null;
}
