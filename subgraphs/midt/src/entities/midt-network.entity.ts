import { Entity, Opt, Property } from '@mikro-orm/postgresql';
import { HealthRegion, Network } from '@pallnet/contract';
import { NetworkBase } from '@pallnet/regional-kit';
import { Directive, Field, Int, ObjectType } from 'type-graphql';

/**
 * Midt's variant: one professional network (fagnettverk) for Helse Nord-Trøndelag and its
 * municipalities, tied to the professional council of service agreement 2 under the cooperation
 * committees (PSU over ASU), run with rotating leader and secretary and a mandate of two study days a
 * year (data/source-document.txt).
 */
@Directive('@key(fields: "id")')
@ObjectType({ implements: Network, description: 'A network of Helse Midt-Norge, organised as the Helse Nord-Trøndelag description gives it.' })
@Entity({ tableName: 'network' })
export class MidtNetwork extends NetworkBase {
  get region(): HealthRegion {
    return HealthRegion.MIDT;
  }

  @Field({ description: 'Målet med fagnettverket: the purpose as the document states it, verbatim.' })
  @Property({ type: 'text' })
  purpose!: string;

  @Field({ description: 'How the network is tied to the professional council it reports to, verbatim.' })
  @Property({ type: 'text' })
  anchoring!: string;

  // The council is one of the network's own units; the column lets `reportsTo` name it without a search by kind.
  @Property({ type: 'string', nullable: true })
  reportsToUnitId: string | null = null;

  @Field(() => [String], { description: 'Mål: the goals of the network, verbatim, in the order of the document.' })
  @Property({ type: 'json' })
  goals!: string[];

  @Field({ description: 'Målgruppe: who the network is for, verbatim.' })
  @Property({ type: 'text' })
  targetGroup!: string;

  @Field(() => [String], { description: 'Organisering: how the network is organised, verbatim, one entry per bullet.' })
  @Property({ type: 'json' })
  organisation!: string[];

  @Field(() => [String], { description: "The functions that rotate (Leder, sekretærfunksjon), in the document's words." })
  @Property({ type: 'json' })
  rotatingRoles: Opt<string[]> = [];

  @Field(() => [String], { description: "The parties the leader and secretary functions rotate between, in the document's words." })
  @Property({ type: 'json' })
  rotatesBetween: Opt<string[]> = [];

  @Field(() => Int, { nullable: true, description: 'Study days (fagdager) a year that the mandate asks the network to arrange.' })
  @Property({ type: 'integer', nullable: true })
  plannedStudyDaysPerYear: number | null = null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'True when the document says the study days themselves are free of charge; null where it does not say.',
  })
  @Property({ type: 'boolean', nullable: true })
  studyDaysFree: boolean | null = null;

  @Field(() => String, { nullable: true, description: 'Who carries the costs of arranging study days, verbatim.' })
  @Property({ type: 'text', nullable: true })
  costSharing: string | null = null;
}
