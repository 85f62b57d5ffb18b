import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261123122230 } from './Migration20261123122230';
import { Migration20261130000000 } from './Migration20261130000000';
import { Migration20261130010000 } from './Migration20261130010000';
import { Migration20261130030000 } from './Migration20261130030000';

/** Every migration of this subgraph, oldest first. Generate new ones with `npm run migration:create -- national`. */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261123122230', class: Migration20261123122230 },
  { name: 'Migration20261130000000', class: Migration20261130000000 },
  { name: 'Migration20261130010000', class: Migration20261130010000 },
  { name: 'Migration20261130030000', class: Migration20261130030000 },
];
