import { Entity, Property } from '@mikro-orm/postgresql';
import { OrderedNetworkRecord } from '@pallnet/regional-kit';
import { Field, ObjectType } from 'type-graphql';

/** Adoption, revision and re-revision of the agreement that anchors the network. */
@ObjectType({ description: 'A step in the life of the anchoring agreement: adopted, revised, under revision.' })
@Entity({ tableName: 'agreement_milestone' })
export class SorOstAgreementMilestone extends OrderedNetworkRecord {
  @Field({ description: 'The agreement, by title.' })
  @Property({ type: 'text' })
  agreementTitle!: string;

  @Field({ description: "What happened, in the report's word: 'vedtatt', 'revidert', 'under revidering'." })
  @Property({ type: 'string' })
  step!: string;

  @Field(() => String, { nullable: true, description: 'The day, when the report gives one.' })
  @Property({ type: 'string', columnType: 'date', nullable: true })
  date: string | null = null;

  @Field(() => String, { nullable: true, description: "The report's words for when, when it gives no day ('2021-2022')." })
  @Property({ type: 'string', nullable: true })
  period: string | null = null;

  @Field(() => String, { nullable: true, description: 'The body that decided it, as the report names it.' })
  @Property({ type: 'string', nullable: true })
  decidedBy: string | null = null;

  @Field(() => String, { nullable: true, description: 'What changed or why, verbatim.' })
  @Property({ type: 'text', nullable: true })
  change: string | null = null;
}
