import { Entity, Index, Property } from '@mikro-orm/postgresql';
import { OrderedNetworkRecord } from '@pallnet/regional-kit';
import { Field, Int, ObjectType } from 'type-graphql';

/** One point of the network's mandate (Mandat), e.g. two study days a year or the yearly summary to the council. */
@ObjectType({ description: 'One point of the mandate of a Midt network, verbatim, with what it counts and whom it concerns.' })
@Entity({ tableName: 'mandate_duty' })
export class MidtMandateDuty extends OrderedNetworkRecord {
  @Field({ description: 'The point of the mandate, verbatim.' })
  @Property({ type: 'text' })
  duty!: string;

  @Field(() => Int, { nullable: true, description: 'How many times a year it asks for; null where it sets no number.' })
  @Property({ type: 'integer', nullable: true })
  timesPerYear: number | null = null;

  @Field(() => String, {
    nullable: true,
    description: "Who carries it when it is not the network itself, verbatim, e.g. 'Kompetansesenter Lindrende Behandling'.",
  })
  @Property({ type: 'string', nullable: true })
  responsible: string | null = null;

  /** The unit on the other side: the council a summary is sent to, or that may give assignments. */
  @Index()
  @Property({ type: 'string', nullable: true })
  counterpartUnitId: string | null = null;
}
