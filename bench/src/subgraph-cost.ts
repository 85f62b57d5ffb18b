/**
 * `npm run bench:subgraphs`: where an operation's cost sits, without the gateway's part mixed in.
 * First the operation through the gateway at the concurrencies of --gateway (default 1,4,10; one
 * window of --seconds each, printed with every process's CPU ms per request: repeat a concurrency,
 * e.g. 10,10,10,10, to watch the processes warm up), then each subgraph fetch of its query plan sent
 * straight to its subgraph, next to a request that reads nothing (`{ __typename }`), at
 * --concurrency (default 4): the subgraph's and PostgreSQL's CPU ms per fetch. --size <n>× data
 * (default 1), --operation <name> (default the dashboard overview), --gateway-only.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '@pallnet/system';
import { PlanRecorder, fetchNodes } from './critical-path';
import { cpuPerRequest, cpuSnapshot } from './cpu';
import { closedLoop, LoadClient } from './load';
import { prepareRequest, PreparedRequest } from './http-client';
import { catalogNetworkIds, startSystemUnderTest } from './system-under-test';
import { growSyntheticData } from './synthetic-data';
import { benchUserHeaders } from './tokens';
import { OPERATIONS, workloadNetworkIds } from './workload';
import { optionsOf } from './cli-options';

const say = (text: string) => console.log(`[subgraphs] ${text}`);

/** What the run prints, kept for --out. */
const printed: string[] = [];
function print(line: string): void {
  printed.push(line);
  console.log(line);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const option = optionsOf(args);
  const seconds = Number(option('seconds') ?? 3);
  const operation = OPERATIONS.find((candidate) => candidate.name === (option('operation') ?? OPERATIONS[0].name));
  if (!operation) throw new Error(`--operation <${OPERATIONS.map((o) => o.name).join(' | ')}>`);
  const sut = await startSystemUnderTest(say);
  print(
    `${new Date().toISOString()} · ${os.cpus().length} cores (${os.cpus()[0]?.model}), Node ${process.version}, load average ${os
      .loadavg()
      .map((value) => value.toFixed(1))
      .join(', ')} · npm run bench:subgraphs -- ${args.join(' ')} · READ_CACHE=${process.env.READ_CACHE ?? 'true (default)'}`,
  );
  const concurrency = Number(option('concurrency') ?? 4);
  const client = new LoadClient(Math.max(concurrency, 10));
  const pools = new Map<string, PreparedRequest[]>();
  try {
    await growSyntheticData(sut.system.env, 0, Number(option('size') ?? 1));
    const context = { networkIds: workloadNetworkIds(await catalogNetworkIds(sut.gatewayUrl)), users: await benchUserHeaders(sut.system.env) };
    const recorder = await PlanRecorder.start(readFileSync(path.join(REPO_ROOT, 'supergraph.graphql'), 'utf8'), sut.subgraphUrls, sut.subgraphHeaders);
    for (let index = 0; index < 12; index++) {
      const recorded = await recorder.record({ ...operation, variables: operation.variables(index, context) });
      for (const fetch of fetchNodes(recorded.root)) {
        const prepared = recorded.requests.get(fetch);
        if (!prepared) continue;
        const key = `${fetch.serviceName} ${fetchNodes(recorded.root).indexOf(fetch)}`;
        pools.set(key, [...(pools.get(key) ?? []), prepared]);
      }
    }
    await recorder.stop();
    for (const name of Object.keys(sut.subgraphUrls))
      pools.set(`${name} {__typename}`, [prepareRequest(sut.subgraphUrls[name], { query: '{ __typename }' }, sut.subgraphHeaders[name])]);
    const users = context.users;
    const gatewayPool = Array.from({ length: 60 }, (_, index) =>
      prepareRequest(sut.gatewayUrl, { query: operation.query, variables: operation.variables(index, context) }, users[index % users.length]),
    );
    const gatewayConcurrencies = (option('gateway') ?? `1,${concurrency},10`).split(',').map(Number);
    for (const gatewayConcurrency of gatewayConcurrencies) {
      await closedLoop(client, gatewayPool, gatewayConcurrency, { minSamples: 50, minSeconds: 0.5 });
      const before = cpuSnapshot(sut.cpuTargets);
      const run = await closedLoop(client, gatewayPool, gatewayConcurrency, { minSamples: 200, minSeconds: seconds });
      const cpu = cpuPerRequest(before, cpuSnapshot(sut.cpuTargets), run.latencies.length + run.failures);
      print(
        `through the gateway, concurrency ${gatewayConcurrency}: ${(run.latencies.length / run.seconds).toFixed(1)} req/s, failures ${run.failures}; CPU ms: ${Object.entries(
          cpu,
        )
          .map(([name, ms]) => `${name} ${ms.toFixed(2)}`)
          .join(', ')}`,
      );
    }
    if (!args.includes('--gateway-only')) await subgraphFetches();
    const out = option('out');
    if (out) writeFileSync(out, `${printed.join('\n')}\n`);
  } catch (error) {
    console.error(sut.logs.slice(-30).join('\n'));
    throw error;
  } finally {
    await client.close();
    await sut.stop();
  }

  async function subgraphFetches(): Promise<void> {
    print(`${operation!.name}: CPU ms per subgraph request (concurrency ${concurrency}, ${seconds} s each)`);
    for (const [key, pool] of [...pools].sort(([a], [b]) => a.localeCompare(b))) {
      const name = key.split(' ')[0];
      await closedLoop(client, pool, concurrency, { minSamples: 50, minSeconds: 0.5 });
      const before = cpuSnapshot(sut.cpuTargets);
      const run = await closedLoop(client, pool, concurrency, { minSamples: 200, minSeconds: seconds });
      const cpu = cpuPerRequest(before, cpuSnapshot(sut.cpuTargets), run.latencies.length + run.failures);
      print(
        `${key.padEnd(28)} ${String(run.latencies.length).padStart(5)} req  ${(run.latencies.length / run.seconds).toFixed(0).padStart(5)} req/s  ${name} ${cpu[name].toFixed(2)} ms  postgres ${cpu.postgres?.toFixed(2)} ms  failures ${run.failures} ${run.failureExamples[0] ?? ''}`,
      );
    }
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
