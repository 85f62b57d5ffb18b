import { Entity, Index, Property } from '@mikro-orm/postgresql';
import { OrderedNetworkRecord } from '@pallnet/regional-kit';
import { Field, Int, ObjectType } from 'type-graphql';

/** One period of the annual cycle, e.g. 'Jan-febr'. */
@ObjectType({ description: 'A period of the annual cycle and its months.' })
@Entity({ tableName: 'cycle_period' })
export class InnlandetCyclePeriod extends OrderedNetworkRecord {
  @Index()
  @Property({ type: 'integer' })
  cycleId!: number;

  @Field({ description: "The period as the cycle labels it, e.g. 'Jan-febr', 'mars April-mai-juni'." })
  @Property({ type: 'string' })
  label!: string;

  @Field(() => Int, { description: 'First month of the period, 1–12.' })
  @Property({ type: 'integer' })
  fromMonth!: number;

  @Field(() => Int, { description: 'Last month of the period, 1–12.' })
  @Property({ type: 'integer' })
  toMonth!: number;
}
