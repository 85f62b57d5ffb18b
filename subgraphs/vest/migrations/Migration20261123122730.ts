import { Migration } from '@mikro-orm/migrations';
import { regionalForeignKeys } from '@pallnet/regional-kit';

/** Vest's initial schema: its network and unit variant, the template records, and their foreign keys. */
export class Migration20261123122730 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "agreement" ("id" serial primary key, "network_id" varchar(255) not null, "unit_id" varchar(255) null, "note" text null, "title" text not null, "kind" varchar(255) null, "part_of" varchar(255) null, "parties" jsonb not null, "adopted" date null, "revised" jsonb not null, "in_force_from" date null, "position" int not null default 0);`);
    this.addSql(`create index "agreement_network_id_index" on "agreement" ("network_id");`);
    this.addSql(`create index "agreement_unit_id_index" on "agreement" ("unit_id");`);

    this.addSql(`create table "event" ("id" serial primary key, "network_id" varchar(255) not null, "unit_id" varchar(255) null, "note" text null, "kind" text check ("kind" in ('NETWORK_MEETING', 'STUDY_DAY', 'INTRODUCTION_COURSE', 'GOVERNANCE_MEETING')) not null, "title" varchar(255) not null, "date" date null, "year" int null, "period" varchar(255) null, "hours" double precision null, "registered" int null, "attended_in_person" int null, "attended_digitally" int null, "participants" int null, "form" varchar(255) null, "location" varchar(255) null, "themes" jsonb not null);`);
    this.addSql(`create index "event_network_id_index" on "event" ("network_id");`);
    this.addSql(`create index "event_unit_id_index" on "event" ("unit_id");`);
    this.addSql(`create index "event_date_index" on "event" ("date");`);

    this.addSql(`create table "focus_area" ("id" serial primary key, "network_id" varchar(255) not null, "unit_id" varchar(255) null, "note" text null, "year" int not null, "title" text not null, "status" text check ("status" in ('NEW', 'CONTINUED', 'COMPLETED')) not null);`);
    this.addSql(`create index "focus_area_network_id_index" on "focus_area" ("network_id");`);
    this.addSql(`create index "focus_area_unit_id_index" on "focus_area" ("unit_id");`);

    this.addSql(`create table "funding" ("id" serial primary key, "network_id" varchar(255) not null, "unit_id" varchar(255) null, "note" text null, "year" int not null, "source" varchar(255) not null, "amount_nok" int null, "purpose" text null);`);
    this.addSql(`create index "funding_network_id_index" on "funding" ("network_id");`);
    this.addSql(`create index "funding_unit_id_index" on "funding" ("unit_id");`);

    this.addSql(`create table "job_shadowing" ("id" serial primary key, "network_id" varchar(255) not null, "unit_id" varchar(255) null, "note" text null, "year" int not null, "who" varchar(255) not null, "host" varchar(255) null, "days" int null);`);
    this.addSql(`create index "job_shadowing_network_id_index" on "job_shadowing" ("network_id");`);
    this.addSql(`create index "job_shadowing_unit_id_index" on "job_shadowing" ("unit_id");`);

    this.addSql(`create table "membership_figure" ("id" serial primary key, "network_id" varchar(255) not null, "unit_id" varchar(255) null, "note" text null, "year" int null, "count" int not null, "as_of" date null, "source" text check ("source" in ('REPORTED', 'REGISTER')) not null default 'REPORTED');`);
    this.addSql(`create index "membership_figure_network_id_index" on "membership_figure" ("network_id");`);
    this.addSql(`create index "membership_figure_unit_id_index" on "membership_figure" ("unit_id");`);

    this.addSql(`create table "unit_municipality" ("id" serial primary key, "network_id" varchar(255) not null, "unit_id" varchar(255) null, "note" text null, "municipality_number" varchar(4) not null, "source_wording" varchar(255) not null);`);
    this.addSql(`create index "unit_municipality_network_id_index" on "unit_municipality" ("network_id");`);
    this.addSql(`create index "unit_municipality_unit_id_index" on "unit_municipality" ("unit_id");`);

    this.addSql(`create table "network" ("id" varchar(255) not null, "name" varchar(255) not null, "health_trust" varchar(255) not null, "established" int null, "purpose" text not null, "scope" text not null, "resource_person_tasks" jsonb not null, "resource_person_definition" text not null, "established_by" jsonb not null, "operated_by" jsonb not null, "secretariat" varchar(255) not null, "based_on" jsonb not null, "party_commitments" jsonb not null, "cost_sharing" text not null, constraint "network_pkey" primary key ("id"));`);

    this.addSql(`create table "obligation" ("id" serial primary key, "network_id" varchar(255) not null, "applies_to" varchar(255) not null, "level" text check ("level" in ('STEERING', 'OPERATIONS', 'LOCAL')) null, "duty" text not null, "minimum_per_year" int null, "position" int not null default 0);`);
    this.addSql(`create index "obligation_network_id_index" on "obligation" ("network_id");`);

    this.addSql(`create table "unit" ("id" varchar(255) not null, "network_id" varchar(255) not null, "name" varchar(255) not null, "parent_id" varchar(255) null, "planned_meetings_per_year" int null, "position" int not null default 0, "responsibilities" jsonb not null, "kind" text check ("kind" in ('steering_group', 'operations_group', 'network_group')) not null, "health_trust_representatives" int null, "municipality_representatives" int null, "attendance_rights" text null, "professional_network" varchar(255) null, "representatives_from" jsonb null, "composition_rule" text null, "appointment_term_years" int null, "leader_term_years" int null, "group_number" int null, "member_sources" jsonb null, "covers_whole_area" boolean null default false, constraint "unit_pkey" primary key ("id"));`);
    this.addSql(`create index "unit_network_id_index" on "unit" ("network_id");`);
    this.addSql(`create index "unit_parent_id_index" on "unit" ("parent_id");`);
    this.addSql(`create index "unit_kind_index" on "unit" ("kind");`);

    this.addSql(`create table "year_report" ("id" serial primary key, "network_id" varchar(255) not null, "unit_id" varchar(255) null, "note" text null, "year" int not null, "joined" int null, "left" int null, "membership_note" varchar(255) null, "goals_reached" text null, "themes" jsonb not null);`);
    this.addSql(`create index "year_report_network_id_index" on "year_report" ("network_id");`);
    this.addSql(`create index "year_report_unit_id_index" on "year_report" ("unit_id");`);

    for (const statement of regionalForeignKeys(['obligation'])) this.addSql(statement);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "agreement" cascade;`);

    this.addSql(`drop table if exists "event" cascade;`);

    this.addSql(`drop table if exists "focus_area" cascade;`);

    this.addSql(`drop table if exists "funding" cascade;`);

    this.addSql(`drop table if exists "job_shadowing" cascade;`);

    this.addSql(`drop table if exists "membership_figure" cascade;`);

    this.addSql(`drop table if exists "unit_municipality" cascade;`);

    this.addSql(`drop table if exists "network" cascade;`);

    this.addSql(`drop table if exists "obligation" cascade;`);

    this.addSql(`drop table if exists "unit" cascade;`);

    this.addSql(`drop table if exists "year_report" cascade;`);
  }

}
