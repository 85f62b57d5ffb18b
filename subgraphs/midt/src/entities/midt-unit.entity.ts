import { Entity, Property } from '@mikro-orm/postgresql';
import { UnitBase } from '@pallnet/regional-kit';
import { Field, ObjectType } from 'type-graphql';

/** Midt's units, one table; each kind of unit is its own class and GraphQL type. */
// Not emitted itself: it only lends its fields to the concrete unit types.
@ObjectType()
@Entity({ tableName: 'unit', abstract: true, discriminatorColumn: 'kind' })
export abstract class MidtUnit extends UnitBase {
  @Field(() => String, { nullable: true, description: "Omtale: the document's description of this unit, verbatim; null where it gives none." })
  @Property({ type: 'text', nullable: true })
  description: string | null = null;
}
