import { Entity, Opt, Property } from '@mikro-orm/postgresql';
import { UnitBase } from '@pallnet/regional-kit';
import { Field, ObjectType } from 'type-graphql';

/** Vest's units, one table; each kind of unit is its own class and GraphQL type. */
// Not emitted itself: it only lends its fields to the concrete unit types.
@ObjectType()
@Entity({ tableName: 'unit', abstract: true, discriminatorColumn: 'kind' })
export abstract class VestUnit extends UnitBase {
  @Field(() => [String], { description: 'Funksjon og ansvar: the duties the agreement gives this kind of unit.' })
  @Property({ type: 'json' })
  responsibilities: Opt<string[]> = [];
}
