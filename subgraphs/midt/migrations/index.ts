import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261123124056 } from './Migration20261123124056';
import { Migration20261123130835 } from './Migration20261123130835';
import { Migration20261130010000 } from './Migration20261130010000';
import { Migration20261130020000 } from './Migration20261130020000';
import { Migration20261130030000 } from './Migration20261130030000';

/** Every migration of this subgraph, oldest first. Generate new ones with `npm run migration:create -- midt`. */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261123124056', class: Migration20261123124056 },
  { name: 'Migration20261123130835', class: Migration20261123130835 },
  { name: 'Migration20261130010000', class: Migration20261130010000 },
  { name: 'Migration20261130020000', class: Migration20261130020000 },
  { name: 'Migration20261130030000', class: Migration20261130030000 },
];
