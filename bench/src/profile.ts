/**
 * `npm run bench:profile`: where the CPU goes. Starts the system with `node --cpu-prof` in every
 * service, loads it with one operation (varied variables, several users) at concurrency 10 for a
 * while, prints CPU ms per request of each process (from /proc, which holds up when other work
 * shares the machine) and the SQL statements per request, stops the system (the services write
 * their profiles as they exit) and prints where each process spent its CPU, by package and by
 * function. Options: --seconds <n> (default 15), --operation <name> (default the dashboard
 * overview), --size <n>× data (default 1), --concurrency <n> (default 10), --keep <dir> keeps the
 * .cpuprofile files there.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { profilesIn, summariseProfile } from './cpu-profile';
import { cpuPerRequest, cpuSnapshot } from './cpu';
import { closedLoop, LoadClient } from './load';
import { round } from './measure';
import { catalogNetworkIds, startSystemUnderTest } from './system-under-test';
import { growSyntheticData } from './synthetic-data';
import { benchUserHeaders } from './tokens';
import { OPERATIONS, requestPool, workloadNetworkIds } from './workload';
import { optionsOf } from './cli-options';

const say = (text: string) => console.log(`[profile] ${text}`);

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const option = optionsOf(args);
  const seconds = Number(option('seconds') ?? 15);
  const size = Number(option('size') ?? 1);
  const concurrency = Number(option('concurrency') ?? 10);
  const operation = OPERATIONS.find((candidate) => candidate.name === (option('operation') ?? OPERATIONS[0].name));
  if (!operation || !(seconds > 0) || !(size >= 1))
    throw new Error(`usage: --seconds <n> --size <n> --concurrency <n> --operation <${OPERATIONS.map((o) => o.name).join(' | ')}> --keep <dir>`);
  const keep = option('keep');
  const profileDir = keep ? path.resolve(keep) : mkdtempSync(path.join(os.tmpdir(), 'pallnet-profile-'));
  mkdirSync(profileDir, { recursive: true });
  const sut = await startSystemUnderTest(say, {
    // SERVICE_NODE_OPTIONS: extra Node options for the services (V8 heap settings, say), to try them.
    NODE_OPTIONS: `--require ${path.join(__dirname, 'cpu-profiler-preload.js')} ${process.env.SERVICE_NODE_OPTIONS ?? ''}`.trim(),
    PALLNET_CPU_PROFILE_DIR: profileDir,
  });
  const profiled = Object.values(sut.cpuTargets)
    .filter((target) => !target.tree)
    .map((target) => target.pid);
  const toggleProfilers = () => profiled.forEach((pid) => process.kill(pid, 'SIGUSR2'));
  const pids = new Map(Object.entries(sut.cpuTargets).map(([name, { pid }]) => [pid, name]));
  const client = new LoadClient(concurrency);
  try {
    say(`adding synthetic data for ${size}×`);
    await growSyntheticData(sut.system.env, 0, size);
    const context = { networkIds: workloadNetworkIds(await catalogNetworkIds(sut.gatewayUrl)), users: await benchUserHeaders(sut.system.env) };
    const pool = requestPool(sut.gatewayUrl, operation, context);
    say(`warming up, then ${operation.name} at concurrency ${concurrency} for ${seconds} s`);
    await closedLoop(client, pool, concurrency, { minSamples: Math.min(100, 10 * concurrency), minSeconds: 2 });
    const statementsBefore = await sut.statementCount();
    const before = cpuSnapshot(sut.cpuTargets);
    toggleProfilers();
    const run = await closedLoop(client, pool, concurrency, { minSamples: 0, minSeconds: seconds });
    const after = cpuSnapshot(sut.cpuTargets);
    toggleProfilers();
    // The profilers write their files as they stop.
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const requests = run.latencies.length + run.failures;
    const statements = ((await sut.statementCount()) - statementsBefore) / requests;
    say(
      `${requests} requests in ${round(run.seconds, 1)} s (${round(requests / run.seconds, 1)} req/s), ${run.failures} failures ${run.failureExamples.join(' | ')}`,
    );
    say(`SQL statements per request: ${round(statements, 1)}`);
    const perRequest = cpuPerRequest(before, after, requests);
    say(
      `CPU ms per request: ${Object.entries(perRequest)
        .map(([name, ms]) => `${name} ${round(ms, 2)}`)
        .join(', ')}`,
    );
  } finally {
    await client.close();
    await sut.stop();
  }
  for (const file of profilesIn(profileDir)) {
    const summary = summariseProfile(file);
    const name = pids.get(summary.pid);
    if (!name) continue;
    console.log(`\n${name} (pid ${summary.pid}, ${summary.totalMs} ms profiled)`);
    console.log(`  by package: ${summary.byPackage.map((entry) => `${entry.name} ${entry.share}%`).join(', ')}`);
    for (const entry of summary.byFunction) console.log(`  ${String(entry.share).padStart(5)}%  ${entry.name}`);
  }
  if (!keep) rmSync(profileDir, { recursive: true, force: true });
  else say(`profiles kept in ${profileDir} (open them in Chrome DevTools or speedscope)`);
}

main().then(
  () => process.exit(0),
  (error: Error) => {
    console.error(`[profile] failed: ${error.stack ?? error.message}`);
    process.exit(1);
  },
);
