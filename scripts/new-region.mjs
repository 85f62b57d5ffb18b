#!/usr/bin/env node
/**
 * `npm run region:new -- <name> [--authority HELSE_NORD] [--port 4006]`: a new region from the
 * regional kit, the way tests/regions/nord-fixture.ts builds one. Writes subgraphs/<name>/ (its
 * network and one kind of unit, a placeholder seed, a generated first migration, its definition
 * and a test), then the few shared lists a region is in: the contract's HealthRegion, the national
 * catalog's network-type map and a catalog migration, packages/services, and the root
 * workspaces and project references. It builds the new subgraph to generate its first migration
 * from its entities (no database needed), and prints what is left to do.
 *
 * The seed is a placeholder named as such: replace it with the region's source document.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

const REPO = path.resolve(import.meta.dirname ?? path.dirname(new URL(import.meta.url).pathname), '..');
const AUTHORITIES = ['HELSE_NORD', 'HELSE_MIDT_NORGE', 'HELSE_VEST', 'HELSE_SOR_OST'];
/** Regions whose regional health authority follows from the name; others must say it. */
const AUTHORITY_BY_NAME = { nord: 'HELSE_NORD', 'helse-nord': 'HELSE_NORD', trondelag: 'HELSE_MIDT_NORGE', 'more-og-romsdal': 'HELSE_MIDT_NORGE' };

const { values: options, positionals } = parseArgs({
  allowPositionals: true,
  options: { authority: { type: 'string' }, port: { type: 'string' } },
});

function fail(message) {
  console.error(`region:new: ${message}`);
  console.error('Usage: npm run region:new -- <name> [--authority HELSE_NORD|HELSE_MIDT_NORGE|HELSE_VEST|HELSE_SOR_OST] [--port <number>]');
  process.exit(1);
}

const name = positionals[0];
if (positionals.length !== 1) fail('give exactly one region name, e.g. nord');
if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(name)) fail(`name "${name}": lower-case letters and digits, words joined by hyphens (e.g. nord, more-og-romsdal)`);
if (name === 'national') fail('name "national" is the national subgraph');
const folder = path.join(REPO, 'subgraphs', name);
if (existsSync(folder)) fail(`subgraphs/${name} exists already`);
const authority = options.authority ?? AUTHORITY_BY_NAME[name];
if (!authority) fail(`--authority: name the regional health authority of ${name}'s networks`);
if (!AUTHORITIES.includes(authority)) fail(`--authority "${authority}": must be one of ${AUTHORITIES.join(', ')}`);

const words = name.split('-');
const pascal = words.map((word) => word[0].toUpperCase() + word.slice(1)).join('');
const camel = pascal[0].toLowerCase() + pascal.slice(1);
const constant = words.join('_').toUpperCase();
const display = words.map((word) => word[0].toUpperCase() + word.slice(1)).join('-');
const networkId = `${name}-nettverk`;

const read = (file) => readFileSync(path.join(REPO, file), 'utf8');
const write = (file, text) => {
  mkdirSync(path.dirname(path.join(REPO, file)), { recursive: true });
  writeFileSync(path.join(REPO, file), text);
};
/** Replaces `anchor` once, failing loudly when a shared file no longer looks as expected. */
function edit(file, anchor, replacement) {
  const text = read(file);
  if (!text.includes(anchor)) fail(`${file} no longer contains ${JSON.stringify(anchor)}: edit it by hand (README, Adding a region)`);
  write(file, text.replace(anchor, replacement));
}

const servicesText = read('packages/services/src/index.ts');
if (servicesText.includes(`name: '${name}'`)) fail(`packages/services already lists ${name}`);
const usedPorts = [...servicesText.matchAll(/defaultPort: (\d+)/g)].map((match) => Number(match[1]));
const port = options.port ? Number(options.port) : Math.max(...usedPorts.filter((p) => p < 4100)) + 1;
if (!Number.isInteger(port) || port < 1 || port > 65535) fail(`--port "${options.port}": a port number`);
if (usedPorts.includes(port)) fail(`--port ${port} is taken by another service`);

