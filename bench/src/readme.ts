/**
 * `npm run bench:readme -- bench/results/<date>.json`: writes that run's figures into README.md
 * between the markers `<!-- bench:figures:start -->` and `<!-- bench:figures:end -->`, so the
 * README quotes the committed results file exactly and nothing is copied by hand.
 */
import { REPO_ROOT } from '@pallnet/system';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describeMemory, describeWarmUp } from './report';
import { spread, Repeated } from './stats';

const START = '<!-- bench:figures:start -->';
const END = '<!-- bench:figures:end -->';

function markdownTable(headers: string[], rows: Array<Array<string | number | null | undefined>>): string {
  // A `|` inside a cell (the plans' parallel fetches) would end the cell.
  const text = (cell: string | number | null | undefined) => (cell === null || cell === undefined ? '–' : String(cell).replace(/\|/g, '\\|'));
  const line = (cells: Array<string | number | null | undefined>) => `| ${cells.map(text).join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}

/** Statements per request with the rows kept and right after a write (runs before the read cache have the first only). */
const statements = (entry: { sqlStatementsPerRequest: number; sqlStatementsPerRequestAfterWrite?: number }): string =>
  entry.sqlStatementsPerRequestAfterWrite === undefined
    ? String(entry.sqlStatementsPerRequest)
    : `${entry.sqlStatementsPerRequest} · ${entry.sqlStatementsPerRequestAfterWrite}`;

function main(): void {
  const file = process.argv[2];
  if (!file) throw new Error('usage: npm run bench:readme -- bench/results/<date>.json');
  const results = JSON.parse(readFileSync(path.resolve(file), 'utf8'));
  if (results.quick) throw new Error(`${file} is a --quick run: its figures are not for quoting`);
  const relative = path.relative(REPO_ROOT, path.resolve(file));
  const m = results.machine;
  const parts: string[] = [
    `Figures of \`${relative}\` (${results.startedAt.slice(0, 10)}, ${m.cpus} cores, ${m.cpuModel}, Node ${m.node}; load average ${m.loadAverageAtStart.join(', ')} at the start, ${m.loadAverageAtEnd.join(', ')} at the end; ${results.durationSeconds} s). Medians of ${results.method.repeats} repeats, lowest–highest in parentheses.`,
    '',
    ...(results.warmUp ? [describeWarmUp(results.warmUp), ''] : []),
    markdownTable(
      [
        'operation',
        'plan',
        'KiB',
        'SQL / request (rows kept · after a write)',
        'gateway p50 (c1)',
        'critical path p50',
        'ratio',
        'overhead ms',
        'Hive Gateway p50 (c1)',
      ],
      results.operations.map((o: any) => [
        o.name,
        o.plan,
        (o.responseBytes / 1024).toFixed(1),
        statements(o),
        o.overhead.gatewayMs.p50,
        o.overhead.criticalPathMs.p50,
        o.overhead.ratio,
        o.overhead.absoluteOverheadMs,
        o.overhead.hiveMs.p50,
      ]),
    ),
    '',
    markdownTable(
      [
        'operation (concurrency 10)',
        'gateway',
        'sharing',
        'writes / s',
        'req/s',
        'p50 ms',
        'p95 ms',
        'p99 ms',
        'failures',
        'CPU ms / request (gateway · subgraphs · PostgreSQL · total)',
      ],
      results.load.map((p: any) => {
        const cpu = p.cpuMsPerRequest as Record<string, Repeated>;
        const subgraphs = ['national', 'vest', 'innlandet', 'midt', 'sor-ost'].reduce((sum, name) => sum + (cpu[name]?.median ?? 0), 0);
        return [
          p.operation,
          p.gateway,
          p.sharing ? 'on' : 'off',
          p.writesPerSecond ?? 0,
          spread(p.requestsPerSecond),
          spread(p.p50),
          spread(p.p95),
          spread(p.p99),
          p.failures,
          `${cpu.gateway?.median} · ${subgraphs.toFixed(1)} · ${cpu.postgres?.median} · ${cpu.total?.median}`,
        ];
      }),
    ),
    '',
    `Saturation knee (${results.knee.operation}, fixed arrival rate, at most ${results.knee.maxInFlight} in flight, sharing off): **${results.knee.kneeRate ?? 'below the lowest rate'} req/s**.`,
    '',
    markdownTable(
      ['offered / s', 'achieved / s', 'p50 ms', 'p95 ms', 'p99 ms', 'dropped', 'failures'],
      results.knee.steps.map((s: any) => [s.offeredPerSecond, s.achievedPerSecond, s.p50, s.p95, s.p99, s.dropped, s.failures]),
    ),
    '',
    `Soak: ${results.soak.seconds} s at ${results.soak.offeredPerSecond} req/s, every operation in turn: p50 ${results.soak.p50} ms, p95 ${results.soak.p95} ms, ${results.soak.failures} failures; resident memory before → after: ${Object.keys(
      results.soak.rssMiBBefore,
    )
      .map((name) => `${name} ${results.soak.rssMiBBefore[name]} → ${results.soak.rssMiBAfter[name]} MiB`)
      .join(', ')}.`,
    '',
    markdownTable(
      ['dashboard overview', 'networks', 'KiB', 'SQL / request (rows kept · after a write)', 'gateway', 'samples', 'p50 ms', 'p95 ms', 'p99 ms'],
      results.scaling.flatMap((entry: any) =>
        entry.gateways.map((g: any) => [
          entry.size,
          entry.networks,
          (entry.responseBytes / 1024).toFixed(1),
          statements(entry),
          g.gateway,
          g.samples,
          g.p50,
          g.p95,
          g.p99,
        ]),
      ),
    ),
    '',
    ...results.scaling
      .filter((entry: any) => entry.rssMiB)
      .map((entry: any) => `Resident memory at ${entry.size} with the overview's rows kept: ${describeMemory(entry.rssMiB)}.`),
    '',
    'Goals of issue 11 in this run: ' +
      Object.entries(results.goals)
        .map(([name, goal]: [string, any]) => `${name} ${goal.met === null ? 'not measured' : goal.met ? 'met' : '**not met**'} (${goal.goal})`)
        .join('; ') +
      '.',
  ];
  const readmePath = path.join(REPO_ROOT, 'README.md');
  const readme = readFileSync(readmePath, 'utf8');
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md has no ${START} … ${END} markers`);
  writeFileSync(readmePath, `${readme.slice(0, start + START.length)}\n${parts.join('\n')}\n${readme.slice(end)}`);
  console.log(`README.md: figures of ${relative} written between the markers`);
}

main();
