import { Entity, Enum, Property } from '@mikro-orm/postgresql';
import { OrderedNetworkRecord } from '@pallnet/regional-kit';
import { Field, Int, ObjectType } from 'type-graphql';
import { SorOstGoalKind } from './sor-ost-goal-kind.enum';

/** A main goal or sub-goal of the network, and whether it was carried into the next year. */
@ObjectType({ description: 'A goal of the network (hovedmål or delmål), with the year it was carried over to.' })
@Entity({ tableName: 'goal' })
export class SorOstGoal extends OrderedNetworkRecord {
  @Field(() => SorOstGoalKind, { description: 'Main goal (hovedmål) or sub-goal (delmål).' })
  @Enum({ items: () => SorOstGoalKind })
  kind!: SorOstGoalKind;

  @Field(() => Int, { nullable: true, description: "The goal's number in the report; null for the unnumbered main goals." })
  @Property({ type: 'integer', nullable: true })
  number: number | null = null;

  @Field({ description: 'The goal, verbatim.' })
  @Property({ type: 'text' })
  title!: string;

  @Field(() => Int, { description: 'The year the goal was set for.' })
  @Property({ type: 'integer' })
  year!: number;

  @Field(() => Int, { nullable: true, description: 'The year the goal was carried over to; null when it was not.' })
  @Property({ type: 'integer', nullable: true })
  carriedOverTo: number | null = null;

  @Field({ description: 'The heading the report lists the goal under, verbatim.' })
  @Property({ type: 'string' })
  heading!: string;
}
