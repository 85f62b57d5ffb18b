/*
 * The fragments the dashboard shares with the analyst tools (analyst-tools/queries/fragments/),
 * read by Vite at build time. A page that sends an operation's raw .graphql text (rather than a
 * generated document, which already carries them) appends the ones it spreads with this.
 */
import { withFragments } from '../../analyst-tools/src/fragments';

const sharedFragments = Object.values(
  import.meta.glob<string>('../../analyst-tools/queries/fragments/*.graphql', { query: '?raw', import: 'default', eager: true }),
);

/** The operation's raw text followed by every shared fragment it spreads. */
export function withSharedFragments(operation: string): string {
  return withFragments(operation, sharedFragments);
}
