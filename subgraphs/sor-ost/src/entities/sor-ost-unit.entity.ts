import { Entity, Opt, Property } from '@mikro-orm/postgresql';
import { UnitBase } from '@pallnet/regional-kit';
import { Field, ObjectType } from 'type-graphql';

/** Sør-Øst's units, one table; each kind of unit is its own class and GraphQL type. */
// Not emitted itself: it only lends its fields to the concrete unit types.
@ObjectType()
@Entity({ tableName: 'unit', abstract: true, discriminatorColumn: 'kind' })
export abstract class SorOstUnit extends UnitBase {
  @Field(() => [String], { description: 'Funksjon og ansvar / oppgaver: the duties the network gives this kind of unit, verbatim.' })
  @Property({ type: 'json' })
  responsibilities: Opt<string[]> = [];
}
