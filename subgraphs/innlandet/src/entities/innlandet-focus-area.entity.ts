import { Entity, Enum, Index, Opt, Property } from '@mikro-orm/postgresql';
import { OrderedNetworkRecord } from '@pallnet/regional-kit';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';

/** The kinds of timing the action plan gives a row, apart from a deadline. */
export enum InnlandetTimingKind {
  CONTINUOUS = 'CONTINUOUS',
  RECURRING = 'RECURRING',
  UNTIL = 'UNTIL',
}

registerEnumType(InnlandetTimingKind, {
  name: 'InnlandetTimingKind',
  description: 'How the action plan times a focus area, apart from a deadline (frist).',
  valuesConfig: {
    CONTINUOUS: { description: "Ongoing, e.g. 'Kontinuerlig'." },
    RECURRING: { description: "In given seasons, e.g. 'Høst og vår' (timingSeasons)." },
    UNTIL: { description: "Until a year, e.g. 'ut i 2021' (timingUntilYear)." },
  },
});

/**
 * One row of the action plan's table: satsingsområde, tiltak, ansvar/frist, samarbeid. The
 * template's focus-area records carry the same titles for the annual report; this row keeps the
 * whole plan.
 */
@ObjectType({ description: 'Satsingsområde: a focus area of the action plan with its measures, who is responsible, deadline and partners.' })
@Entity({ tableName: 'action_plan_focus_area' })
export class InnlandetFocusArea extends OrderedNetworkRecord {
  @Index()
  @Property({ type: 'integer' })
  actionPlanId!: number;

  @Field({ description: 'Satsingsområde, verbatim.' })
  @Property({ type: 'text' })
  title!: string;

  @Field(() => [String], { description: 'Tiltak: the measures, verbatim, in order.' })
  @Property({ type: 'json' })
  measures: Opt<string[]> = [];

  @Field(() => String, { nullable: true, description: 'Ansvar: who is responsible, verbatim; null when the cell is empty.' })
  @Property({ type: 'text', nullable: true })
  responsible: string | null = null;

  /** The units named as responsible; resolved as `responsibleUnits`. */
  @Property({ type: 'json' })
  responsibleUnitIds: Opt<string[]> = [];

  @Field(() => [String], { description: 'The people named as responsible, as the plan names them (often first names only).' })
  @Property({ type: 'json' })
  responsiblePersons: Opt<string[]> = [];

  @Field(() => String, { nullable: true, description: "Frist: the deadline, verbatim, e.g. 'Ny revisjon 2023'; null when the plan sets none." })
  @Property({ type: 'string', nullable: true })
  deadline: string | null = null;

  @Field(() => Int, { nullable: true, description: 'The year of the deadline, when it names one.' })
  @Property({ type: 'integer', nullable: true })
  deadlineYear: number | null = null;

  @Field(() => String, {
    nullable: true,
    description: "When the row's work happens, in the plan's words: 'Kontinuerlig', 'Høst og vår', 'ut i 2021'; null where the row gives none.",
  })
  @Property({ type: 'string', nullable: true })
  timing: string | null = null;

  @Field(() => InnlandetTimingKind, { nullable: true, description: 'What kind of timing `timing` is; null where the row gives none.' })
  @Enum({ items: () => InnlandetTimingKind, nullable: true })
  timingKind: InnlandetTimingKind | null = null;

  @Field(() => [String], { description: "The seasons of a recurring timing, in the plan's words (e.g. 'Høst', 'vår'); empty otherwise." })
  @Property({ type: 'json', default: '[]' })
  timingSeasons: Opt<string[]> = [];

  @Field(() => Int, { nullable: true, description: "The last year of an 'ut i' timing, e.g. 2021 for 'ut i 2021'." })
  @Property({ type: 'integer', nullable: true })
  timingUntilYear: number | null = null;

  @Field(() => [String], { description: 'Samarbeid: the partners, verbatim.' })
  @Property({ type: 'json' })
  partners: Opt<string[]> = [];
}
