import { Entity, Enum, Index, Opt, OptionalProps, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { JsonScalar } from './json.scalar';
import { AuditAction } from './register-enums';

/**
 * One change, written in the same transaction as the change itself. Append-only: the migration
 * that creates the table also makes PostgreSQL refuse every UPDATE, DELETE and TRUNCATE of it.
 */
@Directive('@shareable')
@ObjectType({ description: "One change to a region's data: who, when, what, before and after. Readable by that region's editors only." })
@Entity({ tableName: 'audit_entry' })
export class AuditEntry {
  [OptionalProps]?: 'atIso';

  @Field(() => ID)
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'datetime', columnType: 'timestamptz', defaultRaw: 'now()' })
  at: Opt<Date> = new Date();

  @Field({ description: "The token's subject of whoever made the change." })
  @Property({ type: 'string' })
  subject!: string;

  @Index()
  @Property({ type: 'string', nullable: true })
  networkId: string | null = null;

  @Field({ description: "The changed record's type, e.g. ResourcePerson, VestNetworkGroup, Event." })
  @Index()
  @Property({ type: 'string' })
  entity!: string;

  @Field(() => ID)
  @Index()
  @Property({ type: 'string' })
  entityId!: string;

  @Field(() => AuditAction)
  @Enum({ items: () => AuditAction })
  action!: AuditAction;

  @Field(() => JsonScalar, { nullable: true, description: 'The record before the change; null when it was created.' })
  @Property({ type: 'json', nullable: true })
  before: unknown = null;

  @Field(() => JsonScalar, { nullable: true })
  @Property({ type: 'json', nullable: true })
  after: unknown = null;

  @Field({ name: 'at', description: 'When, as an ISO 8601 timestamp.' })
  get atIso(): string {
    return this.at.toISOString();
  }
}
