import { RegionalSafetyMigration } from '@pallnet/regional-kit';

/**
 * Sør-Øst's erasure of resource persons (audit entries pseudonymised) and editors' idempotency keys.
 * The same migration in every region, so it is the regional kit's
 * (packages/regional-kit/src/migrations/safety.migration.ts).
 */
export class Migration20261130020000 extends RegionalSafetyMigration {}
