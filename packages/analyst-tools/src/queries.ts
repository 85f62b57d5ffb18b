import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The package's .graphql files: the same operations a dashboard would send, kept reusable. */
export const QUERIES_DIR = path.resolve(__dirname, '..', 'queries');

export type QueryName = 'annual-report' | 'comparison' | 'networks';

/** The text of `queries/<name>.graphql`. */
export function loadQuery(name: QueryName): string {
  return readFileSync(path.join(QUERIES_DIR, `${name}.graphql`), 'utf8');
}
