import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { Field, ObjectType } from 'type-graphql';

/** The årshjul: a fixed structure of activities by period of the year that is rolled on from year to year. */
@ObjectType({ description: 'Årshjul: the recurring activities of the committees, by period of the year.' })
@Entity({ tableName: 'annual_cycle' })
export class InnlandetAnnualCycle {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Index()
  @Property({ type: 'string' })
  networkId!: string;

  @Field({ description: 'The heading of the annual cycle, verbatim.' })
  @Property({ type: 'string' })
  title!: string;

  @Field({ description: "How the cycle is used, verbatim ('EN fast struktur – som rulleres …')." })
  @Property({ type: 'text' })
  principle!: string;
}
