/**
 * `npm run bench`: starts the whole system on an embedded PostgreSQL of its own with synthetic
 * data, loads it over loopback and prints what a federated query costs (throughput, latency,
 * gateway memory, the federation overhead ratio), how the national overview grows with 1×, 10×
 * and 100× data, and how the gateway compares with Hive Gateway on the same supergraph. Writes
 * bench/results.json. Options: --seconds <n> per load run (default 5), --sizes 1,10,100.
 */
import { findFreePorts, REPO_ROOT, RunningSystem, SERVICES, startSystem, SUBGRAPHS } from '@pallnet/system';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { gzipSync } from 'node:zlib';
import { describePlan, PlanRecorder, planningCost, RecordedPlan, replayCriticalPath } from './critical-path';
import { BenchClient, prepareRequest, PreparedRequest } from './http-client';
import { LatencyFigures, latencyFigures, loadInTurns, LoadFigures, percentile, repeat, round, roundLatencies } from './measure';
import { BenchOperation, NATIONAL_OVERVIEW, OPERATIONS } from './operations';
import { GatewayProcess, memoryOf, startHiveGateway, startOurGateway } from './processes';
import { table } from './report';
import { subgraphHeaders } from './subgraph-access';
import { growSyntheticData, NETWORKS_PER_REGION_AT_1X, UNIT_SHAPE } from './synthetic-data';

const SUPERGRAPH_PATH = path.join(REPO_ROOT, 'supergraph.graphql');
const RESULTS_PATH = path.join(REPO_ROOT, 'bench', 'results.json');
/** Each load run is cut into slices of about a second (at most five), ours and Hive Gateway's taking turns. */
const loadRounds = (seconds: number) => Math.max(1, Math.min(5, Math.round(seconds)));
/** The issue's goals. */
const GOAL_OVERHEAD_RATIO = 1.5;

interface Options {
  loadSeconds: number;
  sizes: number[];
}

/** Gateway latency against the plan's critical path, sampled alternately so background noise hits both alike. */
interface OverheadFigures {
  samples: number;
  gatewayMs: LatencyFigures;
  criticalPathMs: LatencyFigures;
  /** Gateway p50 ÷ critical path p50, at concurrency 1. */
  ratio: number;
  peerMs?: LatencyFigures;
}

interface OperationResult {
  name: string;
  description: string;
  plan: string;
  fetches: number;
  responseBytes: number;
  sameAnswerAsHive: boolean;
  overhead: OverheadFigures;
  gateway: LoadFigures[];
  hive: LoadFigures[];
  /** Our throughput ÷ Hive Gateway's, per concurrency. */
  throughputVsHive: Array<{ connections: number; ratio: number }>;
  gatewayMemory: { rssMiB: number; peakRssMiB: number };
  hiveMemory: { rssMiB: number; peakRssMiB: number };
  sqlStatementsPerRequest: number;
}

interface ScalingResult {
  size: string;
  networks: number;
  responseBytes: number;
  sqlStatementsPerRequest: number;
  overhead: OverheadFigures;
}

function parseOptions(argv: string[]): Options {
  const options: Options = { loadSeconds: 5, sizes: [1, 10, 100] };
  for (let i = 0; i < argv.length; i++) {
    const value = argv[i + 1];
    if (argv[i] === '--seconds' && Number(value) > 0) options.loadSeconds = Number(argv[++i]);
    else if (argv[i] === '--sizes' && /^[1-9]\d*(,[1-9]\d*)*$/.test(value ?? '')) options.sizes = argv[++i].split(',').map(Number).sort((a, b) => a - b);
    else throw new Error(`Unknown or invalid option ${argv[i]} ${value ?? ''}: use --seconds <n> (load run length) and --sizes 1,10,100`);
  }
  return options;
}

