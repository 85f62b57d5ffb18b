import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261123124024 } from './Migration20261123124024';
import { Migration20261123130832 } from './Migration20261123130832';
import { Migration20261130010000 } from './Migration20261130010000';
import { Migration20261130020000 } from './Migration20261130020000';
import { Migration20261130030000 } from './Migration20261130030000';

/** Every migration of this subgraph, oldest first. Generate new ones with `npm run migration:create -- innlandet`. */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261123124024', class: Migration20261123124024 },
  { name: 'Migration20261123130832', class: Migration20261123130832 },
  { name: 'Migration20261130010000', class: Migration20261130010000 },
  { name: 'Migration20261130020000', class: Migration20261130020000 },
  { name: 'Migration20261130030000', class: Migration20261130030000 },
];
