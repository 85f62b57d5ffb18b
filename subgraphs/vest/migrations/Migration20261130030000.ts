import { RegionalDataVersionMigration } from '@pallnet/regional-kit';

/**
 * Vest's data version, raised by every write, which lets the subgraph keep the rows it reads
 * while nothing changes. The same migration in every region, so it is the regional kit's
 * (packages/regional-kit/src/migrations/data-version.migration.ts).
 */
export class Migration20261130030000 extends RegionalDataVersionMigration {}
