import { Migrator } from '@mikro-orm/migrations';
import { MikroORM } from '@mikro-orm/postgresql';
import type { SubgraphDefinition } from '@pallnet/subgraph-kit';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres } from '../embedded-postgres';
import { REPO_ROOT, subgraphDefinitionModule, SUBGRAPHS } from '../repo';

/**
 * `npm run migration:create -- <subgraph>`: applies the subgraph's migrations to a throw-away
 * embedded PostgreSQL, diffs them against its entities, and writes the difference as a new
 * migration file into subgraphs/<name>/migrations/ (add it to that folder's index.ts).
 */
async function main(): Promise<void> {
  const name = process.argv[2];
  if (!SUBGRAPHS.some((s) => s.name === name)) {
    throw new Error(`Usage: npm run migration:create -- <${SUBGRAPHS.map((s) => s.name).join('|')}>`);
  }
  const exported = (await import(subgraphDefinitionModule(name))) as Record<string, SubgraphDefinition>;
  const definition = Object.values(exported).find((value) => value?.name === name);
  if (!definition) throw new Error(`subgraphs/${name}/src/server.ts exports no subgraph definition`);

  const dataDir = await mkdtemp(path.join(tmpdir(), 'pallnet-migration-'));
  const server = await startEmbeddedPostgres({ dataDir, port: await freePort() });
  try {
    const orm = await MikroORM.init({
      clientUrl: server.url,
      entities: definition.entities,
      extensions: [Migrator],
      migrations: {
        migrationsList: definition.migrations,
        path: path.join(REPO_ROOT, 'subgraphs', name, 'migrations'),
        emit: 'ts',
        snapshot: false,
      },
    });
    await orm.getMigrator().up();
    const result = await orm.getMigrator().createMigration();
    console.log(result.fileName ? `Wrote ${result.fileName}: add it to migrations/index.ts` : 'No changes: nothing to migrate');
    await orm.close();
  } finally {
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
