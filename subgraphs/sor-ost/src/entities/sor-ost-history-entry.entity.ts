import { Entity, Property } from '@mikro-orm/postgresql';
import { OrderedNetworkRecord } from '@pallnet/regional-kit';
import { Field, Int, ObjectType } from 'type-graphql';

/** One step of the network's organisational history (Historisk forankring). */
@ObjectType({ description: 'A step in the history of the network: founding, splits and mergers of the local networks.' })
@Entity({ tableName: 'history_entry' })
export class SorOstHistoryEntry extends OrderedNetworkRecord {
  @Field({ description: "When, in the report's words: '2001', 'Høsten 2007/2008', '2010/2011'." })
  @Property({ type: 'string' })
  period!: string;

  @Field(() => Int, { description: 'The first year the period names.' })
  @Property({ type: 'integer' })
  fromYear!: number;

  @Field(() => Int, { nullable: true, description: "The last year when the period spans two ('2007/2008'); null for a single year." })
  @Property({ type: 'integer', nullable: true })
  toYear: number | null = null;

  @Field({ description: 'What happened, verbatim.' })
  @Property({ type: 'text' })
  description!: string;

  @Field(() => [String], { description: 'Who took the step (initiative, cooperation), as the report names them.' })
  @Property({ type: 'json' })
  actors!: string[];

  @Field(() => [String], { description: 'The networks this step created or split into, as the report names them.' })
  @Property({ type: 'json' })
  resultingNetworks!: string[];
}
