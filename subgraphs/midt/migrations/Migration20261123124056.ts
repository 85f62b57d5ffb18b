import { Migration } from '@mikro-orm/migrations';
import { regionalForeignKeys } from '@pallnet/regional-kit';

/**
 * Midt's own links to its units, which the shared helper cannot know: deferred to commit time
 * like the shared ones, so a seed inserts rows in any order in one transaction.
 */
const midtUnitForeignKeys = [
  ['historical_municipality', 'unit_id', 'cascade'],
  ['mandate_duty', 'counterpart_unit_id', 'set null'],
  ['network', 'reports_to_unit_id', 'set null'],
].map(
  ([table, column, onDelete]) =>
    `alter table "${table}" add constraint "${table}_${column}_foreign" foreign key ("${column}") references "unit" ("id") on update cascade on delete ${onDelete} deferrable initially deferred;`,
);

/** Midt's initial schema: its network and unit variant, its own tables, the template records, and their foreign keys. */
export class Migration20261123124056 extends Migration {

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

    this.addSql(`create table "historical_municipality" ("id" serial primary key, "network_id" varchar(255) not null, "unit_id" varchar(255) not null, "name" varchar(255) not null, "named_in_document" boolean not null default true, "number_until_2017" varchar(4) not null, "county_until_2017" varchar(255) not null, "number_2018_2019" varchar(4) not null, "number_from_2020" varchar(4) not null, "name_from_2020" varchar(255) not null, "county_2024" varchar(255) not null, "note" text null, "position" int not null default 0);`);
    this.addSql(`create index "historical_municipality_network_id_index" on "historical_municipality" ("network_id");`);
    this.addSql(`create index "historical_municipality_unit_id_index" on "historical_municipality" ("unit_id");`);

    this.addSql(`create table "mandate_duty" ("id" serial primary key, "network_id" varchar(255) not null, "duty" text not null, "times_per_year" int null, "responsible" varchar(255) null, "counterpart_unit_id" varchar(255) null, "position" int not null default 0);`);
    this.addSql(`create index "mandate_duty_network_id_index" on "mandate_duty" ("network_id");`);
    this.addSql(`create index "mandate_duty_counterpart_unit_id_index" on "mandate_duty" ("counterpart_unit_id");`);

    this.addSql(`create table "network" ("id" varchar(255) not null, "name" varchar(255) not null, "health_trust" varchar(255) not null, "established" int null, "purpose" text not null, "anchoring" text not null, "reports_to_unit_id" varchar(255) null, "goals" jsonb not null, "target_group" text not null, "organisation" jsonb not null, "rotating_roles" jsonb not null, "rotates_between" jsonb not null, "planned_study_days_per_year" int null, "study_days_free" boolean null, "cost_sharing" text null, constraint "network_pkey" primary key ("id"));`);

    this.addSql(`create table "participant" ("id" serial primary key, "network_id" varchar(255) not null, "name" text not null, "abbreviation" varchar(255) null, "represented_partner" boolean not null default false, "position" int not null default 0);`);
    this.addSql(`create index "participant_network_id_index" on "participant" ("network_id");`);

    this.addSql(`create table "preceding_document" ("id" serial primary key, "network_id" varchar(255) not null, "citation" text not null, "title" text not null, "issued_by" varchar(255) null, "from_year" int null, "to_year" int null, "revision" varchar(255) null, "position" int not null default 0);`);
    this.addSql(`create index "preceding_document_network_id_index" on "preceding_document" ("network_id");`);

    this.addSql(`create table "unit" ("id" varchar(255) not null, "network_id" varchar(255) not null, "name" varchar(255) not null, "parent_id" varchar(255) null, "planned_meetings_per_year" int null, "position" int not null default 0, "description" text null, "kind" text check ("kind" in ('cooperation_committee', 'professional_council', 'professional_network', 'local_resource_group')) not null, "abbreviation" varchar(255) null, "representatives_chosen_by_municipalities" int null, "representatives_chosen_by_health_trust" int null, "also_represented" jsonb null, "service_agreement_number" int null, "service_agreement_title" varchar(255) null, "service_agreement_url" text null, "seat" varchar(255) null, "seat_municipality_number" varchar(4) null, "led_by" varchar(255) null, "participants_serve_as" varchar(255) null, "area" varchar(255) null, "document_wording" text null, "municipality_note" text null, constraint "unit_pkey" primary key ("id"));`);
    this.addSql(`create index "unit_network_id_index" on "unit" ("network_id");`);
    this.addSql(`create index "unit_parent_id_index" on "unit" ("parent_id");`);
    this.addSql(`create index "unit_kind_index" on "unit" ("kind");`);

    this.addSql(`create table "web_page" ("id" serial primary key, "network_id" varchar(255) not null, "url" text not null, "context" text not null, "published_by" varchar(255) null, "position" int not null default 0);`);
    this.addSql(`create index "web_page_network_id_index" on "web_page" ("network_id");`);

    this.addSql(`create table "unit_municipality" ("id" serial primary key, "network_id" varchar(255) not null, "unit_id" varchar(255) null, "note" text null, "municipality_number" varchar(4) not null, "source_wording" varchar(255) not null);`);
    this.addSql(`create index "unit_municipality_network_id_index" on "unit_municipality" ("network_id");`);
    this.addSql(`create index "unit_municipality_unit_id_index" on "unit_municipality" ("unit_id");`);

    this.addSql(`create table "year_report" ("id" serial primary key, "network_id" varchar(255) not null, "unit_id" varchar(255) null, "note" text null, "year" int not null, "joined" int null, "left" int null, "membership_note" varchar(255) null, "goals_reached" text null, "themes" jsonb not null);`);
    this.addSql(`create index "year_report_network_id_index" on "year_report" ("network_id");`);
    this.addSql(`create index "year_report_unit_id_index" on "year_report" ("unit_id");`);

    for (const statement of regionalForeignKeys(['participant', 'mandate_duty', 'web_page', 'preceding_document', 'historical_municipality'])) this.addSql(statement);
    for (const statement of midtUnitForeignKeys) this.addSql(statement);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "agreement" cascade;`);

    this.addSql(`drop table if exists "event" cascade;`);

    this.addSql(`drop table if exists "focus_area" cascade;`);

    this.addSql(`drop table if exists "funding" cascade;`);

    this.addSql(`drop table if exists "job_shadowing" cascade;`);

    this.addSql(`drop table if exists "membership_figure" cascade;`);

    this.addSql(`drop table if exists "historical_municipality" cascade;`);

    this.addSql(`drop table if exists "mandate_duty" cascade;`);

    this.addSql(`drop table if exists "network" cascade;`);

    this.addSql(`drop table if exists "participant" cascade;`);

    this.addSql(`drop table if exists "preceding_document" cascade;`);

    this.addSql(`drop table if exists "unit" cascade;`);

    this.addSql(`drop table if exists "web_page" cascade;`);

    this.addSql(`drop table if exists "unit_municipality" cascade;`);

    this.addSql(`drop table if exists "year_report" cascade;`);
  }

}
