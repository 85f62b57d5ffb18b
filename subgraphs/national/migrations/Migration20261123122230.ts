import { Migration } from '@mikro-orm/migrations';

export class Migration20261123122230 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "municipality" ("number" varchar(4) not null, "name" varchar(255) not null, "official_name" varchar(255) not null, "county" varchar(255) not null, constraint "municipality_pkey" primary key ("number"));`);
    this.addSql(`create index "municipality_county_index" on "municipality" ("county");`);

    this.addSql(`create table "network_catalog" ("id" varchar(255) not null, "region" text check ("region" in ('VEST', 'INNLANDET', 'MIDT', 'SOR_OST')) not null, "type_name" varchar(255) not null, "registered_at" timestamptz not null default now(), constraint "network_catalog_pkey" primary key ("id"));`);
    this.addSql(`create index "network_catalog_region_index" on "network_catalog" ("region");`);

    this.addSql(`create table "health_region" ("code" varchar(16) not null, "name" varchar(255) not null, constraint "health_region_pkey" primary key ("code"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "municipality" cascade;`);

    this.addSql(`drop table if exists "network_catalog" cascade;`);

    this.addSql(`drop table if exists "health_region" cascade;`);
  }

}
