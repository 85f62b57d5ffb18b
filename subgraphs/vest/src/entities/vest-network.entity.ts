import { Entity, Property } from '@mikro-orm/postgresql';
import { HealthRegion, Network } from '@pallnet/contract';
import { NetworkBase } from '@pallnet/regional-kit';
import { Directive, Field, ObjectType } from 'type-graphql';

/**
 * Vest's variant: one network per health trust area, run under an appendix to the cooperation
 * agreement, with a steering group over subject-specific operations groups over local network
 * groups (seed 000, Helse Stavanger).
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
}
