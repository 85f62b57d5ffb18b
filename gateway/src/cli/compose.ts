import { REPO_ROOT } from '@pallnet/services';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { composeSupergraph, formatCompositionProblems, readCommittedSupergraph, writeSupergraph } from '../compose';
import { DEFAULT_SUPERGRAPH_PATH } from '../config';

const USAGE = `Usage: npm run compose [-- --check] [-- --only national,vest --out /tmp/supergraph.graphql]
  (no options)  compose every subgraph and write supergraph.graphql at the repository root
  --check       compose and fail when supergraph.graphql differs from the result; writes nothing
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
  const only = values.only?.split(',').map((name) => name.trim()).filter(Boolean);
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

  if (values.check) {
    const committed = await readCommittedSupergraph(target);
    if (committed === outcome.supergraphSdl) {
      console.log(`${shownTarget} is up to date`);
      return 0;
    }
    console.error(`${shownTarget} is ${committed === undefined ? 'missing' : 'stale'}: run "npm run compose" and commit it`);
    return 1;
  }
  await writeSupergraph(outcome.supergraphSdl, target);
  console.log(`Wrote ${shownTarget}`);
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
