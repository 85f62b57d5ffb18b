import { Entity, Property } from '@mikro-orm/postgresql';
import { HealthRegion, Network } from '@pallnet/contract';
import { NetworkBase } from '@pallnet/regional-kit';
import { Directive, Field, Int, ObjectType } from 'type-graphql';

/**
 * Innlandet's variant: one network of resource nurses under Sykehuset Innlandet and the
 * municipalities, steered through the cooperation committee (OSU), a clinical committee and a
 * working group, and run by an annual cycle and a two-year action plan (data/source-document.txt).
 */
@Directive('@key(fields: "id")')
@ObjectType({
  implements: Network,
  description: "A network of Sykehuset Innlandet's area, organised as its action plan (Handlingsplan 2020-2021) describes.",
})
@Entity({ tableName: 'network' })
export class InnlandetNetwork extends NetworkBase {
  get region(): HealthRegion {
    return HealthRegion.INNLANDET;
  }

  @Field({ description: "The health trust's short form in the document, e.g. 'SI'." })
  @Property({ type: 'string' })
  healthTrustAbbreviation!: string;

  @Field(() => [String], {
    description: 'Organisasjonskart og forankring: the chain from the health trust down to the resource nurses, top first, verbatim.',
  })
  @Property({ type: 'json' })
  organisationChain!: string[];

  @Field({ description: "What the organisation chart shows, in the document's words (levels and their mandates)." })
  @Property({ type: 'text' })
  organisationModel!: string;

  @Field(() => Int, { description: "How many levels the chart's professional network has ('fagnettverk 3 nivåer')." })
  @Property({ type: 'integer' })
  organisationLevels!: number;

  @Field(() => [String], {
    description:
      "The labels of the organisation chart's boxes as the text extraction keeps them, verbatim (the drawing's lines are lost; 'GSU' is not spelt out).",
  })
  @Property({ type: 'json' })
  organisationChartLabels!: string[];

  @Field({ description: 'Mål for ressurssykepleiernettverket: the main goal, verbatim.' })
  @Property({ type: 'text' })
  mainGoal!: string;

  @Field(() => [String], { description: 'The bullet goals under the main goal, verbatim.' })
  @Property({ type: 'json' })
  goals!: string[];
}
