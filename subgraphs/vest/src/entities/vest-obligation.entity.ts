import { Entity, Enum, Index, Opt, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { GovernanceLevel } from '@pallnet/contract';
import { Field, Int, ObjectType } from 'type-graphql';

/** A duty the agreement puts on one level of the network, e.g. local meetings at least every half year. */
@ObjectType()
@Entity({ tableName: 'obligation' })
export class VestObligation {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Index()
  @Property({ type: 'string' })
  networkId!: string;

  @Field({ description: "Who carries it, verbatim: 'Nettverksgruppene', 'Den enkelte ressursperson', …" })
  @Property({ type: 'string' })
  appliesTo!: string;

  @Field(() => GovernanceLevel, { nullable: true, description: 'The national level of who carries it; null for individual resource persons.' })
  @Enum({ items: () => GovernanceLevel, nullable: true })
  level: GovernanceLevel | null = null;

  @Field({ description: 'The duty, verbatim.' })
  @Property({ type: 'text' })
  duty!: string;

  @Field(() => Int, { nullable: true, description: 'The least number of times a year the duty asks for.' })
  @Property({ type: 'integer', nullable: true })
  minimumPerYear: number | null = null;

  @Property({ type: 'integer' })
  position: Opt<number> = 0;
}
