import { Entity, Enum, Index, Opt, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { DateScalar } from '@pallnet/contract';
import { randomUUID } from 'node:crypto';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Profession, WorkplaceKind } from './register-enums';

/**
 * A resource person (ressursperson) in a region's register: appointed personally, for a
 * network, tied to a workplace and a municipality. Contact details (email, phone) are resolved
 * only for the region's own editors; see the register resolvers.
 */
@Directive('@shareable')
@ObjectType({
  description: "A resource person (ressursperson) in a region's register. Not readable anonymously; email and phone only for the region's own editors.",
})
@Entity({ tableName: 'resource_person' })
export class ResourcePerson {
  // A UUID rather than a counter: it says nothing about how many persons a register holds.
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = randomUUID();

  @Index()
  @Property({ type: 'string' })
  networkId!: string;

  @Field()
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => Profession)
  @Enum({ items: () => Profession })
  profession!: Profession;

  @Field(() => WorkplaceKind)
  @Enum({ items: () => WorkplaceKind })
  workplaceKind!: WorkplaceKind;

  @Field({ description: "The workplace's name, e.g. 'Hjemmesykepleien Sandnes øst', 'Lassa sykehjem'." })
  @Property({ type: 'string', length: 200 })
  workplaceName!: string;

  /** kommunenummer of the workplace; resolved as `municipality`. */
  @Property({ type: 'string', length: 4 })
  municipalityNumber!: string;

  /** For a hospital ward: which registered hospital unit; resolved as `hospitalUnit`. */
  @Index()
  @Property({ type: 'integer', nullable: true })
  hospitalUnitId: number | null = null;

  @Field(() => DateScalar, { description: 'First day of the personal appointment.' })
  @Property({ type: 'string', columnType: 'date' })
  appointedFrom!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Last day of the appointment; null while it lasts.' })
  @Property({ type: 'string', columnType: 'date', nullable: true })
  appointedTo: string | null = null;

  @Property({ type: 'string', length: 254, nullable: true })
  email: string | null = null;

  @Property({ type: 'string', length: 32, nullable: true })
  phone: string | null = null;

  @Field(() => Int, { description: 'Goes up by one with every change; an update must name the version it read.' })
  @Property({ type: 'integer', default: 1 })
  version: Opt<number> = 1;
}

/** A resource person's membership of one of the network's units, from a day, possibly to a day. */
@Directive('@shareable')
@ObjectType({ description: "A resource person's membership of a unit." })
@Entity({ tableName: 'unit_membership' })
export class UnitMembership {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Index()
  @Property({ type: 'string' })
  networkId!: string;

  @Index()
  @Property({ type: 'uuid' })
  personId!: string;

  /** Resolved as `unit`. */
  @Index()
  @Property({ type: 'string' })
  unitId!: string;

  @Field(() => DateScalar, { name: 'from' })
  @Property({ type: 'string', columnType: 'date' })
  memberFrom!: string;

  @Field(() => DateScalar, { name: 'to', nullable: true, description: 'Null while the membership lasts.' })
  @Property({ type: 'string', columnType: 'date', nullable: true })
  memberTo: string | null = null;
}

/** Every entity of the register of resource persons. */
export const registerEntities = [ResourcePerson, UnitMembership];
