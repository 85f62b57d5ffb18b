/*
 * Fragments shared by the analyst tools and the dashboard live in queries/fragments/*.graphql,
 * one file each, included by both code generators. Generated documents already carry them; a
 * place that sends an operation's raw .graphql text (the workbench's examples, the editing page's
 * annual report, the query-limits test) appends them with withFragments.
 */

const SPREAD = /\.\.\.\s*(?!on\b)([_A-Za-z][_0-9A-Za-z]*)/g;
const DEFINITION = /\bfragment\s+([_A-Za-z][_0-9A-Za-z]*)\s+on\b/g;

function names(text: string, pattern: RegExp): Set<string> {
  return new Set([...text.matchAll(pattern)].map((match) => match[1]));
}

/**
 * The operation's text followed by every shared fragment it spreads (directly or through another
 * fragment) and does not define itself. A spread of a fragment that is neither defined nor shared
 * is left for the server to report.
 */
export function withFragments(document: string, sharedFragmentFiles: Iterable<string>): string {
  const byName = new Map<string, string>();
  for (const file of sharedFragmentFiles) {
    for (const name of names(file, DEFINITION)) byName.set(name, file);
  }
  const appended: string[] = [];
  let text = document;
  for (;;) {
    const defined = names(text, DEFINITION);
    const missing = [...names(text, SPREAD)].filter((name) => !defined.has(name) && byName.has(name));
    if (missing.length === 0) return appended.length === 0 ? document : `${document.trimEnd()}\n\n${appended.join('\n')}`;
    for (const file of new Set(missing.map((name) => byName.get(name)!))) {
      appended.push(file.trimEnd() + '\n');
      text += '\n' + file;
    }
  }
}
