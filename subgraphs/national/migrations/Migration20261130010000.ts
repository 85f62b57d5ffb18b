import { Migration } from '@mikro-orm/migrations';

/**
 * Each network's regional health authority (RHF) in the catalog (issue 14). Existing entries get
 * their region's: Vest in Helse Vest, Midt in Helse Midt-Norge, Innlandet and Sør-Øst in Helse
 * Sør-Øst (the Innlandet plan: «i region sør-øst»).
 */
export class Migration20261130010000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "network_catalog" add column "regional_health_authority" text check ("regional_health_authority" in ('HELSE_NORD', 'HELSE_MIDT_NORGE', 'HELSE_VEST', 'HELSE_SOR_OST')) null;`);
    this.addSql(
      `update "network_catalog" set "regional_health_authority" = case "region" when 'VEST' then 'HELSE_VEST' when 'MIDT' then 'HELSE_MIDT_NORGE' when 'INNLANDET' then 'HELSE_SOR_OST' when 'SOR_OST' then 'HELSE_SOR_OST' end;`,
    );
    this.addSql(`alter table "network_catalog" alter column "regional_health_authority" set not null;`);
    this.addSql(`create index "network_catalog_regional_health_authority_index" on "network_catalog" ("regional_health_authority");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "network_catalog_regional_health_authority_index";`);
    this.addSql(`alter table "network_catalog" drop column "regional_health_authority";`);
  }
}
