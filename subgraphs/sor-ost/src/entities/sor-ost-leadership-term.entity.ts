import { Entity, Index, Opt, Property } from '@mikro-orm/postgresql';
import { OrderedNetworkRecord } from '@pallnet/regional-kit';
import { Field, ObjectType } from 'type-graphql';

/** Who led a sector network, and when: Diakonhjemmet had four leaders in 2021. */
@ObjectType({ description: 'A leader of a sector network, present or past.' })
@Entity({ tableName: 'leadership_term' })
export class SorOstLeadershipTerm extends OrderedNetworkRecord {
  @Index()
  @Property({ type: 'string' })
  unitId!: string;

  @Field({ description: 'The name, verbatim.' })
  @Property({ type: 'string' })
  name!: string;

  @Field({ description: "The role in the report's words: 'Leder', 'Konstituert leder'." })
  @Property({ type: 'string' })
  role!: string;

  @Field(() => String, { nullable: true, description: "Where the leader works, verbatim: 'Livshjelpsenteret, Lovisenberg Diakonale Sykehus'." })
  @Property({ type: 'string', nullable: true })
  affiliation: string | null = null;

  @Field(() => String, { nullable: true, description: 'First day as leader, when the report gives it.' })
  @Property({ type: 'string', columnType: 'date', nullable: true })
  fromDate: string | null = null;

  @Field(() => String, { nullable: true, description: "The report's words for when, when it gives no day ('gjennom høsten')." })
  @Property({ type: 'string', nullable: true })
  period: string | null = null;

  @Field(() => String, { nullable: true, description: 'The day the leader was employed in the sector, when the report gives it.' })
  @Property({ type: 'string', columnType: 'date', nullable: true })
  employedFrom: string | null = null;

  @Field(() => Boolean, { description: 'True for the leader at the end of the report year.' })
  @Property({ type: 'boolean' })
  current: Opt<boolean> = false;

  @Field(() => String, { nullable: true, description: "The report's words on the term, verbatim." })
  @Property({ type: 'text', nullable: true })
  note: string | null = null;
}
