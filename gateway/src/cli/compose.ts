import { REPO_ROOT } from '@pallnet/services';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { composeSupergraph, formatCompositionProblems, readCommittedSupergraph, writeSupergraph } from '../compose';
import { DEFAULT_SUPERGRAPH_PATH } from '../config';
import { readCommittedSchemaReference, SCHEMA_REFERENCE_PATH, schemaReferenceFor, writeSchemaReference } from '../schema-reference';

const USAGE = `Usage: npm run compose [-- --check] [-- --only national,vest --out /tmp/supergraph.graphql]
  (no options)  compose every subgraph and write supergraph.graphql at the repository root, and
                the schema reference generated from it (docs/schema-reference.md)
  --check       compose and fail when supergraph.graphql or the schema reference differs from
                the result; writes nothing
  --only LIST   compose only these subgraphs (comma list); needs --out, so that a partial
                supergraph never replaces the committed one
  --out PATH    write the supergraph here instead`;

/** `npm run compose`: writes (or with --check, verifies) the committed supergraph.graphql. */
async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      check: { type: 'boolean', default: false },
      only: { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const only = values.only
    ?.split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  if (only && !values.out && !values.check) throw new Error(`--only needs --out\n${USAGE}`);
  const target = values.out ? path.resolve(values.out) : DEFAULT_SUPERGRAPH_PATH;
  const shownTarget = path.relative(REPO_ROOT, target).startsWith('..') ? target : path.relative(REPO_ROOT, target);

  const outcome = await composeSupergraph({ subgraphs: only });
  if (outcome.errors) {
    console.error(`Composition failed (${outcome.errors.length} problem${outcome.errors.length === 1 ? '' : 's'}):`);
    console.error(formatCompositionProblems(outcome.errors));
    return 1;
  }
  if (outcome.hints.length) console.log(`${outcome.hints.length} composition hint(s):\n${outcome.hints.map((h) => `- ${h}`).join('\n')}`);

  // The reference belongs to the committed supergraph only, never to a partial one elsewhere.
  const withReference = !values.out && !only;
  const reference = withReference ? await schemaReferenceFor(outcome.supergraphSdl) : undefined;
  const shownReference = path.relative(REPO_ROOT, SCHEMA_REFERENCE_PATH);

  if (values.check) {
    const committed = await readCommittedSupergraph(target);
    const stale: string[] = [];
    if (committed !== outcome.supergraphSdl) stale.push(`${shownTarget} is ${committed === undefined ? 'missing' : 'stale'}`);
    if (reference !== undefined) {
      const committedReference = await readCommittedSchemaReference();
      if (committedReference !== reference) stale.push(`${shownReference} is ${committedReference === undefined ? 'missing' : 'stale'}`);
    }
    if (stale.length === 0) {
      console.log(`${shownTarget}${reference !== undefined ? ` and ${shownReference} are` : ' is'} up to date`);
      return 0;
    }
    console.error(`${stale.join('; ')}: run "npm run compose" and commit the result`);
    return 1;
  }
  await writeSupergraph(outcome.supergraphSdl, target);
  console.log(`Wrote ${shownTarget}`);
  if (reference !== undefined) {
    await writeSchemaReference(reference);
    console.log(`Wrote ${shownReference}`);
  }
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: Error) => {
    console.error(error.message);
    process.exitCode = 1;
  },
);
