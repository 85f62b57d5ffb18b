import { Migration } from '@mikro-orm/migrations';
import { registerForeignKeys } from '../foreign-keys';

/*
 * The regional kit's second migration, the same in every region: the editors' tables (the
 * register of resource persons and their unit memberships, the hospital units, the audit log)
 * and a version on every editable record. Generated with `npm run migration:create -- <region>`
 * (identical for the four regions), plus what the generator cannot derive from the entities.
 * Each region runs it under its own name (migrations/Migration20261123130828.ts in Vest, …).
 * Frozen: a later change to the kit's tables gets a migration of its own, never an edit here.
 */

const CREATE_TABLES = [
  `create table "audit_entry" ("id" serial primary key, "at" timestamptz not null default now(), "subject" varchar(255) not null, "network_id" varchar(255) null, "entity" varchar(255) not null, "entity_id" varchar(255) not null, "action" text check ("action" in ('CREATE', 'UPDATE', 'END_APPOINTMENT')) not null, "before" jsonb null, "after" jsonb null);`,
  `create index "audit_entry_network_id_index" on "audit_entry" ("network_id");`,
  `create index "audit_entry_entity_index" on "audit_entry" ("entity");`,
  `create index "audit_entry_entity_id_index" on "audit_entry" ("entity_id");`,
  `create table "hospital_unit" ("id" serial primary key, "network_id" varchar(255) not null, "unit_id" varchar(255) null, "note" text null, "version" int not null default 1, "name" varchar(255) not null, "hospital" varchar(255) null);`,
  `create index "hospital_unit_network_id_index" on "hospital_unit" ("network_id");`,
  `create index "hospital_unit_unit_id_index" on "hospital_unit" ("unit_id");`,
  `create table "resource_person" ("id" uuid not null, "network_id" varchar(255) not null, "name" varchar(200) not null, "profession" text check ("profession" in ('NURSE', 'PHYSIOTHERAPIST', 'OCCUPATIONAL_THERAPIST', 'OTHER')) not null, "workplace_kind" text check ("workplace_kind" in ('HOME_CARE', 'NURSING_HOME', 'HOSPITAL_WARD', 'OTHER')) not null, "workplace_name" varchar(200) not null, "municipality_number" varchar(4) not null, "hospital_unit_id" int null, "appointed_from" date not null, "appointed_to" date null, "email" varchar(254) null, "phone" varchar(32) null, "version" int not null default 1, constraint "resource_person_pkey" primary key ("id"));`,
  `create index "resource_person_network_id_index" on "resource_person" ("network_id");`,
  `create index "resource_person_hospital_unit_id_index" on "resource_person" ("hospital_unit_id");`,
  `create table "unit_membership" ("id" serial primary key, "network_id" varchar(255) not null, "person_id" uuid not null, "unit_id" varchar(255) not null, "member_from" date not null, "member_to" date null);`,
  `create index "unit_membership_network_id_index" on "unit_membership" ("network_id");`,
  `create index "unit_membership_person_id_index" on "unit_membership" ("person_id");`,
  `create index "unit_membership_unit_id_index" on "unit_membership" ("unit_id");`,
];

const ADD_VERSIONS = [
  `alter table "agreement" add column "version" int not null default 1;`,
  `alter table "event" add column "version" int not null default 1;`,
  `alter table "focus_area" add column "version" int not null default 1;`,
  `alter table "funding" add column "version" int not null default 1;`,
  `alter table "job_shadowing" add column "version" int not null default 1;`,
  `alter table "membership_figure" add column "version" int not null default 1;`,
  `alter table "unit_municipality" add column "version" int not null default 1;`,
  `alter table "unit" add column "version" int not null default 1;`,
  `alter table "year_report" add column "version" int not null default 1;`,
];

/** PostgreSQL itself refuses to change or remove an audit entry: the log is append-only. */
export const APPEND_ONLY_AUDIT_LOG = [
  `create function "audit_entry_append_only"() returns trigger language plpgsql as $$ begin raise exception 'audit_entry is append-only: % is not allowed', tg_op; end $$;`,
  `create trigger "audit_entry_no_update_or_delete" before update or delete on "audit_entry" for each row execute function "audit_entry_append_only"();`,
  `create trigger "audit_entry_no_truncate" before truncate on "audit_entry" for each statement execute function "audit_entry_append_only"();`,
];

/**
 * One year report per network or unit and year: two editors recording a year's figures for the
 * first time at the same moment cannot both insert one.
 */
export const UNIQUE_YEAR_REPORTS = [`create unique index "year_report_scope_year_unique" on "year_report" ("network_id", coalesce("unit_id", ''), "year");`];

const DOWN = [
  `drop function if exists "audit_entry_append_only"() cascade;`,
  `drop index if exists "year_report_scope_year_unique";`,
  `drop table if exists "audit_entry" cascade;`,
  `drop table if exists "hospital_unit" cascade;`,
  `drop table if exists "resource_person" cascade;`,
  `drop table if exists "unit_membership" cascade;`,
  `alter table "agreement" drop column "version";`,
  `alter table "event" drop column "version";`,
  `alter table "focus_area" drop column "version";`,
  `alter table "funding" drop column "version";`,
  `alter table "job_shadowing" drop column "version";`,
  `alter table "membership_figure" drop column "version";`,
  `alter table "unit" drop column "version";`,
  `alter table "unit_municipality" drop column "version";`,
  `alter table "year_report" drop column "version";`,
];

export class RegionalEditingMigration extends Migration {
  override async up(): Promise<void> {
    for (const statement of [...CREATE_TABLES, ...ADD_VERSIONS, ...registerForeignKeys(), ...UNIQUE_YEAR_REPORTS, ...APPEND_ONLY_AUDIT_LOG]) {
      this.addSql(statement);
    }
  }

  override async down(): Promise<void> {
    for (const statement of DOWN) this.addSql(statement);
  }
}
