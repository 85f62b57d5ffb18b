import { Entity, Property } from '@mikro-orm/postgresql';
import { HealthRegion, Network } from '@pallnet/contract';
import { NetworkBase } from '@pallnet/regional-kit';
import { Directive, Field, ObjectType } from 'type-graphql';

/**
 * Sør-Øst's variant: one city-wide network since 2001, anchored in a sub-agreement between
 * Oslo kommune and the hospitals, led by a steering group and run by an operations group over
 * one sector network per local hospital area (its annual report 2021, data/source-document.txt).
 */
@Directive('@key(fields: "id")')
@ObjectType({
  implements: Network,
  description: 'A network of Helse Sør-Øst, organised as the annual report 2021 of Palliativt nettverk i Oslo describes.',
})
@Entity({ tableName: 'network' })
export class SorOstNetwork extends NetworkBase {
  get region(): HealthRegion {
    return HealthRegion.SOR_OST;
  }

  @Field({ description: 'Mandat og oppgaver: what the network shall work for and its purpose (formål), verbatim.' })
  @Property({ type: 'text' })
  mandate!: string;

  @Field({
    description: 'How the national guideline shapes the network: a resource nurse in every municipality/zone, nursing home and hospital ward, verbatim.',
  })
  @Property({ type: 'text' })
  guidelineBasis!: string;

  @Field(() => String, { nullable: true, description: "The link the report gives to read more on the guideline's organisation of the networks." })
  @Property({ type: 'text', nullable: true })
  guidelineUrl: string | null = null;

  @Field({ description: 'How the network is led and run, verbatim: steering group, operations group, one sector network per hospital.' })
  @Property({ type: 'text' })
  governance!: string;

  @Field({ description: 'How the tasks of a resource person are defined (the role description they follow), verbatim.' })
  @Property({ type: 'text' })
  resourcePersonRole!: string;

  @Field(() => [String], { description: 'Oppgaver for ressurspersonen: the tasks of each resource person, verbatim.' })
  @Property({ type: 'json' })
  resourcePersonTasks!: string[];

  @Field(() => String, { nullable: true, description: "The network's web page, where its activities are published." })
  @Property({ type: 'string', nullable: true })
  website: string | null = null;

  @Field(() => [String], {
    description: "Captions of the report's figures (organisation chart, annual cycle); the figures themselves are images the text does not contain.",
  })
  @Property({ type: 'json' })
  figureCaptions!: string[];
}
