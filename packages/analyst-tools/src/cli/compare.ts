#!/usr/bin/env node
import { parseGatewayUrl, parseOptions, parseOutputPath, parseYear, runCommand, stringOption, writeOutput } from '../cli-support';
import { generateComparison } from '../compare/generate-comparison';
import { CsvDelimiter, renderCsv, renderTextTable } from '../compare/render';
import { ToolError } from '../gateway-client';

const USAGE = `Usage: npm run compare -- --year <year> [--region <R>] [--rhf <RHF>] [--units] [--csv <file>] [--delimiter ,|;|tab] [--gateway <url>]

Prints one row per network (or per local unit with --units) with the national template's figures
for the year, "–" where a figure is unknown; --csv also writes them as UTF-8 CSV with a header row.
A region that does not answer is named in a warning on standard error and its rows are missing.
Exit codes: 0 printed (also with such warnings), 1 the gateway failed, 2 bad options.`;

const DELIMITERS: Record<string, CsvDelimiter> = { ',': ',', ';': ';', tab: '\t', '\\t': '\t' };

async function main(args: string[]): Promise<void> {
  const values = parseOptions(
    args,
    {
      year: { type: 'string' },
      region: { type: 'string' },
      rhf: { type: 'string' },
      units: { type: 'boolean' },
      csv: { type: 'string' },
      delimiter: { type: 'string' },
      gateway: { type: 'string' },
    },
    USAGE,
  );
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const year = parseYear(stringOption(values, 'year'));
  const region = stringOption(values, 'region');
  if (region !== undefined && !region.trim()) throw new ToolError('--region needs a region, e.g. --region SOR_OST', 2);
  const regionalHealthAuthority = stringOption(values, 'rhf');
  if (regionalHealthAuthority !== undefined && !regionalHealthAuthority.trim())
    throw new ToolError('--rhf needs a regional health authority, e.g. --rhf HELSE_SOR_OST', 2);
  const csv = parseOutputPath('--csv', stringOption(values, 'csv'));
  const delimiterOption = stringOption(values, 'delimiter');
  const delimiter = DELIMITERS[delimiterOption ?? ','];
  if (!delimiter) throw new ToolError(`--delimiter must be ',', ';' or 'tab', not '${delimiterOption}'`, 2);
  if (delimiterOption !== undefined && !csv) throw new ToolError('--delimiter applies to --csv; give --csv <file> too', 2);
  const gatewayUrl = parseGatewayUrl(stringOption(values, 'gateway'));

  const { table, warnings } = await generateComparison({ gatewayUrl, year, region, regionalHealthAuthority, units: values.units === true });
  for (const warning of warnings) process.stderr.write(`${warning}\n`);
  process.stdout.write(renderTextTable(table));
  if (csv) {
    await writeOutput('--csv', csv, renderCsv(table, delimiter));
    process.stdout.write(`Wrote ${table.rows.length} rows to ${csv}\n`);
  }
}

runCommand(main);
