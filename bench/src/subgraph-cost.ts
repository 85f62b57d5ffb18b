/**
 * `npm run bench:subgraphs`: what each subgraph fetch of an operation's query plan costs the
 * subgraph and PostgreSQL, sent straight to the subgraph (no gateway), next to the fixed cost of a
 * request that reads nothing (`{ __typename }`). Concurrency 4, varied variables; CPU from /proc.
 * Options: --operation <name> (default the dashboard overview), --seconds <n> per measurement (3).
 */
import { readFileSync } from 'node:fs';
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

const say = (text: string) => console.log(`[subgraphs] ${text}`);

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const option = (name: string) => {
    const index = args.indexOf(`--${name}`);
    return index >= 0 ? args[index + 1] : undefined;
  };
  const seconds = Number(option('seconds') ?? 3);
  const operation = OPERATIONS.find((candidate) => candidate.name === (option('operation') ?? OPERATIONS[0].name));
  if (!operation) throw new Error(`--operation <${OPERATIONS.map((o) => o.name).join(' | ')}>`);
  const sut = await startSystemUnderTest(say);
  const concurrency = Number(option('concurrency') ?? 4);
  const client = new LoadClient(Math.max(concurrency, 10));
  try {
    await growSyntheticData(sut.system.env, 0, Number(option('size') ?? 1));
    const context = { networkIds: workloadNetworkIds(await catalogNetworkIds(sut.gatewayUrl)), users: await benchUserHeaders(sut.system.env) };
    const recorder = await PlanRecorder.start(readFileSync(path.join(REPO_ROOT, 'supergraph.graphql'), 'utf8'), sut.subgraphUrls, sut.subgraphHeaders);
    const pools = new Map<string, PreparedRequest[]>();
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
      console.log(
        `through the gateway, concurrency ${gatewayConcurrency}: ${(run.latencies.length / run.seconds).toFixed(1)} req/s, failures ${run.failures}; CPU ms: ${Object.entries(
          cpu,
        )
          .map(([name, ms]) => `${name} ${ms.toFixed(2)}`)
          .join(', ')}`,
      );
    }
    if (args.includes('--gateway-only')) return;
    console.log(`${operation.name}: CPU ms per subgraph request (concurrency ${concurrency}, ${seconds} s each)`);
    for (const [key, pool] of [...pools].sort(([a], [b]) => a.localeCompare(b))) {
      const name = key.split(' ')[0];
      await closedLoop(client, pool, concurrency, { minSamples: 50, minSeconds: 0.5 });
      const before = cpuSnapshot(sut.cpuTargets);
      const run = await closedLoop(client, pool, concurrency, { minSamples: 200, minSeconds: seconds });
      const cpu = cpuPerRequest(before, cpuSnapshot(sut.cpuTargets), run.latencies.length + run.failures);
      console.log(
        `${key.padEnd(28)} ${String(run.latencies.length).padStart(5)} req  ${(run.latencies.length / run.seconds).toFixed(0).padStart(5)} req/s  ${name} ${cpu[name].toFixed(2)} ms  postgres ${cpu.postgres?.toFixed(2)} ms  failures ${run.failures} ${run.failureExamples[0] ?? ''}`,
      );
    }
  } catch (error) {
    console.error(sut.logs.slice(-30).join('\n'));
    throw error;
  } finally {
    await client.close();
    await sut.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
