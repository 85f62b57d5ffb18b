import { Migration } from '@mikro-orm/migrations';
import { dataVersionDownSql, dataVersionMigrationSql } from '@pallnet/subgraph-kit';

/*
 * The regional kit's fourth migration, the same in every region (issue 11): the data version that
 * every write raises, so that the subgraph may keep the rows it reads for as long as nothing has
 * changed (packages/subgraph-kit/src/read-cache.ts). Each region runs it under its own name
 * (migrations/Migration20261130030000.ts in Vest, …). Frozen: a later change gets a migration of
 * its own.
 */
export class RegionalDataVersionMigration extends Migration {
  override async up(): Promise<void> {
    for (const statement of dataVersionMigrationSql()) this.addSql(statement);
  }

  override async down(): Promise<void> {
    for (const statement of dataVersionDownSql()) this.addSql(statement);
  }
}
