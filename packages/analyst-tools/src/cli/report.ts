#!/usr/bin/env node
import { parseGatewayUrl, parseOptions, parseOutputPath, parseYear, runCommand, stringOption, writeOutput } from '../cli-support';
import { ToolError } from '../gateway-client';
import { generateAnnualReport, REPORT_FORMATS, ReportFormat } from '../report/generate-report';

const USAGE = `Usage: npm run report -- --network <id> --year <year> [--format md|html] [--out <file>] [--gateway <url>]

Writes one network's annual report in the national template (Markdown or printable HTML),
fetched through the gateway. Without --out it prints to standard output; without --format the
format follows --out's extension (.html, .htm), else Markdown.
Exit codes: 0 written, 1 the gateway or a region failed, 2 bad options or an unknown network.`;

async function main(args: string[]): Promise<void> {
  const values = parseOptions(
    args,
    { network: { type: 'string' }, year: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' }, gateway: { type: 'string' } },
    USAGE,
  );
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const networkId = stringOption(values, 'network');
  if (!networkId?.trim()) throw new ToolError('--network is required, e.g. --network sor-ost-oslo', 2);
  const year = parseYear(stringOption(values, 'year'));
  const out = parseOutputPath('--out', stringOption(values, 'out'));
  const format = parseFormat(stringOption(values, 'format'), out);
  const gatewayUrl = parseGatewayUrl(stringOption(values, 'gateway'));

  const content = await generateAnnualReport({ gatewayUrl, networkId: networkId.trim(), year, format });
  if (out) {
    await writeOutput('--out', out, content);
    process.stdout.write(`Wrote the ${year} annual report of ${networkId} to ${out}\n`);
  } else {
    process.stdout.write(content);
  }
}

function parseFormat(value: string | undefined, out: string | undefined): ReportFormat {
  if (value === undefined) return out && /\.html?$/i.test(out) ? 'html' : 'md';
  if (!REPORT_FORMATS.includes(value as ReportFormat)) throw new ToolError(`--format must be md or html, not '${value}'`, 2);
  return value as ReportFormat;
}

runCommand(main);
