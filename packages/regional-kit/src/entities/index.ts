export * from './audit-entry.entity';
export * from './idempotent-request.entity';
export * from './json.scalar';
export * from './network-base';
export * from './ordered-network-record';
export * from './register-enums';
export * from './resource-person.entity';
export * from './template-records';
export * from './unit-base';

import { AuditEntry } from './audit-entry.entity';
import { IdempotentRequest } from './idempotent-request.entity';
import { registerEntities } from './resource-person.entity';
import { templateEntities } from './template-records';

/** Every table the regional kit gives a region: each regional subgraph lists these beside its own. */
export const regionalKitEntities = [...templateEntities, ...registerEntities, AuditEntry, IdempotentRequest];
