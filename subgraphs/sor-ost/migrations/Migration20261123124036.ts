import { Migration } from '@mikro-orm/migrations';
import { regionalForeignKeys } from '@pallnet/regional-kit';

/** The region's own tables; each has a network_id column. */
const OWN_NETWORK_TABLES = [
  'history_entry',
  'agreement_milestone',
  'governing_document',
  'group_member',
  'leadership_term',
  'activity_report',
  'goal',
  'external_activity',
  'talk',
];

/** The region's own tables that also point at a unit (regionalForeignKeys covers network_id only). */
const OWN_UNIT_TABLES = ['group_member', 'leadership_term', 'activity_report'];

/** Sør-Øst's initial schema: its network and unit variant, its own records, the template records, and their foreign keys. */
export class Migration20261123124036 extends Migration {

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

    this.addSql(`create table "activity_report" ("id" serial primary key, "network_id" varchar(255) not null, "position" int not null default 0, "unit_id" varchar(255) null, "year" int not null, "meetings_summary" varchar(255) null, "meetings_held" int null, "meetings_planned" int null, "planned_hours_per_meeting" double precision null, "meetings_cancelled" int null, "activity" text null, "gatherings" text null, "participation" text null, "joint_study_day_participants" int null, "job_shadowing" text null, "main_matters" jsonb not null, "postponed_matters" jsonb not null, "plans_for_year" int null, "plans" text null, "note" text null);`);
    this.addSql(`create index "activity_report_network_id_index" on "activity_report" ("network_id");`);
    this.addSql(`create index "activity_report_unit_id_index" on "activity_report" ("unit_id");`);

    this.addSql(`create table "agreement_milestone" ("id" serial primary key, "network_id" varchar(255) not null, "position" int not null default 0, "agreement_title" text not null, "step" varchar(255) not null, "date" date null, "period" varchar(255) null, "decided_by" varchar(255) null, "change" text null);`);
    this.addSql(`create index "agreement_milestone_network_id_index" on "agreement_milestone" ("network_id");`);

    this.addSql(`create table "external_activity" ("id" serial primary key, "network_id" varchar(255) not null, "position" int not null default 0, "year" int not null, "title" text not null, "kind" varchar(255) not null, "organiser" text null, "participants" jsonb not null, "participants_note" varchar(255) null, "note" text null);`);
    this.addSql(`create index "external_activity_network_id_index" on "external_activity" ("network_id");`);

    this.addSql(`create table "goal" ("id" serial primary key, "network_id" varchar(255) not null, "position" int not null default 0, "kind" text check ("kind" in ('MAIN', 'SUB')) not null, "number" int null, "title" text not null, "year" int not null, "carried_over_to" int null, "heading" varchar(255) not null);`);
    this.addSql(`create index "goal_network_id_index" on "goal" ("network_id");`);

    this.addSql(`create table "governing_document" ("id" serial primary key, "network_id" varchar(255) not null, "position" int not null default 0, "issuer" varchar(255) null, "title" text not null, "url" text null);`);
    this.addSql(`create index "governing_document_network_id_index" on "governing_document" ("network_id");`);

    this.addSql(`create table "group_member" ("id" serial primary key, "network_id" varchar(255) not null, "position" int not null default 0, "unit_id" varchar(255) not null, "name" varchar(255) not null, "function" varchar(255) null, "title" varchar(255) null, "workplace" varchar(255) null, "organisation" varchar(255) null, "replaces" varchar(255) null, "note" text null, "as_of" date null, "source_wording" text not null);`);
    this.addSql(`create index "group_member_network_id_index" on "group_member" ("network_id");`);
    this.addSql(`create index "group_member_unit_id_index" on "group_member" ("unit_id");`);

    this.addSql(`create table "history_entry" ("id" serial primary key, "network_id" varchar(255) not null, "position" int not null default 0, "period" varchar(255) not null, "from_year" int not null, "to_year" int null, "description" text not null, "actors" jsonb not null, "resulting_networks" jsonb not null);`);
    this.addSql(`create index "history_entry_network_id_index" on "history_entry" ("network_id");`);

    this.addSql(`create table "leadership_term" ("id" serial primary key, "network_id" varchar(255) not null, "position" int not null default 0, "unit_id" varchar(255) not null, "name" varchar(255) not null, "role" varchar(255) not null, "affiliation" varchar(255) null, "from_date" date null, "period" varchar(255) null, "employed_from" date null, "current" boolean not null default false, "note" text null);`);
    this.addSql(`create index "leadership_term_network_id_index" on "leadership_term" ("network_id");`);
    this.addSql(`create index "leadership_term_unit_id_index" on "leadership_term" ("unit_id");`);

