import { Entity, Index, Opt, PrimaryKey, Property } from '@mikro-orm/postgresql';

/**
 * An editor's Idempotency-Key, claimed in the transaction of the change it guards, with the
 * answer kept for a retry (packages/subgraph-kit/src/idempotency.ts). Rows older than 24 hours
 * are deleted when new keys are claimed. Not a GraphQL type.
 */
@Entity({ tableName: 'idempotent_request' })
export class IdempotentRequest {
  @PrimaryKey({ type: 'string' })
  subject!: string;

  @PrimaryKey({ type: 'string' })
  key!: string;

  @Property({ type: 'string', length: 64 })
  requestHash!: string;

  @Property({ type: 'json', nullable: true })
  response: unknown = null;

  @Index()
  @Property({ type: 'datetime', columnType: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();
}
