import { Entity, Enum, Property } from '@mikro-orm/postgresql';
import { OrderedNetworkRecord } from '@pallnet/regional-kit';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';

/** The three lists of 'Sentrale dokumenter og føringer'. */
export enum InnlandetDocumentCategory {
  NATIONAL = 'NATIONAL',
  LAW = 'LAW',
  LOCAL = 'LOCAL',
}

registerEnumType(InnlandetDocumentCategory, {
  name: 'InnlandetDocumentCategory',
  description: 'Which list of the governing documents an entry is on.',
  valuesConfig: {
    NATIONAL: { description: 'Nasjonale dokumenter.' },
    LAW: { description: 'Lover.' },
    LOCAL: { description: 'Lokale dokumenter.' },
  },
});

/** One entry of 'Sentrale dokumenter og føringer': a national document, a law or a local document the plan builds on. */
@ObjectType({ description: 'A document the network is governed by (sentrale dokumenter og føringer).' })
@Entity({ tableName: 'governing_document' })
export class InnlandetGoverningDocument extends OrderedNetworkRecord {
  @Field(() => InnlandetDocumentCategory)
  @Enum({ items: () => InnlandetDocumentCategory })
  category!: InnlandetDocumentCategory;

  @Field({ description: 'The whole entry as the document cites it, verbatim.' })
  @Property({ type: 'text' })
  citation!: string;

  @Field({ description: 'The title of the document, verbatim.' })
  @Property({ type: 'text' })
  title!: string;

  @Field(() => String, { nullable: true, description: "The publication number the entry gives, e.g. 'IS-2800', 'NOU 2017: 16'." })
  @Property({ type: 'string', nullable: true })
  reference: string | null = null;

  @Field(() => String, { nullable: true, description: 'Who issued it, verbatim.' })
  @Property({ type: 'string', nullable: true })
  publisher: string | null = null;

  @Field(() => Int, { nullable: true, description: 'Year of publication, when the entry gives it.' })
  @Property({ type: 'integer', nullable: true })
  year: number | null = null;

  @Field(() => Int, { nullable: true, description: "Year of the latest update, when the entry gives it ('oppdatert 2019')." })
  @Property({ type: 'integer', nullable: true })
  updatedYear: number | null = null;

  @Field(() => String, { nullable: true, description: 'The address the entry links to.' })
  @Property({ type: 'text', nullable: true })
  url: string | null = null;
}
