import { Entity, Opt, Property } from '@mikro-orm/postgresql';
import { UnitBase } from '@pallnet/regional-kit';
import { Field, ObjectType } from 'type-graphql';

/** Innlandet's units, one table; each level of the organisation chart is its own class and GraphQL type. */
// Not emitted itself: it only lends its fields to the concrete unit types.
@ObjectType()
@Entity({ tableName: 'unit', abstract: true, discriminatorColumn: 'kind' })
export abstract class InnlandetUnit extends UnitBase {
  // The action plan and the annual cycle name units by short forms ('Kl.utvalg', 'Arb.gr'); keeping them lets readers match those texts.
  @Field(() => [String], { description: "Other names and short forms the document uses for this unit, verbatim, e.g. 'Kl.utvalg', 'Arb.gr'." })
  @Property({ type: 'json' })
  otherNames: Opt<string[]> = [];
}