// ── the region's folder ─────────────────────────────────────────────────────────────────────
const files = {
  'package.json': `${JSON.stringify(
    {
      name: `@pallnet/subgraph-${name}`,
      private: true,
      version: '0.1.0',
      description: `${display} subgraph: the networks of region ${display}`,
      main: 'dist/src/server.js',
      types: 'dist/src/server.d.ts',
      exports: { '.': { types: './dist/src/server.d.ts', default: './dist/src/server.js' }, './package.json': './package.json' },
      dependencies: { '@pallnet/contract': '*', '@pallnet/regional-kit': '*', '@pallnet/subgraph-kit': '*', 'class-validator': '0.14.4' },
    },
    null,
    2,
  )}\n`,
  'tsconfig.json': `{
  "extends": "../../tsconfig.base.json",
  "compilerOptions": { "rootDir": ".", "outDir": "dist" },
  "include": ["src", "migrations"],
  "references": [
    { "path": "../../packages/contract" },
    { "path": "../../packages/subgraph-kit" },
    { "path": "../../packages/regional-kit" }
  ]
}
`,
  'data/README.md': `# ${display}'s source document

Put the region's description of its network here (as text, with where it came from), and enter it
in \`src/seed/source.ts\` as the document says it: vague → store what is known, leave the rest null.
`,
  'src/index.ts': `import { runSubgraphProcess } from '@pallnet/subgraph-kit';
import { ${camel}Subgraph } from './server';

runSubgraphProcess(${camel}Subgraph);
`,
  [`src/entities/${name}-network.entity.ts`]: `import { Entity } from '@mikro-orm/postgresql';
import { HealthRegion, Network } from '@pallnet/contract';
import { NetworkBase } from '@pallnet/regional-kit';
import { Directive, ObjectType } from 'type-graphql';

/** ${display}'s networks: the national template's fields from the kit; the region's own fields go here. */
@Directive('@key(fields: "id")')
@ObjectType({ implements: Network, description: 'A network of region ${display}.' })
@Entity({ tableName: 'network' })
export class ${pascal}Network extends NetworkBase {
  get region(): HealthRegion {
    return HealthRegion.${constant};
  }
}
`,
  [`src/entities/${name}-unit.entity.ts`]: `import { Entity } from '@mikro-orm/postgresql';
import { UnitBase } from '@pallnet/regional-kit';
import { ObjectType } from 'type-graphql';

/** ${display}'s units, one table; each kind of unit is its own class and GraphQL type. */
// Not emitted itself: it only lends its fields to the concrete unit types.
@ObjectType()
@Entity({ tableName: 'unit', abstract: true, discriminatorColumn: 'kind' })
export abstract class ${pascal}Unit extends UnitBase {}
`,
  [`src/entities/${name}-resource-group.entity.ts`]: `import { Entity, Property } from '@mikro-orm/postgresql';
import { GovernanceLevel, OrganisationalUnit } from '@pallnet/contract';
import { Directive, Field, ObjectType } from 'type-graphql';
import { ${pascal}Unit } from './${name}-unit.entity';

/** A local resource group (ressursgruppe); rename it and its area to what the region's document calls them. */
@Directive('@key(fields: "id")')
@ObjectType({ implements: OrganisationalUnit, description: 'A local resource group of region ${display}.' })
@Entity({ discriminatorValue: 'resource_group' })
export class ${pascal}ResourceGroup extends ${pascal}Unit {
  get localTerm(): string {
    return 'Ressursgruppe';
  }

  get level(): GovernanceLevel {
    return GovernanceLevel.LOCAL;
  }

  @Field({ description: 'The area the group serves, in the words of the source document.' })
  @Property({ type: 'string' })
  area!: string;
}
`,
  'src/entities/index.ts': `import { regionalKitEntities } from '@pallnet/regional-kit';
import { ${pascal}Network } from './${name}-network.entity';
import { ${pascal}ResourceGroup } from './${name}-resource-group.entity';
import { ${pascal}Unit } from './${name}-unit.entity';

export { ${pascal}Network, ${pascal}ResourceGroup, ${pascal}Unit };

export const ${camel}UnitTypes = [${pascal}ResourceGroup];

export const entities = [${pascal}Network, ${pascal}Unit, ...${camel}UnitTypes, ...regionalKitEntities];
`,
  [`src/resolvers/types/${name}-unit.inputs.ts`]: `import { RequiredText, UnitInput } from '@pallnet/regional-kit';
import { Field, InputType } from 'type-graphql';

@InputType({ description: 'A local resource group of region ${display}.' })
export class ${pascal}ResourceGroupInput extends UnitInput {
  @Field()
  @RequiredText(200)
  area!: string;
}
`,
  'src/seed/source.ts': `/*
 * PLACEHOLDER written by \`npm run region:new\`: replace with ${display}'s source document
 * (data/), entered as the document says it. The id must match the national catalog's entry
 * (subgraphs/national/migrations/, the migration that adds ${networkId}).
 */

export const NETWORK_ID = '${networkId}';

export const network = {
  id: NETWORK_ID,
  name: 'PLASSHOLDER: nettverkets navn i ${display}',
  healthTrust: 'PLASSHOLDER: helseforetaket',
};

export const resourceGroups = [{ id: '${name}-ressursgruppe-1', name: 'Ressursgruppe 1', area: '${display}' }];
`,
  'src/seed/seed.ts': `import type { EntityManager } from '@mikro-orm/postgresql';
import { seedIntoEmptyDatabase } from '@pallnet/regional-kit';
import { ${pascal}Network, ${pascal}ResourceGroup } from '../entities';
import * as source from './source';

/** Loads ${display}'s network from its source into an empty database. */
export async function seed${pascal}(em: EntityManager): Promise<boolean> {
  return seedIntoEmptyDatabase(em, ${pascal}Network, (tx) => {
    tx.create(${pascal}Network, source.network);
    source.resourceGroups.forEach((group, position) => tx.create(${pascal}ResourceGroup, { ...group, networkId: source.NETWORK_ID, position }));
  });
}
`,
  'src/seed/synthetic.ts': `import type { EntityManager } from '@mikro-orm/postgresql';
import { MembershipFigure, SyntheticSize } from '@pallnet/regional-kit';
import { ${pascal}Network, ${pascal}ResourceGroup } from '../entities';

/** Synthetic ${display} networks for efficiency tests and the benchmark. Ids start with \`${name}-synthetic-\`. */
export async function seedSyntheticNetworks(em: EntityManager, size: SyntheticSize, from = 0): Promise<string[]> {
  const ids: string[] = [];
  await em.transactional(async (tx) => {
    for (let n = from; n < from + size.networks; n++) {
      const networkId = \`${name}-synthetic-\${n}\`;
      ids.push(networkId);
      tx.create(${pascal}Network, { id: networkId, name: \`Syntetisk nettverk \${n}\`, healthTrust: 'Syntetisk HF' });
      tx.create(MembershipFigure, { networkId, year: 2021, count: 100 + n });
      for (let u = 0; u < size.unitsPerNetwork; u++) {
        tx.create(${pascal}ResourceGroup, { id: \`\${networkId}-gruppe-\${u}\`, networkId, name: \`Ressursgruppe \${u}\`, area: 'Syntetisk', position: u });
      }
    }
  });
  return ids;
}
`,
  'src/server.ts': `import { HealthRegion } from '@pallnet/contract';
import { defineRegionalSubgraph } from '@pallnet/regional-kit';
import { migrations } from '../migrations';
import { entities, ${pascal}Network, ${pascal}ResourceGroup, ${pascal}Unit, ${camel}UnitTypes } from './entities';
import { ${pascal}ResourceGroupInput } from './resolvers/types/${name}-unit.inputs';
import { seed${pascal} } from './seed/seed';
import { seedSyntheticNetworks } from './seed/synthetic';

/** The ${display} subgraph. */
export const ${camel}Subgraph = defineRegionalSubgraph({
  name: '${name}',
  region: HealthRegion.${constant},
  defaultPort: ${port},
  network: ${pascal}Network,
  unit: ${pascal}Unit,
  unitTypes: ${camel}UnitTypes,
  entities,
  migrations,
  resolvers: [],
  editableUnits: [{ name: 'ResourceGroup', entity: ${pascal}ResourceGroup, input: ${pascal}ResourceGroupInput }],
  seed: seed${pascal},
  seedSynthetic: seedSyntheticNetworks,
});
`,
  'migrations/index.ts': migrationIndex([]),
  [`test/${name}.subgraph.test.ts`]: `import { ${camel}Subgraph } from '@pallnet/subgraph-${name}';
import { bearer } from '../../../tests/support/auth';
import { queryOk, resolveEntities } from '../../../tests/support/graphql';
import { startTestSubgraph, TestSubgraph } from '../../../tests/support/subgraph';

/** The ${display} subgraph on its own (written by \`npm run region:new\`; extend it with the region's document). */
describe('${display} subgraph', () => {
  let subgraph: TestSubgraph;

  beforeAll(async () => {
    subgraph = await startTestSubgraph(${camel}Subgraph);
  });

  afterAll(async () => {
    await subgraph?.stop();
  });

  it('resolves its seeded network and unit by key', async () => {
    const found = await resolveEntities(
      subgraph,
      [
        { __typename: '${pascal}Network', id: '${networkId}' },
        { __typename: '${pascal}ResourceGroup', id: '${name}-ressursgruppe-1' },
      ],
      '... on ${pascal}Network { id region } ... on ${pascal}ResourceGroup { id area level }',
    );
    expect(found).toEqual([
      { __typename: '${pascal}Network', id: '${networkId}', region: '${constant}' },
      { __typename: '${pascal}ResourceGroup', id: '${name}-ressursgruppe-1', area: '${display}', level: 'LOCAL' },
    ]);
  });

  it("takes its own editor's change, records it in the audit log, and refuses another region's editor", async () => {
    const mutation = \`mutation { ${camel}CreateResourceGroup(networkId: "${networkId}", input: { name: "Ny gruppe", area: "Nytt område" }) { id area } }\`;
    const editor = await bearer({ role: 'editor', region: '${constant}' });
    const { ${camel}CreateResourceGroup: created } = await queryOk(subgraph, mutation, {}, editor);
    expect(created.area).toBe('Nytt område');
    const { ${camel}AuditLog } = await queryOk(subgraph, '{ ${camel}AuditLog { entityId } }', {}, editor);
    expect(${camel}AuditLog.map((entry: { entityId: string }) => entry.entityId)).toContain(created.id);

    const other = await bearer({ role: 'editor', region: 'VEST' });
    await expect(queryOk(subgraph, mutation, {}, other)).rejects.toThrow();
  });
});
`,
};

