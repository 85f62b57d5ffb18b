import { Migration } from '@mikro-orm/migrations';
import { dataVersionDownSql, dataVersionMigrationSql } from '@pallnet/subgraph-kit';

/**
 * The catalog's data version, raised by every write, which lets the subgraph keep the rows it
 * reads while nothing changes (packages/subgraph-kit/src/read-cache.ts; issue 11).
 */
export class Migration20261130030000 extends Migration {
  override async up(): Promise<void> {
    for (const statement of dataVersionMigrationSql()) this.addSql(statement);
  }

  override async down(): Promise<void> {
    for (const statement of dataVersionDownSql()) this.addSql(statement);
  }
}
