/*
 * The workbench's example operations: the analyst tools' and the dashboard's own .graphql files,
 * read by Vite at build time (never copied), so an example is always the operation the tools and
 * pages really send, and the build fails if a file goes away. An example that spreads a shared
 * fragment (analyst-tools/queries/fragments/) gets the fragment's text appended, so it runs as it is.
 */
import { withSharedFragments } from '../analyst-fragments';
import { exampleVariables, operationNames } from './example-variables';

const analystToolQueries = import.meta.glob<string>('../../../analyst-tools/queries/*.graphql', { query: '?raw', import: 'default', eager: true });
const dashboardOperations = import.meta.glob<string>('../operations/*.graphql', { query: '?raw', import: 'default', eager: true });

export interface ExampleOperation {
  /** A stable key: where the file is, e.g. `analyst-tools/queries/annual-report.graphql`. */
  source: string;
  /** What it is, in Norwegian. */
  title: string;
  query: string;
  /** The variables as the editor shows them (JSON). */
  variables: string;
}

/** The three featured first, in the order the workbench opens them as tabs. */
const FEATURED: Array<{ source: string; title: string }> = [
  { source: 'dashboard/operations/overview.graphql', title: 'Nasjonal oversikt' },
  { source: 'analyst-tools/queries/annual-report.graphql', title: 'Årsrapport for ett nettverk' },
  { source: 'analyst-tools/queries/comparison.graphql', title: 'Sammenligning av nettverk og lokale enheter' },
  { source: 'dashboard/operations/local-units.graphql', title: 'Lokale enheter side om side' },
];

function byFile(files: Record<string, string>, prefix: string): Array<[string, string]> {
  return Object.entries(files).map(([file, text]) => [`${prefix}/${file.split('/').pop()}`, withSharedFragments(text)]);
}

function example(source: string, query: string, title?: string): ExampleOperation {
  const names = operationNames(query);
  return {
    source,
    title: title ?? names.join(', '),
    query,
    variables: JSON.stringify(exampleVariables(query), null, 2),
  };
}

/** Every example: the featured ones first, then the other operations by file name. */
export function exampleOperations(): ExampleOperation[] {
  const files = new Map([...byFile(dashboardOperations, 'dashboard/operations'), ...byFile(analystToolQueries, 'analyst-tools/queries')]);
  const featured = FEATURED.map(({ source, title }) => {
    const query = files.get(source);
    if (query === undefined) throw new Error(`The workbench's example ${source} is missing`);
    return example(source, query, title);
  });
  const others = [...files.entries()]
    .filter(([source]) => !FEATURED.some((entry) => entry.source === source))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([source, query]) => example(source, query));
  return [...featured, ...others];
}

/** How many of exampleOperations() the workbench opens as tabs the first time. */
export const FEATURED_EXAMPLE_COUNT = FEATURED.length;