function migrationIndex(names) {
  return `import type { MigrationObject } from '@mikro-orm/core';
${names.map((migration) => `import { ${migration} } from './${migration}';\n`).join('')}
/** Every migration of this subgraph, oldest first. Generate new ones with \`npm run migration:create -- ${name}\`. */
export const migrations: MigrationObject[] = [
${names.map((migration) => `  { name: '${migration}', class: ${migration} },\n`).join('')}];
`;
}

for (const [file, text] of Object.entries(files)) write(`subgraphs/${name}/${file}`, text);

// ── the shared lists ────────────────────────────────────────────────────────────────────────
edit('packages/contract/src/enums.ts', "  SOR_OST = 'SOR_OST',\n", `  SOR_OST = 'SOR_OST',\n  ${constant} = '${constant}',\n`);
edit(
  'subgraphs/national/src/network-reference.ts',
  "  [HealthRegion.SOR_OST]: 'SorOstNetwork',\n",
  `  [HealthRegion.SOR_OST]: 'SorOstNetwork',\n  [HealthRegion.${constant}]: '${pascal}Network',\n`,
);
edit(
  'subgraphs/national/src/network-reference.ts',
  '  [HealthRegion.SOR_OST]: RegionalHealthAuthority.HELSE_SOR_OST,\n',
  `  [HealthRegion.SOR_OST]: RegionalHealthAuthority.HELSE_SOR_OST,\n  [HealthRegion.${constant}]: RegionalHealthAuthority.${authority},\n`,
);
edit(
  'packages/services/src/index.ts',
  "  { name: 'sor-ost', defaultPort: 4005 },\n",
  `  { name: 'sor-ost', defaultPort: 4005 },\n  { name: '${name}', defaultPort: ${port} },\n`,
);