function say(text: string): void {
  console.log(`[bench] ${text}`);
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const startedAt = new Date();
  // Other work on the machine moves every figure: the load average says how much there was.
  const loadAverageAtStart = os.loadavg().map((value) => round(value, 1));
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'pallnet-bench-'));
  const logs: string[] = [];
  let system: RunningSystem | undefined;
  let hive: GatewayProcess | undefined;
  let recorder: PlanRecorder | undefined;
  const client = new BenchClient();
  try {
    const ports = await findFreePorts(SERVICES.length + 1);
    const env: NodeJS.ProcessEnv = { ...process.env, SQL_STATEMENT_COUNTER: 'true', SEED: 'true', LOG_SQL: 'false' };
    // Every request here is anonymous, but the services want a token key: one of this run's own.
    if (!env.OIDC_ISSUER && !env.JWT_PUBLIC_KEYS) env.JWT_SECRET ||= randomBytes(32).toString('hex');
    // Its own embedded database, whatever the shell has configured.
    for (const variable of Object.keys(env)) if (variable === 'DATABASE_URL' || variable.endsWith('_DATABASE_URL')) delete env[variable];
    say(`starting the system (embedded PostgreSQL in ${dataDir})`);
    system = await startSystem({
      dataDir,
      postgresPort: ports[SERVICES.length],
      ports: Object.fromEntries(SERVICES.map((service, index) => [service.name, ports[index]])),
      env,
      log: ({ source, text }) => {
        if (logs.length < 2_000) logs.push(`[${source}] ${text}`);
      },
    });
    const subgraphUrls = Object.fromEntries(SUBGRAPHS.map(({ name }) => [name, system!.service(name).url]));
    const headers = subgraphHeaders(Object.keys(subgraphUrls), system.env);
    const gatewayPid = system.service('gateway').pid!;
    const supergraphSdl = readFileSync(SUPERGRAPH_PATH, 'utf8');

    let size = options.sizes[0];
    say(`adding synthetic data for ${size}×`);
    await growSyntheticData(system.env, 0, size);
    hive = await startHiveGateway(SUPERGRAPH_PATH, subgraphUrls, headers);
    recorder = await PlanRecorder.start(supergraphSdl, subgraphUrls, headers);
    const statementCounterUrls = Object.values(subgraphUrls).map((url) => url.replace(/\/graphql$/, '/debug/sql-statements'));
    const bench = new Bench(client, recorder, system.gatewayUrl!, hive, system.env, statementCounterUrls);

    const operations: OperationResult[] = [];
    for (const operation of OPERATIONS) {
      say(`${operation.name} at ${size}×`);
      operations.push(await bench.measureOperation(operation, options.loadSeconds, gatewayPid));
    }

    say('gateway settings');
    const settings = await bench.measureSettings(supergraphSdl, options.loadSeconds);

    const scaling: ScalingResult[] = [];
    for (const next of options.sizes) {
      if (next !== size) {
        say(`adding synthetic data for ${next}×`);
        const seedStarted = Date.now();
        await growSyntheticData(system.env, size, next);
        say(`  seeded in ${Math.round((Date.now() - seedStarted) / 1000)} s`);
        size = next;
      }
      say(`national overview at ${size}×`);
      scaling.push(await bench.measureScaling(size));
    }

    const results = {
      startedAt: startedAt.toISOString(),
      durationSeconds: Math.round((Date.now() - startedAt.getTime()) / 1000),
      machine: {
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model,
        memoryGiB: Math.round(os.totalmem() / 2 ** 30),
        node: process.version,
        platform: `${os.platform()} ${os.arch()}`,
        loadAverageAtStart,
        loadAverageAtEnd: os.loadavg().map((value) => round(value, 1)),
      },
      loadSeconds: options.loadSeconds,
      data: { networksPerRegionAt1x: NETWORKS_PER_REGION_AT_1X, ...UNIT_SHAPE, realNetworks: 4 },
      operations,
      scaling,
      gatewaySettings: settings,
      goals: goals(operations, scaling),
    };
    writeFileSync(RESULTS_PATH, `${JSON.stringify(results, null, 2)}\n`);
    printResults(results);
    say(`results written to ${path.relative(process.cwd(), RESULTS_PATH)} (${results.durationSeconds} s)`);
  } catch (error) {
    if (logs.length) console.error(logs.slice(-40).join('\n'));
    throw error;
  } finally {
    await client.close();
    await recorder?.stop();
    await hive?.stop();
    await system?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

class Bench {
  constructor(
    private readonly client: BenchClient,
    private readonly recorder: PlanRecorder,
    private readonly gatewayUrl: string,
    private readonly hive: GatewayProcess,
    private readonly systemEnv: NodeJS.ProcessEnv,
    private readonly statementCounterUrls: string[],
  ) {}

  async measureOperation(operation: BenchOperation, loadSeconds: number, gatewayPid: number): Promise<OperationResult> {
    const payload = { query: operation.query, variables: operation.variables };
    const gateway = prepareRequest(this.gatewayUrl, payload);
    const peer = prepareRequest(this.hive.url, payload);
    const ours = await this.client.graphql(gateway);
    const theirs = await this.client.graphql(peer);
    operation.check(ours.data);
    operation.check(theirs.data);
    await this.warmUp([gateway, peer]);

    const recorded = await this.recorder.record(operation);
    const overhead = await this.overhead(recorded, gateway, peer, { maxCount: 200, maxMs: 8_000, minCount: 20 });
    // Counted before the load runs: their last requests may still be running in the subgraphs after.
    const sqlStatementsPerRequest = await this.sqlStatementsPerRequest(gateway);

    const gatewayLoad: LoadFigures[] = [];
    const hiveLoad: LoadFigures[] = [];
    for (const connections of [1, 10]) {
      const [ours, theirs] = await loadInTurns([gateway, peer], connections, loadSeconds, loadRounds(loadSeconds));
      gatewayLoad.push(ours);
      hiveLoad.push(theirs);
    }
    return {
      name: operation.name,
      description: operation.description,
      plan: describePlan(recorded.root),
      fetches: recorded.requests.size,
      responseBytes: ours.bytes,
      sameAnswerAsHive: isDeepStrictEqual(ours.data, theirs.data),
      overhead,
      gateway: gatewayLoad,
      hive: hiveLoad,
      throughputVsHive: gatewayLoad.map((figures, index) => ({
        connections: figures.connections,
        ratio: round(figures.requestsPerSecond / hiveLoad[index].requestsPerSecond),
      })),
      gatewayMemory: memoryOf(gatewayPid),
      hiveMemory: memoryOf(this.hive.pid),
      sqlStatementsPerRequest,
    };
  }

  async measureScaling(size: number): Promise<ScalingResult> {
    const gateway = prepareRequest(this.gatewayUrl, { query: NATIONAL_OVERVIEW.query });
    const peer = prepareRequest(this.hive.url, { query: NATIONAL_OVERVIEW.query });
    const answer = await this.client.graphql(gateway);
    NATIONAL_OVERVIEW.check(answer.data);
    await this.warmUp([gateway, peer], 5);
    const recorded = await this.recorder.record(NATIONAL_OVERVIEW);
    return {
      size: `${size}×`,
      networks: (answer.data.networks as unknown[]).length,
      responseBytes: answer.bytes,
      sqlStatementsPerRequest: await this.sqlStatementsPerRequest(gateway),
      overhead: await this.overhead(recorded, gateway, peer, { maxCount: 100, maxMs: 8_000, minCount: 5 }),
    };
  }

  /**
   * What the choices in the gateway are worth, measured on the national overview: the query-plan
   * cache spares planning on every request; keep-alive spares a connection per subgraph fetch;
   * sharing identical queries in flight spares subgraph work under concurrent identical load;
   * compression would cost gzip time on every response to save bytes a loopback does not need.
   */
  async measureSettings(supergraphSdl: string, loadSeconds: number) {
    const planning = planningCost(supergraphSdl, OPERATIONS);
    const overview = prepareRequest(this.gatewayUrl, { query: NATIONAL_OVERVIEW.query });

    const recorded = await this.recorder.record(NATIONAL_OVERVIEW);
    const fresh = new BenchClient({ keepAlive: false });
    const limits = { maxCount: 60, maxMs: 6_000, minCount: 10 };
    const pairs = await repeat(async () => [await replayCriticalPath(recorded, this.client), await replayCriticalPath(recorded, fresh)], limits);
    await fresh.close();

    const unshared = await startOurGateway(this.systemEnv, { SUBGRAPH_DEDUPLICATION: 'false' });
    let deduplication;
    try {
      const withoutSharing = prepareRequest(unshared.url, { query: NATIONAL_OVERVIEW.query });
      await this.warmUp([withoutSharing], 10);
      const [shared, alone] = await loadInTurns([overview, withoutSharing], 10, loadSeconds, loadRounds(loadSeconds));
      deduplication = {
        note: 'the national overview at concurrency 10 through this gateway and through a second one with SUBGRAPH_DEDUPLICATION=false',
        sharedRequestsPerSecond: shared.requestsPerSecond,
        sharedP50Ms: shared.p50,
        unsharedRequestsPerSecond: alone.requestsPerSecond,
        unsharedP50Ms: alone.p50,
      };
    } finally {
      await unshared.stop();
    }

    const answer = await this.client.time(overview);
    const gzipTimes = await repeat(async () => {
      const started = process.hrtime.bigint();
      gzipSync(answer.body);
      return Number(process.hrtime.bigint() - started) / 1e6;
    }, { maxCount: 50, maxMs: 2_000 });
    return {
      deduplication,
      queryPlanCache: {
        note: 'planning time per request without the cache (QueryPlanner on the supergraph); a cached plan costs a hash lookup',
        planningMs: Object.fromEntries([...planning].map(([operation, ms]) => [operation.name, round(ms)])),
      },
      keepAlive: {
        note: "the national overview's critical path replayed with kept-alive connections and with a new connection per fetch",
        keptAliveP50Ms: round(percentile(pairs.map(([kept]) => kept), 0.5)),
        newConnectionP50Ms: round(percentile(pairs.map(([, fresh]) => fresh), 0.5)),
      },
      compression: {
        note: "gzip of the national overview's response, what compressing every response would add",
        responseBytes: Buffer.byteLength(answer.body),
        gzipBytes: gzipSync(answer.body).length,
        gzipP50Ms: round(percentile(gzipTimes, 0.5)),
      },
    };
  }

  /** Gateway, critical path and peer, one after the other in each round, at concurrency 1. */
  private async overhead(recorded: RecordedPlan, gateway: PreparedRequest, peer: PreparedRequest, limits: { maxCount: number; maxMs: number; minCount: number }): Promise<OverheadFigures> {
    const rounds = await repeat(async () => {
      const ours = await this.client.time(gateway);
      if (ours.status !== 200) throw new Error(`the gateway answered ${ours.status}`);
      const critical = await replayCriticalPath(recorded, this.client);
      const theirs = await this.client.time(peer);
      return { gateway: ours.ms, critical, peer: theirs.ms };
    }, limits);
    const gatewayMs = roundLatencies(latencyFigures(rounds.map((r) => r.gateway)));
    const criticalPathMs = roundLatencies(latencyFigures(rounds.map((r) => r.critical)));
    return {
      samples: rounds.length,
      gatewayMs,
      criticalPathMs,
      ratio: round(gatewayMs.p50 / criticalPathMs.p50),
      peerMs: roundLatencies(latencyFigures(rounds.map((r) => r.peer))),
    };
  }

  /** SQL statements all subgraphs together run per gateway request, over ten requests. */
  private async sqlStatementsPerRequest(gateway: PreparedRequest): Promise<number> {
    const before = await this.statementCount();
    const requests = 10;
    for (let i = 0; i < requests; i++) await this.client.graphql(gateway);
    return round(((await this.statementCount()) - before) / requests, 1);
  }

  private async statementCount(): Promise<number> {
    const counts = await Promise.all(
      this.statementCounterUrls.map(async (url) => {
        const response = await fetch(url);
        if (!response.ok) throw new Error(`${url} answered ${response.status}: is SQL_STATEMENT_COUNTER on?`);
        return ((await response.json()) as { count: number }).count;
      }),
    );
    return counts.reduce((sum, count) => sum + count, 0);
  }

  /** A few requests first, so neither gateway is measured while its JIT and caches are cold. */
  private async warmUp(requests: PreparedRequest[], count = 20): Promise<void> {
    for (const request of requests) await repeat(() => this.client.graphql(request), { maxCount: count, maxMs: 5_000 });
  }
}

function goals(operations: OperationResult[], scaling: ScalingResult[]) {
  const overview = operations.find((operation) => operation.name === NATIONAL_OVERVIEW.name)!;
  const statements = scaling.map((entry) => entry.sqlStatementsPerRequest);
  const throughput = operations.flatMap((operation) => operation.throughputVsHive.map((entry) => ({ operation: operation.name, ...entry })));
  return {
    overheadRatio: { value: overview.overhead.ratio, goal: `<= ${GOAL_OVERHEAD_RATIO}`, met: overview.overhead.ratio <= GOAL_OVERHEAD_RATIO },
    flatSqlStatements: { values: statements, goal: 'the same at every size', met: statements.every((count) => count === statements[0]) },
    throughputVsHive: { values: throughput, goal: '>= 1', met: throughput.every((entry) => entry.ratio >= 1) },
  };
}

function printResults(results: {
  machine: { cpus: number; cpuModel?: string; node: string; loadAverageAtStart: number[]; loadAverageAtEnd: number[] };
  operations: OperationResult[];
  scaling: ScalingResult[];
  gatewaySettings: Awaited<ReturnType<Bench['measureSettings']>>;
  goals: ReturnType<typeof goals>;
}): void {
  const { operations, scaling, gatewaySettings: settings } = results;
  const { machine } = results;
  console.log(
    `\nMachine: ${machine.cpus} cores (${machine.cpuModel}), Node ${machine.node}; load average (1, 5, 15 min) ${machine.loadAverageAtStart.join(', ')} at the start, ${machine.loadAverageAtEnd.join(', ')} at the end\n`,
  );
  console.log('Operations (gateway = our @apollo/gateway; hive = Hive Gateway on the same supergraph and subgraphs)');
  console.log(
    table(
      ['operation', 'gateway', 'conc', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'fails', 'RSS MiB'],
      operations.flatMap((operation) =>
        (['gateway', 'hive'] as const).flatMap((which) =>
          operation[which].map((figures) => [
            operation.name,
            which,
            figures.connections,
            figures.requestsPerSecond,
            figures.p50,
            figures.p95,
            figures.p99,
            figures.failures,
            which === 'gateway' ? operation.gatewayMemory.rssMiB : operation.hiveMemory.rssMiB,
          ]),
        ),
      ),
    ),
  );
  console.log('\nFederation overhead at concurrency 1 (gateway latency ÷ the query plan\'s critical path sent straight to the subgraphs)');
  console.log(
    table(
      ['operation', 'plan', 'fetches', 'KiB', 'gateway p50', 'critical p50', 'ratio', 'hive p50', 'SQL/req', 'same as hive'],
      operations.map((operation) => [
        operation.name,
        operation.plan,
        operation.fetches,
        round(operation.responseBytes / 1024, 1),
        operation.overhead.gatewayMs.p50,
        operation.overhead.criticalPathMs.p50,
        operation.overhead.ratio,
        operation.overhead.peerMs?.p50 ?? Number.NaN,
        operation.sqlStatementsPerRequest,
        operation.sameAnswerAsHive ? 'yes' : 'NO',
      ]),
    ),
  );
  console.log('\nScaling: the national overview at concurrency 1');
  console.log(
    table(
      ['size', 'networks', 'KiB', 'SQL/req', 'p50 ms', 'p95 ms', 'p99 ms', 'critical p50', 'ratio', 'hive p50'],
      scaling.map((entry) => [
        entry.size,
        entry.networks,
        round(entry.responseBytes / 1024, 1),
        entry.sqlStatementsPerRequest,
        entry.overhead.gatewayMs.p50,
        entry.overhead.gatewayMs.p95,
        entry.overhead.gatewayMs.p99,
        entry.overhead.criticalPathMs.p50,
        entry.overhead.ratio,
        entry.overhead.peerMs?.p50 ?? Number.NaN,
      ]),
    ),
  );
  console.log('\nGateway settings');
  console.log(`  query-plan cache: planning without it costs ${Object.entries(settings.queryPlanCache.planningMs).map(([name, ms]) => `${name} ${ms} ms`).join(', ')} per request`);
  console.log(`  keep-alive to subgraphs: overview critical path ${settings.keepAlive.keptAliveP50Ms} ms kept alive, ${settings.keepAlive.newConnectionP50Ms} ms with a new connection per fetch`);
  const sharing = settings.deduplication;
  console.log(
    `  sharing identical subgraph queries in flight: overview at concurrency 10 ${sharing.sharedRequestsPerSecond} req/s (p50 ${sharing.sharedP50Ms} ms), ${sharing.unsharedRequestsPerSecond} req/s (p50 ${sharing.unsharedP50Ms} ms) without`,
  );
  console.log(`  compression: the overview's ${settings.compression.responseBytes} bytes gzip to ${settings.compression.gzipBytes} in ${settings.compression.gzipP50Ms} ms`);
  const { overheadRatio, flatSqlStatements, throughputVsHive } = results.goals;
  console.log('\nGoals');
  console.log(`  overhead ratio of the national overview at p50, concurrency 1: ${overheadRatio.value} (goal ${overheadRatio.goal}): ${overheadRatio.met ? 'met' : 'NOT met'}`);
  console.log(`  SQL statements per request across sizes: ${flatSqlStatements.values.join(', ')} (${flatSqlStatements.goal}): ${flatSqlStatements.met ? 'met' : 'NOT met'}`);
  console.log(
    `  throughput ÷ Hive Gateway's: ${throughputVsHive.values.map((entry) => `${entry.operation} c${entry.connections} ${entry.ratio}`).join(', ')} (goal ${throughputVsHive.goal}): ${throughputVsHive.met ? 'met' : 'NOT met'}`,
  );
}

main().then(
  () => process.exit(0),
  (error: Error) => {
    console.error(`[bench] failed: ${error.stack ?? error.message}`);
    process.exit(1);
  },
);
