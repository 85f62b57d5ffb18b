import { Entity, Property } from '@mikro-orm/postgresql';
import { OrderedNetworkRecord } from '@pallnet/regional-kit';
import { Field, ObjectType } from 'type-graphql';

/** A web page or published document the description links, with what the document says it is for. */
@ObjectType({ description: 'A link in the description of a Midt network: the shared cooperation pages (samhandlingssider) or a linked document.' })
@Entity({ tableName: 'web_page' })
export class MidtWebPage extends OrderedNetworkRecord {
  @Field({ description: 'The address as the document gives it (rejoined where the extraction broke it across lines).' })
  @Property({ type: 'text' })
  url!: string;

  @Field({ description: 'What the document says is found there, verbatim.' })
  @Property({ type: 'text' })
  context!: string;

  @Field(() => String, {
    nullable: true,
    description: "Who publishes it, verbatim, e.g. 'samhandlingsavdelingen i HNT'; null where the document does not say.",
  })
  @Property({ type: 'string', nullable: true })
  publishedBy: string | null = null;
}
