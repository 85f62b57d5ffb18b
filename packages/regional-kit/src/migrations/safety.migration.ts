import { Migration } from '@mikro-orm/migrations';

/*
 * The regional kit's third migration, the same in every region (issue 17): erasing a resource
 * person with their audit entries pseudonymised, and the idempotency keys of editors' requests.
 * Each region runs it under its own name (migrations/Migration20261130020000.ts in Vest, …).
 * Frozen: a later change gets a migration of its own.
 */

/** The audit log's actions, with ERASE: the fact that a person was erased, with no personal data. */
const ERASE_ACTION = [
  `alter table "audit_entry" drop constraint if exists "audit_entry_action_check";`,
  `alter table "audit_entry" add constraint "audit_entry_action_check" check ("action" in ('CREATE', 'UPDATE', 'END_APPOINTMENT', 'ERASE'));`,
];

/**
 * The audit log stays append-only, with one controlled exception: inside
 * `audit_entry_pseudonymise_person` (which sets `pallnet.audit_pseudonymisation` for its own
 * transaction only) an UPDATE may change `before` and `after`, and nothing else: who, when, what
 * and which record stay as they were, so the fact that a change happened is kept. DELETE and
 * TRUNCATE stay refused always.
 */
const APPEND_ONLY_WITH_PSEUDONYMISATION = `create or replace function "audit_entry_append_only"() returns trigger language plpgsql as $$
begin
  if tg_op = 'UPDATE' and current_setting('pallnet.audit_pseudonymisation', true) = 'on'
     and new.id = old.id and new.at = old.at and new.subject = old.subject
     and new.network_id is not distinct from old.network_id and new.entity = old.entity
     and new.entity_id = old.entity_id and new.action = old.action then
    return new;
  end if;
  raise exception 'audit_entry is append-only: % is not allowed', tg_op;
end $$;`;

/**
 * Removes what identifies an erased resource person (name, email, phone, workplace name) from
 * every audit entry of theirs, marking each `"pseudonymised": true`; the rest (profession, kind of
 * workplace, municipality, dates, memberships) stays, as do the entries themselves. Only for a
 * person no longer in the register, so it cannot be used to blank the history of a live record.
 * SECURITY DEFINER: it runs as the migration's owner, so a runtime role that may not UPDATE
 * audit_entry at all can still erase through this path and no other.
 */
const PSEUDONYMISE_PERSON = `create or replace function "audit_entry_pseudonymise_person"(person_id text) returns integer
language plpgsql security definer set search_path = public as $$
declare
  changed integer;
  personal text[] := array['name', 'email', 'phone', 'workplaceName'];
begin
  if exists (select 1 from resource_person where id::text = person_id) then
    raise exception 'resource person % is still in the register: erase the person first', person_id;
  end if;
  perform set_config('pallnet.audit_pseudonymisation', 'on', true);
  update audit_entry
     set before = case when before is null then null else (before - personal) || '{"pseudonymised": true}'::jsonb end,
         after = case when after is null then null else (after - personal) || '{"pseudonymised": true}'::jsonb end
   where entity = 'ResourcePerson' and entity_id = person_id;
  get diagnostics changed = row_count;
  perform set_config('pallnet.audit_pseudonymisation', 'off', true);
  return changed;
end $$;`;

/**
 * One row per editor's Idempotency-Key: claimed in the transaction of the change it guards (so
 * a retry can never apply the change twice), with the answer kept for a retry. Kept 24 hours.
 */
const IDEMPOTENT_REQUESTS = [
  `create table "idempotent_request" ("subject" varchar(255) not null, "key" varchar(255) not null, "request_hash" varchar(64) not null, "response" jsonb null, "created_at" timestamptz not null default now(), constraint "idempotent_request_pkey" primary key ("subject", "key"));`,
  `create index "idempotent_request_created_at_index" on "idempotent_request" ("created_at");`,
];

const DOWN = [
  `drop table if exists "idempotent_request";`,
  `drop function if exists "audit_entry_pseudonymise_person"(text);`,
  `create or replace function "audit_entry_append_only"() returns trigger language plpgsql as $$ begin raise exception 'audit_entry is append-only: % is not allowed', tg_op; end $$;`,
  `alter table "audit_entry" drop constraint if exists "audit_entry_action_check";`,
  `alter table "audit_entry" add constraint "audit_entry_action_check" check ("action" in ('CREATE', 'UPDATE', 'END_APPOINTMENT'));`,
];

export class RegionalSafetyMigration extends Migration {
  override async up(): Promise<void> {
    for (const statement of [...ERASE_ACTION, APPEND_ONLY_WITH_PSEUDONYMISATION, PSEUDONYMISE_PERSON, ...IDEMPOTENT_REQUESTS]) this.addSql(statement);
  }

  override async down(): Promise<void> {
    for (const statement of DOWN) this.addSql(statement);
  }
}
