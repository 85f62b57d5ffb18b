import { Migration } from '@mikro-orm/migrations';
import { regionalForeignKeys } from '@pallnet/regional-kit';
import { INNLANDET_NETWORK_TABLES, innlandetForeignKeys } from './innlandet-foreign-keys';

/** Innlandet's initial schema: its network and unit variant, its own tables, the template records, and their foreign keys. */
export class Migration20261123124024 extends Migration {

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

    this.addSql(`create table "action_plan" ("id" serial primary key, "network_id" varchar(255) not null, "title" text not null, "from_year" int not null, "to_year" int not null, "revised" varchar(255) null, "revised_year" int null, "revised_month" int null, "revised_by" varchar(255) null, "position" int not null default 0);`);
    this.addSql(`create index "action_plan_network_id_index" on "action_plan" ("network_id");`);

    this.addSql(`create table "annual_cycle" ("id" serial primary key, "network_id" varchar(255) not null, "title" varchar(255) not null, "principle" text not null);`);
    this.addSql(`create index "annual_cycle_network_id_index" on "annual_cycle" ("network_id");`);

    this.addSql(`create table "cycle_activity" ("id" serial primary key, "network_id" varchar(255) not null, "period_id" int not null, "text" text not null, "event_kind" text check ("event_kind" in ('NETWORK_MEETING', 'STUDY_DAY', 'INTRODUCTION_COURSE', 'GOVERNANCE_MEETING')) null, "month" int null, "day" int null, "unit_ids" jsonb not null, "digital" boolean null, "joint_meeting" boolean null, "position" int not null default 0);`);
    this.addSql(`create index "cycle_activity_network_id_index" on "cycle_activity" ("network_id");`);
    this.addSql(`create index "cycle_activity_period_id_index" on "cycle_activity" ("period_id");`);

    this.addSql(`create table "cycle_period" ("id" serial primary key, "network_id" varchar(255) not null, "cycle_id" int not null, "label" varchar(255) not null, "from_month" int not null, "to_month" int not null, "position" int not null default 0);`);
    this.addSql(`create index "cycle_period_network_id_index" on "cycle_period" ("network_id");`);
    this.addSql(`create index "cycle_period_cycle_id_index" on "cycle_period" ("cycle_id");`);

    this.addSql(`create table "action_plan_focus_area" ("id" serial primary key, "network_id" varchar(255) not null, "action_plan_id" int not null, "title" text not null, "measures" jsonb not null, "responsible" text null, "responsible_unit_ids" jsonb not null, "responsible_persons" jsonb not null, "deadline" varchar(255) null, "deadline_year" int null, "partners" jsonb not null, "position" int not null default 0);`);
    this.addSql(`create index "action_plan_focus_area_network_id_index" on "action_plan_focus_area" ("network_id");`);
    this.addSql(`create index "action_plan_focus_area_action_plan_id_index" on "action_plan_focus_area" ("action_plan_id");`);

    this.addSql(`create table "governing_document" ("id" serial primary key, "network_id" varchar(255) not null, "category" text check ("category" in ('NATIONAL', 'LAW', 'LOCAL')) not null, "citation" text not null, "title" text not null, "reference" varchar(255) null, "publisher" varchar(255) null, "year" int null, "updated_year" int null, "url" text null, "position" int not null default 0);`);
    this.addSql(`create index "governing_document_network_id_index" on "governing_document" ("network_id");`);

    this.addSql(`create table "meeting_rule" ("id" serial primary key, "network_id" varchar(255) not null, "unit_id" varchar(255) not null, "wording" text not null, "meetings_per_year" int not null, "video_conference_meetings" int null, "video_conference_preferred" boolean not null default false, "joint_with_unit_id" varchar(255) null, "minimum_joint_meetings" int null, "position" int not null default 0);`);
    this.addSql(`create index "meeting_rule_network_id_index" on "meeting_rule" ("network_id");`);
    this.addSql(`create index "meeting_rule_unit_id_index" on "meeting_rule" ("unit_id");`);

    this.addSql(`create table "network" ("id" varchar(255) not null, "name" varchar(255) not null, "health_trust" varchar(255) not null, "established" int null, "health_trust_abbreviation" varchar(255) not null, "organisation_chain" jsonb not null, "organisation_model" text not null, "organisation_levels" int not null, "organisation_chart_labels" jsonb not null, "main_goal" text not null, "goals" jsonb not null, constraint "network_pkey" primary key ("id"));`);

