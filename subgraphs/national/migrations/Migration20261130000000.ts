import { Migration } from '@mikro-orm/migrations';

/**
 * The national catalog's networks, the ones the source documents describe. The catalog is
 * reference data that every deployment must agree on, so a network enters it by a migration
 * (applied once, everywhere, in order), never by seeding an empty database. A new network is a
 * new migration like this one. Each id is the one its region seeds.
 */
const NETWORKS: Array<{ id: string; region: string; typeName: string }> = [
  { id: 'vest-helse-stavanger', region: 'VEST', typeName: 'VestNetwork' },
  { id: 'innlandet-sykehuset-innlandet', region: 'INNLANDET', typeName: 'InnlandetNetwork' },
  { id: 'midt-nord-trondelag', region: 'MIDT', typeName: 'MidtNetwork' },
  { id: 'sor-ost-oslo', region: 'SOR_OST', typeName: 'SorOstNetwork' },
];

export class Migration20261130000000 extends Migration {
  override async up(): Promise<void> {
    for (const { id, region, typeName } of NETWORKS) {
      // A database seeded before this migration already has them.
      this.addSql(`insert into "network_catalog" ("id", "region", "type_name") values ('${id}', '${region}', '${typeName}') on conflict ("id") do nothing;`);
    }
  }

  override async down(): Promise<void> {
    this.addSql(`delete from "network_catalog" where "id" in (${NETWORKS.map(({ id }) => `'${id}'`).join(', ')});`);
  }
}