const rootPackage = JSON.parse(read('package.json'));
rootPackage.workspaces.splice(rootPackage.workspaces.indexOf('gateway'), 0, `subgraphs/${name}`);
write('package.json', `${JSON.stringify(rootPackage, null, 2)}\n`);
edit('tsconfig.json', '    { "path": "subgraphs/sor-ost" },\n', `    { "path": "subgraphs/sor-ost" },\n    { "path": "subgraphs/${name}" },\n`);

// The catalog's region column is checked against the regions it knows: the new one is added there too.
const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
const catalogMigration = `Migration${stamp}`;
const enums = read('packages/contract/src/enums.ts');
const healthRegionBlock = enums.slice(enums.indexOf('export enum HealthRegion {'), enums.indexOf('}', enums.indexOf('export enum HealthRegion {')));
const healthRegions = [...healthRegionBlock.matchAll(/^\s+([A-Z0-9_]+) = '\1',$/gm)].map((match) => match[1]);
write(
  `subgraphs/national/migrations/${catalogMigration}.ts`,
  `import { Migration } from '@mikro-orm/migrations';

/** Region ${display} and its network in the national catalog (written by \`npm run region:new -- ${name}\`). */
export class ${catalogMigration} extends Migration {
  override async up(): Promise<void> {
    this.addSql(\`alter table "network_catalog" drop constraint if exists "network_catalog_region_check";\`);
    this.addSql(\`alter table "network_catalog" add constraint "network_catalog_region_check" check ("region" in (${healthRegions.map((r) => `'${r}'`).join(', ')}));\`);
    this.addSql(\`insert into "network_catalog" ("id", "region", "type_name", "regional_health_authority") values ('${networkId}', '${constant}', '${pascal}Network', '${authority}') on conflict ("id") do nothing;\`);
  }

  override async down(): Promise<void> {
    this.addSql(\`delete from "network_catalog" where "region" = '${constant}';\`);
    this.addSql(\`alter table "network_catalog" drop constraint if exists "network_catalog_region_check";\`);
    this.addSql(\`alter table "network_catalog" add constraint "network_catalog_region_check" check ("region" in (${healthRegions
      .filter((r) => r !== constant)
      .map((r) => `'${r}'`)
      .join(', ')}));\`);
  }
}
`,
);
const nationalIndex = 'subgraphs/national/migrations/index.ts';
edit(
  nationalIndex,
  "import type { MigrationObject } from '@mikro-orm/core';\n",
  `import type { MigrationObject } from '@mikro-orm/core';\nimport { ${catalogMigration} } from './${catalogMigration}';\n`,
);
edit(nationalIndex, '\n];', `\n  { name: '${catalogMigration}', class: ${catalogMigration} },\n];`);

