import { Entity, Property } from '@mikro-orm/postgresql';
import { OrderedNetworkRecord } from '@pallnet/regional-kit';
import { Field, Int, ObjectType } from 'type-graphql';

/** A handlingsplan: the network's plan for some years, with its focus areas. Plans follow one another, so they have a table of their own. */
@ObjectType({ description: 'Handlingsplan: the focus areas of some years, each with measures, who is responsible, deadline and partners.' })
@Entity({ tableName: 'action_plan' })
export class InnlandetActionPlan extends OrderedNetworkRecord {
  @Field({ description: 'The title of the plan, verbatim.' })
  @Property({ type: 'text' })
  title!: string;

  @Field(() => Int, { description: 'First year the plan covers.' })
  @Property({ type: 'integer' })
  fromYear!: number;

  @Field(() => Int, { description: 'Last year the plan covers.' })
  @Property({ type: 'integer' })
  toYear!: number;

  @Field(() => String, { nullable: true, description: "The plan's revision note, verbatim, e.g. 'Revidert januar 2021'." })
  @Property({ type: 'string', nullable: true })
  revised: string | null = null;

  @Field(() => Int, { nullable: true, description: 'Year of the latest revision.' })
  @Property({ type: 'integer', nullable: true })
  revisedYear: number | null = null;

  @Field(() => Int, { nullable: true, description: 'Month (1–12) of the latest revision; the document gives no day.' })
  @Property({ type: 'integer', nullable: true })
  revisedMonth: number | null = null;

  @Field(() => String, { nullable: true, description: 'Who signed the revision.' })
  @Property({ type: 'string', nullable: true })
  revisedBy: string | null = null;
}
