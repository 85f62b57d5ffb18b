import { dataVersionMigrationSql } from '@pallnet/subgraph-kit';
import { regionalForeignKeys, registerForeignKeys } from '../foreign-keys';
import { APPEND_ONLY_AUDIT_LOG, UNIQUE_YEAR_REPORTS } from './editing.migration';
import { APPEND_ONLY_WITH_PSEUDONYMISATION, PSEUDONYMISE_PERSON } from './safety.migration';

/**
 * What a new region's first migration adds to the tables its entities describe (which
 * `npm run region:new` generates from them): the constraints, triggers and functions the four
 * older regions reached through the kit's editing, source-fidelity and safety migrations. A new
 * region starts at today's schema in one migration, instead of replaying that history.
 */
export function regionalDatabaseRules(extraNetworkTables: string[] = []): string[] {
  const [, ...auditTriggers] = APPEND_ONLY_AUDIT_LOG;
  return [
    ...regionalForeignKeys(extraNetworkTables),
    ...registerForeignKeys(),
    ...UNIQUE_YEAR_REPORTS,
    APPEND_ONLY_WITH_PSEUDONYMISATION,
    ...auditTriggers,
    PSEUDONYMISE_PERSON,
    // Last: it gives every table above its trigger.
    ...dataVersionMigrationSql(),
  ];
}
