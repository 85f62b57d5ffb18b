import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261123124024 } from './Migration20261123124024';

/** Every migration of this subgraph, oldest first. Generate new ones with `npm run migration:create -- innlandet`. */
export const migrations: MigrationObject[] = [{ name: 'Migration20261123124024', class: Migration20261123124024 }];
