import { RegionalEditingMigration } from '@pallnet/regional-kit';

/**
 * Vest's editors' tables: the register of resource persons, hospital units, the append-only
 * audit log, and versions for optimistic locking. The same migration in every region, so it is
 * the regional kit's (packages/regional-kit/src/migrations/editing.migration.ts).
 */
export class Migration20261123130828 extends RegionalEditingMigration {}
