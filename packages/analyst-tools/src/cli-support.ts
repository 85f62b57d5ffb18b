import { existsSync, statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs, ParseArgsConfig } from 'node:util';
import { DEFAULT_GATEWAY_URL, ToolError } from './gateway-client';

/*
 * What both commands share: options, their checks (before anything is fetched or written, so bad
 * input changes nothing), and the exit codes: 0 done, 1 failed, 2 bad usage.
 */

type Options = NonNullable<ParseArgsConfig['options']>;

export type OptionValues = Record<string, string | boolean | undefined>;

/** Parses the command line strictly: an unknown option, a missing value or a stray argument is a usage error naming it. */
export function parseOptions(args: string[], options: Options, usage: string): OptionValues {
  try {
    const { values } = parseArgs({ args, options: { ...options, help: { type: 'boolean', short: 'h' } }, strict: true, allowPositionals: false });
    return values as OptionValues;
  } catch (error) {
    throw new ToolError(`${(error as Error).message}\n\n${usage}`, 2);
  }
}

/** A string option's value (parseOptions has checked the types). */
export function stringOption(values: OptionValues, name: string): string | undefined {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
}

/** --year: a whole year, as the reports count them. */
export function parseYear(value: string | undefined): number {
  if (value === undefined) throw new ToolError('--year is required, e.g. --year 2021', 2);
  const year = Number(value);
  if (!/^\d{4}$/.test(value) || year < 1900 || year > 2100) {
    throw new ToolError(`--year must be a year such as 2021, not '${value}'`, 2);
  }
  return year;
}

/** --gateway: the gateway's GraphQL endpoint over http or https. */
export function parseGatewayUrl(value: string | undefined): string {
  if (value === undefined) return DEFAULT_GATEWAY_URL;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ToolError(`--gateway must be a URL such as ${DEFAULT_GATEWAY_URL}, not '${value}'`, 2);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ToolError(`--gateway must be an http or https URL, not '${value}'`, 2);
  }
  return url.toString();
}

/** An output file option: its directory must exist and it must not be a directory itself. */
export function parseOutputPath(option: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (value.trim() === '') throw new ToolError(`${option} needs a file name`, 2);
  const file = path.resolve(value);
  if (!existsSync(path.dirname(file))) throw new ToolError(`${option}: the directory ${path.dirname(file)} does not exist`, 2);
  if (existsSync(file) && statSync(file).isDirectory()) throw new ToolError(`${option}: ${file} is a directory, not a file`, 2);
  return file;
}

/** Writes the file, turning a file-system failure into one line naming the option and the file. */
export async function writeOutput(option: string, file: string, content: string): Promise<void> {
  try {
    await writeFile(file, content, 'utf8');
  } catch (error) {
    throw new ToolError(`${option}: cannot write ${file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
}

/**
 * Runs a command's main function as the process: a ToolError is printed as its message alone,
 * anything else with its stack (a bug), and the exit code set accordingly.
 */
export function runCommand(main: (args: string[]) => Promise<void>): void {
  main(process.argv.slice(2)).then(
    () => {
      process.exitCode = 0;
    },
    (error: unknown) => {
      if (error instanceof ToolError) {
        process.stderr.write(`${error.message}\n`);
        process.exitCode = error.exitCode;
      } else {
        process.stderr.write(`${(error as Error)?.stack ?? String(error)}\n`);
        process.exitCode = 1;
      }
    },
  );
}
