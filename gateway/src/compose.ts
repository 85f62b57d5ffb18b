import { composeServices } from '@apollo/composition';
import { REPO_ROOT, ServiceSpec, SUBGRAPHS } from '@pallnet/services';
import { parse } from 'graphql';
import { execFile } from 'node:child_process';
import { access, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DEFAULT_SUPERGRAPH_PATH } from './config';

/** One reason the supergraph could not be composed. */
export interface CompositionProblem {
  /** The subgraph at fault, when one is. */
  subgraph?: string;
  /** Composition's error code (e.g. INVALID_FIELD_SHARING), when it gave one. */
  code?: string;
  message: string;
}

export type CompositionOutcome =
  { supergraphSdl: string; hints: string[]; errors?: undefined } | { supergraphSdl?: undefined; hints?: undefined; errors: CompositionProblem[] };

export interface ComposeOptions {
  /** Names of the subgraphs to compose; default: every subgraph of SUBGRAPHS. */
  subgraphs?: readonly string[];
  /** Kills a subgraph's `--print-sdl` that takes longer than this. Default 60 s. */
  printSdlTimeoutMs?: number;
}

/** The URL a subgraph gets in the supergraph; the gateway may override it (`<NAME>_URL`). */
export function composedUrlOf(subgraph: ServiceSpec): string {
  return `http://localhost:${subgraph.defaultPort}/graphql`;
}

class SubgraphSdlError extends Error {}

/** Runs the subgraph's built entry with `--print-sdl`: it prints its SDL and opens no database. */
async function printSubgraphSdl(subgraph: ServiceSpec, timeoutMs: number): Promise<string> {
  const entry = path.join(REPO_ROOT, subgraph.entry);
  try {
    await access(entry);
  } catch {
    throw new SubgraphSdlError(`${subgraph.entry} does not exist: build it with "npx tsc -b subgraphs/${subgraph.name}"`);
  }
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [entry, '--print-sdl'],
      { cwd: REPO_ROOT, timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024, encoding: 'utf8' },
      (error, stdout, stderr) => {
        if (error) {
          const lastLine = stderr.trim().split('\n').pop() || error.message;
          reject(new SubgraphSdlError(error.killed ? `--print-sdl took longer than ${timeoutMs} ms` : `--print-sdl failed: ${lastLine}`));
        } else if (!stdout.trim()) {
          reject(new SubgraphSdlError('--print-sdl printed nothing'));
        } else {
          resolve(stdout);
        }
      },
    );
  });
}

function selectSubgraphs(names: readonly string[] | undefined): { selected: ServiceSpec[]; problems: CompositionProblem[] } {
  if (!names) return { selected: SUBGRAPHS, problems: [] };
  const unknown = names.filter((name) => !SUBGRAPHS.some((subgraph) => subgraph.name === name));
  return {
    selected: SUBGRAPHS.filter((subgraph) => names.includes(subgraph.name)),
    problems: unknown.map((name) => ({
      subgraph: name,
      message: `is not a subgraph of packages/services/src/index.ts (known: ${SUBGRAPHS.map((s) => s.name).join(', ')})`,
    })),
  };
}

/**
 * Composes the supergraph from every subgraph's SDL (each printed by its own built entry, all at
 * once). Nothing is skipped: a subgraph that is not built, fails to print its SDL, or breaks
 * composition makes the outcome a list of every such problem instead of a supergraph.
 */
export async function composeSupergraph(options: ComposeOptions = {}): Promise<CompositionOutcome> {
  const { selected, problems } = selectSubgraphs(options.subgraphs);
  if (selected.length === 0 && problems.length === 0) problems.push({ message: 'No subgraphs to compose' });
  const timeoutMs = options.printSdlTimeoutMs ?? 60_000;

  const printed = await Promise.all(
    selected.map(async (subgraph) => {
      try {
        const sdl = await printSubgraphSdl(subgraph, timeoutMs);
        return { name: subgraph.name, url: composedUrlOf(subgraph), typeDefs: parse(sdl) };
      } catch (error) {
        problems.push({ subgraph: subgraph.name, message: (error as Error).message });
        return undefined;
      }
    }),
  );
  if (problems.length) return { errors: problems };

  const services = printed.filter((service) => service !== undefined);
  const result = composeServices(services);
  if (result.errors) {
    return {
      errors: result.errors.map((error) => ({
        code: typeof error.extensions.code === 'string' ? error.extensions.code : undefined,
        message: error.message,
      })),
    };
  }
  // One trailing newline, so the committed file and a fresh composition compare equal.
  const supergraphSdl = `${result.supergraphSdl.trimEnd()}\n`;
  return { supergraphSdl, hints: result.hints.map((hint) => hint.toString()) };
}

/** The problems as lines for a terminal: `- [vest] …` or `- INVALID_FIELD_SHARING: …`. */
export function formatCompositionProblems(problems: readonly CompositionProblem[]): string {
  return problems
    .map((problem) => {
      const label = problem.subgraph ? `[${problem.subgraph}] ` : problem.code ? `${problem.code}: ` : '';
      return `- ${label}${problem.message}`;
    })
    .join('\n');
}

export async function writeSupergraph(supergraphSdl: string, supergraphPath: string = DEFAULT_SUPERGRAPH_PATH): Promise<void> {
  await writeFile(supergraphPath, supergraphSdl, 'utf8');
}

/** The committed supergraph, or undefined when there is none yet. */
export async function readCommittedSupergraph(supergraphPath: string = DEFAULT_SUPERGRAPH_PATH): Promise<string | undefined> {
  try {
    return await readFile(supergraphPath, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
