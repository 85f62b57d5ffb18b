import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261123122730 } from './Migration20261123122730';
import { Migration20261123130828 } from './Migration20261123130828';
import { Migration20261130010000 } from './Migration20261130010000';
import { Migration20261130020000 } from './Migration20261130020000';
import { Migration20261130030000 } from './Migration20261130030000';

/** Every migration of this subgraph, oldest first. Generate new ones with `npm run migration:create -- vest`. */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261123122730', class: Migration20261123122730 },
  { name: 'Migration20261123130828', class: Migration20261123130828 },
  { name: 'Migration20261130010000', class: Migration20261130010000 },
  { name: 'Migration20261130020000', class: Migration20261130020000 },
  { name: 'Migration20261130030000', class: Migration20261130030000 },
];