    this.addSql(`create table "network" ("id" varchar(255) not null, "name" varchar(255) not null, "health_trust" varchar(255) not null, "established" int null, "mandate" text not null, "guideline_basis" text not null, "guideline_url" text null, "governance" text not null, "resource_person_role" text not null, "resource_person_tasks" jsonb not null, "website" varchar(255) null, "figure_captions" jsonb not null, constraint "network_pkey" primary key ("id"));`);

    this.addSql(`create table "talk" ("id" serial primary key, "network_id" varchar(255) not null, "position" int not null default 0, "event_date" date not null, "event_title" varchar(255) not null, "theme" text not null, "speakers" jsonb not null);`);
    this.addSql(`create index "talk_network_id_index" on "talk" ("network_id");`);

    this.addSql(`create table "unit" ("id" varchar(255) not null, "network_id" varchar(255) not null, "name" varchar(255) not null, "parent_id" varchar(255) null, "planned_meetings_per_year" int null, "position" int not null default 0, "responsibilities" jsonb not null, "kind" text check ("kind" in ('steering_group', 'operations_group', 'sector_network')) not null, "rotation_years" int null, "rotation_note" text null, "hospital" varchar(255) null, "hospital_abbreviation" varchar(255) null, "planned_gathering_hours_per_year" double precision null, constraint "unit_pkey" primary key ("id"));`);
    this.addSql(`create index "unit_network_id_index" on "unit" ("network_id");`);
    this.addSql(`create index "unit_parent_id_index" on "unit" ("parent_id");`);
    this.addSql(`create index "unit_kind_index" on "unit" ("kind");`);

    this.addSql(`create table "unit_municipality" ("id" serial primary key, "network_id" varchar(255) not null, "unit_id" varchar(255) null, "note" text null, "municipality_number" varchar(4) not null, "source_wording" varchar(255) not null);`);
    this.addSql(`create index "unit_municipality_network_id_index" on "unit_municipality" ("network_id");`);
    this.addSql(`create index "unit_municipality_unit_id_index" on "unit_municipality" ("unit_id");`);

    this.addSql(`create table "year_report" ("id" serial primary key, "network_id" varchar(255) not null, "unit_id" varchar(255) null, "note" text null, "year" int not null, "joined" int null, "left" int null, "membership_note" varchar(255) null, "goals_reached" text null, "themes" jsonb not null);`);
    this.addSql(`create index "year_report_network_id_index" on "year_report" ("network_id");`);
    this.addSql(`create index "year_report_unit_id_index" on "year_report" ("unit_id");`);

    for (const statement of regionalForeignKeys(OWN_NETWORK_TABLES)) this.addSql(statement);
    for (const table of OWN_UNIT_TABLES) {
      this.addSql(
        `alter table "${table}" add constraint "${table}_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete cascade deferrable initially deferred;`,
      );
    }
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "agreement" cascade;`);

    this.addSql(`drop table if exists "event" cascade;`);

    this.addSql(`drop table if exists "focus_area" cascade;`);

    this.addSql(`drop table if exists "funding" cascade;`);

    this.addSql(`drop table if exists "job_shadowing" cascade;`);

    this.addSql(`drop table if exists "membership_figure" cascade;`);

    this.addSql(`drop table if exists "activity_report" cascade;`);

    this.addSql(`drop table if exists "agreement_milestone" cascade;`);

    this.addSql(`drop table if exists "external_activity" cascade;`);

    this.addSql(`drop table if exists "goal" cascade;`);

    this.addSql(`drop table if exists "governing_document" cascade;`);

    this.addSql(`drop table if exists "group_member" cascade;`);

    this.addSql(`drop table if exists "history_entry" cascade;`);

    this.addSql(`drop table if exists "leadership_term" cascade;`);

    this.addSql(`drop table if exists "network" cascade;`);

    this.addSql(`drop table if exists "talk" cascade;`);

    this.addSql(`drop table if exists "unit" cascade;`);

    this.addSql(`drop table if exists "unit_municipality" cascade;`);

    this.addSql(`drop table if exists "year_report" cascade;`);
  }

}
