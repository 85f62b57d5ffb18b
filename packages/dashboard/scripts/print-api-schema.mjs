// The schema the dashboard is typed against: the API schema the gateway serves from the committed
// supergraph.graphql (federation's join directives and internal types stripped). Written to
// src/generated/ for GraphQL Code Generator, so a breaking change to the supergraph fails the
// dashboard's build. The analyst tools print it the same way into their own folder
// (`node ../dashboard/scripts/print-api-schema.mjs <output>`): one schema for every client.
import { Supergraph } from '@apollo/federation-internals';
import { printSchema } from 'graphql';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const supergraphPath = path.resolve(packageDir, '../../supergraph.graphql');
const outputPath = process.argv[2] ? path.resolve(process.argv[2]) : path.join(packageDir, 'src/generated/api-schema.graphql');

const supergraph = Supergraph.build(readFileSync(supergraphPath, 'utf8'));
const apiSchema = supergraph.apiSchema().toGraphQLJSSchema();
mkdirSync(path.dirname(outputPath), { recursive: true });
writeFileSync(outputPath, `# Generated from supergraph.graphql by scripts/print-api-schema.mjs; do not edit.\n${printSchema(apiSchema)}\n`);