    this.addSql(`create table "planned_event" ("id" serial primary key, "network_id" varchar(255) not null, "focus_area_id" int not null, "kind" text check ("kind" in ('NETWORK_MEETING', 'STUDY_DAY', 'INTRODUCTION_COURSE', 'GOVERNANCE_MEETING')) not null, "title" varchar(255) not null, "schedule" varchar(255) not null, "year" int null, "days" int null, "audience" varchar(255) null, "note" text null, "position" int not null default 0);`);
    this.addSql(`create index "planned_event_network_id_index" on "planned_event" ("network_id");`);
    this.addSql(`create index "planned_event_focus_area_id_index" on "planned_event" ("focus_area_id");`);

    this.addSql(`create table "unit" ("id" varchar(255) not null, "network_id" varchar(255) not null, "name" varchar(255) not null, "parent_id" varchar(255) null, "planned_meetings_per_year" int null, "position" int not null default 0, "other_names" jsonb not null, "kind" text check ("kind" in ('cooperation_committee', 'clinical_committee', 'working_group', 'resource_nurse_network')) not null, "abbreviation" varchar(255) null, "anchored_in" varchar(255) null, "aim" text null, "service_qualities" jsonb null, "roles" jsonb null, "course_committee" text null, "coverage" text null, "chart_label" text null, constraint "unit_pkey" primary key ("id"));`);
    this.addSql(`create index "unit_network_id_index" on "unit" ("network_id");`);
    this.addSql(`create index "unit_parent_id_index" on "unit" ("parent_id");`);
    this.addSql(`create index "unit_kind_index" on "unit" ("kind");`);

    this.addSql(`create table "job_shadowing" ("id" serial primary key, "network_id" varchar(255) not null, "unit_id" varchar(255) null, "note" text null, "year" int not null, "who" varchar(255) not null, "host" varchar(255) null, "days" int null);`);
    this.addSql(`create index "job_shadowing_network_id_index" on "job_shadowing" ("network_id");`);
    this.addSql(`create index "job_shadowing_unit_id_index" on "job_shadowing" ("unit_id");`);

    this.addSql(`create table "membership_figure" ("id" serial primary key, "network_id" varchar(255) not null, "unit_id" varchar(255) null, "note" text null, "year" int null, "count" int not null, "as_of" date null, "source" text check ("source" in ('REPORTED', 'REGISTER')) not null default 'REPORTED');`);
    this.addSql(`create index "membership_figure_network_id_index" on "membership_figure" ("network_id");`);
    this.addSql(`create index "membership_figure_unit_id_index" on "membership_figure" ("unit_id");`);

    this.addSql(`create table "unit_municipality" ("id" serial primary key, "network_id" varchar(255) not null, "unit_id" varchar(255) null, "note" text null, "municipality_number" varchar(4) not null, "source_wording" varchar(255) not null);`);
    this.addSql(`create index "unit_municipality_network_id_index" on "unit_municipality" ("network_id");`);
    this.addSql(`create index "unit_municipality_unit_id_index" on "unit_municipality" ("unit_id");`);

    this.addSql(`create table "year_report" ("id" serial primary key, "network_id" varchar(255) not null, "unit_id" varchar(255) null, "note" text null, "year" int not null, "joined" int null, "left" int null, "membership_note" varchar(255) null, "goals_reached" text null, "themes" jsonb not null);`);
    this.addSql(`create index "year_report_network_id_index" on "year_report" ("network_id");`);
    this.addSql(`create index "year_report_unit_id_index" on "year_report" ("unit_id");`);

    for (const statement of regionalForeignKeys(INNLANDET_NETWORK_TABLES)) this.addSql(statement);
    for (const statement of innlandetForeignKeys()) this.addSql(statement);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "agreement" cascade;`);

    this.addSql(`drop table if exists "event" cascade;`);

    this.addSql(`drop table if exists "focus_area" cascade;`);

    this.addSql(`drop table if exists "funding" cascade;`);

    this.addSql(`drop table if exists "action_plan" cascade;`);

    this.addSql(`drop table if exists "annual_cycle" cascade;`);

    this.addSql(`drop table if exists "cycle_activity" cascade;`);

    this.addSql(`drop table if exists "cycle_period" cascade;`);

    this.addSql(`drop table if exists "action_plan_focus_area" cascade;`);

    this.addSql(`drop table if exists "governing_document" cascade;`);

    this.addSql(`drop table if exists "meeting_rule" cascade;`);

    this.addSql(`drop table if exists "network" cascade;`);

    this.addSql(`drop table if exists "planned_event" cascade;`);

    this.addSql(`drop table if exists "unit" cascade;`);

    this.addSql(`drop table if exists "job_shadowing" cascade;`);

    this.addSql(`drop table if exists "membership_figure" cascade;`);

    this.addSql(`drop table if exists "unit_municipality" cascade;`);

    this.addSql(`drop table if exists "year_report" cascade;`);
  }

}
