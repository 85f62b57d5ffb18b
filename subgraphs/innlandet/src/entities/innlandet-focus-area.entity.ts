import { Entity, Index, Opt, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { Field, Int, ObjectType } from 'type-graphql';

/**
 * One row of the action plan's table: satsingsområde, tiltak, ansvar/frist, samarbeid. The
 * template's focus-area records carry the same titles for the annual report; this row keeps the
 * whole plan.
 */
@ObjectType({ description: 'Satsingsområde: a focus area of the action plan with its measures, who is responsible, deadline and partners.' })
@Entity({ tableName: 'action_plan_focus_area' })
export class InnlandetFocusArea {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Index()
  @Property({ type: 'string' })
  networkId!: string;

  @Index()
  @Property({ type: 'integer' })
  actionPlanId!: number;

  @Field({ description: 'Satsingsområde, verbatim.' })
  @Property({ type: 'text' })
  title!: string;

  @Field(() => [String], { description: 'Tiltak: the measures, verbatim, in order.' })
  @Property({ type: 'json' })
  measures: Opt<string[]> = [];

  @Field(() => String, { nullable: true, description: "Ansvar: who is responsible, verbatim; null when the cell is empty." })
  @Property({ type: 'text', nullable: true })
  responsible: string | null = null;

  /** The units named as responsible; resolved as `responsibleUnits`. */
  @Property({ type: 'json' })
  responsibleUnitIds: Opt<string[]> = [];

  @Field(() => [String], { description: "The people named as responsible, as the plan names them (often first names only)." })
  @Property({ type: 'json' })
  responsiblePersons: Opt<string[]> = [];

  @Field(() => String, { nullable: true, description: "Frist: the deadline, verbatim, e.g. 'Ny revisjon 2023'; null when the plan sets none." })
  @Property({ type: 'string', nullable: true })
  deadline: string | null = null;

  @Field(() => Int, { nullable: true, description: 'The year of the deadline, when it names one.' })
  @Property({ type: 'integer', nullable: true })
  deadlineYear: number | null = null;

  @Field(() => [String], { description: 'Samarbeid: the partners, verbatim.' })
  @Property({ type: 'json' })
  partners: Opt<string[]> = [];

  @Property({ type: 'integer' })
  position: Opt<number> = 0;
}