// ── the first migration, generated from the built entities ──────────────────────────────────
console.log(`Building subgraphs/${name} to generate its first migration …`);
execFileSync(process.execPath, [path.join(REPO, 'node_modules/typescript/bin/tsc'), '-b', `subgraphs/${name}`], { cwd: REPO, stdio: 'inherit' });
const tables = execFileSync(
  process.execPath,
  [
    '-e',
    `const { MikroORM } = require('@mikro-orm/postgresql');
     const { ${camel}Subgraph } = require('./subgraphs/${name}/dist/src/server.js');
     MikroORM.init({ entities: ${camel}Subgraph.entities, clientUrl: 'postgres://localhost/unused', connect: false })
       .then(async (orm) => { process.stdout.write(await orm.schema.getCreateSchemaSQL({ wrap: false })); await orm.close(); });`,
  ],
  { cwd: REPO, encoding: 'utf8' },
)
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line && !line.startsWith('set '));
const first = `Migration${stamp.slice(0, 12)}01`;
write(
  `subgraphs/${name}/migrations/${first}.ts`,
  `import { Migration } from '@mikro-orm/migrations';
import { regionalDatabaseRules } from '@pallnet/regional-kit';

/**
 * ${display}'s tables as its entities describe them (generated by \`npm run region:new\`), and the
 * kit's constraints, audit-log triggers and functions that every region has.
 */
const TABLES = [
${tables.map((statement) => `  ${JSON.stringify(statement).replace(/^"|"$/g, '`').replace(/\\"/g, '"')},\n`).join('')}];

export class ${first} extends Migration {
  override async up(): Promise<void> {
    for (const statement of [...TABLES, ...regionalDatabaseRules()]) this.addSql(statement);
  }

  override async down(): Promise<void> {
    this.addSql('drop schema public cascade;');
    this.addSql('create schema public;');
  }
}
`,
);
write(`subgraphs/${name}/migrations/index.ts`, migrationIndex([first]));
// In the repository's style (.prettierrc), like every other file; only what this command wrote.
execFileSync(
  process.execPath,
  [
    path.join(REPO, 'node_modules/prettier/bin/prettier.cjs'),
    '--write',
    '--log-level',
    'warn',
    `subgraphs/${name}`,
    `subgraphs/national/migrations/${catalogMigration}.ts`,
  ],
  { cwd: REPO, stdio: 'inherit' },
);

console.log(`
Region ${display} is in subgraphs/${name}/ (HealthRegion.${constant}, port ${port}, ${authority}).
Changed: packages/contract/src/enums.ts, subgraphs/national/src/network-reference.ts,
  subgraphs/national/migrations/ (${catalogMigration}), packages/services/src/index.ts,
  package.json (workspaces), tsconfig.json (references).
Next:
  npm install                                   link the new workspace
  npm run compose                               build and recompose supergraph.graphql
  npx tsc -p tests && npx jest subgraphs/${name}  its own tests
  npm run k8s:generate                          its Kubernetes manifests
Then by hand: docker-compose.yml (its PostgreSQL, migration job and service) and the Dockerfile's
build list; replace the placeholder in src/seed/source.ts with the region's source document.`);
