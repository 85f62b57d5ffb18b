import { Entity, Opt, Property } from '@mikro-orm/postgresql';
import { HealthRegion, Network } from '@pallnet/contract';
import { NetworkBase } from '@pallnet/regional-kit';
import { Directive, Field, ObjectType } from 'type-graphql';

/**
 * Vest's variant: one network per health trust area, run under an appendix to the cooperation
 * agreement, with a steering group over subject-specific operations groups over local network
 * groups (Helse Stavanger; data/source-document.txt).
 */
@Directive('@key(fields: "id")')
@ObjectType({ implements: Network, description: 'A network of Helse Vest, organised as the Helse Stavanger agreement describes.' })
@Entity({ tableName: 'network' })
export class VestNetwork extends NetworkBase {
  get region(): HealthRegion {
    return HealthRegion.VEST;
  }

  @Field({ description: 'Formål, verbatim.' })
  @Property({ type: 'text' })
  purpose!: string;

  @Field({ description: 'Hva omfatter nettverket: who the resource persons are, verbatim.' })
  @Property({ type: 'text' })
  scope!: string;

  @Field(() => [String], { description: 'The practical tasks of the resource persons.' })
  @Property({ type: 'json' })
  resourcePersonTasks!: string[];

  @Field({ description: 'Begrepsavklaring: what a resource person (ressursperson) is, verbatim.' })
  @Property({ type: 'text' })
  resourcePersonDefinition!: string;

  @Field(() => [String], { description: 'Who the networks were established by, in cooperation (Bakgrunn).' })
  @Property({ type: 'json' })
  establishedBy!: string[];

  @Field(() => [String], { description: 'Driftsansvar: who runs the network together.' })
  @Property({ type: 'json' })
  operatedBy!: string[];

  @Field({ description: 'The secretariat of the networks, to which new appointments are reported.' })
  @Property({ type: 'string' })
  secretariat!: string;

  @Field(() => [String], { description: 'The national documents the agreement builds on.' })
  @Property({ type: 'json' })
  basedOn!: string[];

  @Field(() => [String], { description: 'What the parties commit to (section 9).' })
  @Property({ type: 'json' })
  partyCommitments!: string[];

  @Field({ description: 'How costs are shared.' })
  @Property({ type: 'text' })
  costSharing!: string;

  @Field(() => String, { nullable: true, description: "Where networks like this one are established, in the document's words (Bakgrunn)." })
  @Property({ type: 'text', nullable: true })
  establishedIn: string | null = null;

  @Field(() => String, { nullable: true, description: 'How the networks are anchored (forankret), verbatim (Bakgrunn).' })
  @Property({ type: 'text', nullable: true })
  anchoredVia: string | null = null;

  @Field(() => [String], { description: "The plans the networks share, in the document's words: strategiplan, kompetanseplan." })
  @Property({ type: 'json', default: '[]' })
  sharedPlans: Opt<string[]> = [];

  @Field(() => String, { nullable: true, description: 'Who prepared the shared plans, as the document names them.' })
  @Property({ type: 'string', nullable: true })
  sharedPlansPreparedBy: string | null = null;

  @Field(() => String, { nullable: true, description: 'What the document says about inter-municipal solutions for resource persons, verbatim.' })
  @Property({ type: 'text', nullable: true })
  interMunicipalSolutions: string | null = null;
}
