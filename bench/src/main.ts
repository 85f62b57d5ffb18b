/**
 * `npm run bench`: what the operations the dashboard and the analyst tools really send cost
 * through our gateway and through Hive Gateway on the same supergraph and subgraphs, with sharing
 * of identical in-flight subgraph requests off and on; CPU milliseconds per request in every
 * process; the gateway's overhead over the query plan's critical path; the saturation knee at a
 * fixed arrival rate; a soak with memory before and after; the dashboard overview at 1×, 10× and
 * 100× data. Writes bench/results/<date>.json and prints every figure. Method: bench/README.md.
 *
 * Options: --quick (fewer samples and repeats, 1× only, a short soak: checks that it all runs;
 * its figures are not for quoting), --sizes 1,10,100, --out <file>.
 */
import { REPO_ROOT } from '@pallnet/system';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { cpuPerRequest, cpuSnapshot, CpuTargets } from './cpu';
import { describePlan, PlannedOperation, PlanRecorder, planningCost, RecordedPlan, replayCriticalPath } from './critical-path';
import { BenchClient, prepareRequest } from './http-client';
import { closedLoop, LoadClient, LoadRun, openLoop } from './load';
import { latencyFigures, percentile, round } from './measure';
import { GatewayProcess, memoryOf, startHiveGateway, startOurGateway } from './processes';
import { describeMemory, describeWarmUp, table, WarmUp } from './report';
import { DataVersionWriter } from './writes';
import { repeated, Repeated, spread } from './stats';
import { catalogNetworkIds, startSystemUnderTest, SystemUnderTest } from './system-under-test';
import { growSyntheticData, NETWORKS_PER_REGION_AT_1X, UNIT_SHAPE } from './synthetic-data';
import { benchUserHeaders } from './tokens';
import { BenchOperation, DASHBOARD_OVERVIEW, OPERATIONS, requestPool, WorkloadContext, workloadNetworkIds } from './workload';

const SUPERGRAPH_PATH = path.join(REPO_ROOT, 'supergraph.graphql');

/** How much of everything: the full run and --quick. */
interface Plan {
  quick: boolean;
  sizes: number[];
  /** Repeats of every point. */
  repeats: number;
  /** Samples behind every percentile (per repeat for load points; pooled over the repeats where marked). */
  samples: number;
  /** Offered rates of the fixed-arrival-rate run, req/s. */
  rates: number[];
  soakSeconds: number;
  /** Warm-up windows (see Bench.warmUp). */
  warmUp: { windowSeconds: number; minRounds: number; maxRounds: number };
  out: string;
}

const USAGE = 'npm run bench -- [--quick] [--sizes 1,10,100] [--out <file>]';

/** The plan from the command line (node:util parseArgs, as the other CLIs): unknown or bad options fail naming the option. */
function parsePlan(argv: string[]): Plan {
  let values: { quick?: boolean; sizes?: string; out?: string };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { quick: { type: 'boolean', default: false }, sizes: { type: 'string' }, out: { type: 'string' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new Error(`${(error as Error).message}. Usage: ${USAGE}`, { cause: error });
  }
  const quick = values.quick ?? false;
  const date = new Date().toISOString().slice(0, 10);
  const plan: Plan = {
    quick,
    sizes: quick ? [1] : [1, 10, 100],
    repeats: quick ? 2 : 3,
    samples: quick ? 30 : 200,
    rates: quick ? [15, 40] : [15, 30, 60, 100, 150, 200, 300],
    soakSeconds: quick ? 5 : 60,
    warmUp: quick ? { windowSeconds: 2, minRounds: 2, maxRounds: 3 } : { windowSeconds: 4, minRounds: 4, maxRounds: 12 },
    out: path.join(REPO_ROOT, 'bench', 'results', `${date}${quick ? '-quick' : ''}.json`),
  };
  if (values.sizes !== undefined) {
    if (!/^[1-9]\d*(,[1-9]\d*)*$/.test(values.sizes))
      throw new Error(`--sizes '${values.sizes}': positive whole numbers separated by commas, e.g. 1,10,100. Usage: ${USAGE}`);
    plan.sizes = values.sizes
      .split(',')
      .map(Number)
      .sort((a, b) => a - b);
  }
  if (values.out !== undefined) {
    if (!values.out.trim()) throw new Error(`--out: give a file name. Usage: ${USAGE}`);
    plan.out = path.resolve(values.out);
  }
  // 1× is every comparison's baseline.
  if (plan.sizes[0] !== 1) plan.sizes.unshift(1);
  return plan;
}

const say = (text: string) => console.log(`[bench] ${text}`);

/** A gateway under test: ours or Hive Gateway, sharing identical in-flight subgraph requests or not. */
interface GatewayUnderTest {
  name: string;
  gateway: 'ours' | 'hive';
  sharing: boolean;
  url: string;
  pid: number;
}

interface LoadPoint {
  operation: string;
  gateway: string;
  sharing: boolean;
  concurrency: number;
  /** Writes per second to every subgraph's database during the run (each empties the read caches); 0 for most points. */
  writesPerSecond: number;
  samplesPerRepeat: number[];
  requestsPerSecond: Repeated;
  p50: Repeated;
  p95: Repeated;
  p99: Repeated;
  failures: number;
  failureExamples: string[];
  /** CPU ms per request of each process (gateway = the gateway under test), median of the repeats. */
  cpuMsPerRequest: Record<string, Repeated>;
}

async function main(): Promise<void> {
  const plan = parsePlan(process.argv.slice(2));
  const startedAt = new Date();
  const loadAverageAtStart = os.loadavg().map((value) => round(value, 1));
  const sut = await startSystemUnderTest(say);
  const gateways: GatewayProcess[] = [];
  const client = new BenchClient();
  const load = new LoadClient(100);
  let recorder: PlanRecorder | undefined;
  let writer: DataVersionWriter | undefined;
  try {
    say('adding synthetic data for 1×');
    await growSyntheticData(sut.system.env, 0, 1);
    const start = async (what: Promise<GatewayProcess>) => {
      const started = await what;
      gateways.push(started);
      return started;
    };
    const oursUnshared = await start(startOurGateway(sut.system.env, { SUBGRAPH_DEDUPLICATION: 'false' }));
    const hiveUnshared = await start(startHiveGateway(SUPERGRAPH_PATH, sut.subgraphUrls, sut.subgraphHeaders, { deduplication: false }));
    const hiveShared = await start(startHiveGateway(SUPERGRAPH_PATH, sut.subgraphUrls, sut.subgraphHeaders, { deduplication: true }));
    const ours = (sharing: boolean, process: { url: string; pid: number }): GatewayUnderTest => ({ name: 'gateway', gateway: 'ours', sharing, ...process });
    const hive = (sharing: boolean, process: { url: string; pid: number }): GatewayUnderTest => ({
      name: 'Hive Gateway',
      gateway: 'hive',
      sharing,
      ...process,
    });
    const unshared = [ours(false, oursUnshared), hive(false, hiveUnshared)];
    const shared = [ours(true, { url: sut.gatewayUrl, pid: sut.cpuTargets.gateway.pid }), hive(true, hiveShared)];

    const context: WorkloadContext = { networkIds: workloadNetworkIds(await catalogNetworkIds(sut.gatewayUrl)), users: await benchUserHeaders(sut.system.env) };
    recorder = await PlanRecorder.start(readFileSync(SUPERGRAPH_PATH, 'utf8'), sut.subgraphUrls, sut.subgraphHeaders);
    writer = await DataVersionWriter.open(sut.system.env);
    const bench = new Bench(sut, client, load, context, plan, writer);

    say('checking that every gateway answers every operation completely and alike');
    const answers = await bench.checkAnswers([...unshared, ...shared]);

    say('warming up: every operation through every gateway, until throughput stops rising');
    const warmUp = await bench.warmUp([...unshared, ...shared]);

    const operations = [];
    for (const operation of OPERATIONS) {
      say(`${operation.name}: SQL statements, overhead over the critical path`);
      // The plans of a few variable sets, replayed in turn, so the overhead too sees varied requests.
      const planned = Array.from({ length: VARIED_PLANS }, (_, index) => withVariables(operation, context, index));
      const recordings = [];
      for (const each of planned) recordings.push(await recorder.record(each));
      const recorded = recordings[0];
      operations.push({
        name: operation.name,
        source: operation.source,
        description: operation.description,
        plan: describePlan(recorded.root),
        fetches: recorded.requests.size,
        responseBytes: answers.get(operation.name)!.bytes,
        sameAnswerAsHive: answers.get(operation.name)!.same,
        sqlStatementsPerRequest: await bench.sqlStatementsPerRequest(operation, oursUnshared.url),
        sqlStatementsPerRequestAfterWrite: await bench.sqlStatementsPerRequest(operation, oursUnshared.url, { afterWrite: true }),
        overhead: await bench.overhead(operation.name, recordings, oursUnshared.url, hiveUnshared.url),
      });
    }

    const loadPoints: LoadPoint[] = [];
    for (const operation of OPERATIONS) {
      say(`${operation.name}: load at concurrency 10 (sharing off and on), ${plan.repeats} repeats of ≥ ${plan.samples} samples`);
      loadPoints.push(...(await bench.loadPoints(operation, [...unshared, ...shared], 10)));
    }
    say(`${DASHBOARD_OVERVIEW.name}: load at concurrency 10 while every database is written ${WRITES_PER_SECOND} times a second (sharing off)`);
    loadPoints.push(...(await bench.loadPoints(DASHBOARD_OVERVIEW, unshared, 10, WRITES_PER_SECOND)));

    say('saturation knee: the dashboard overview at fixed arrival rates (sharing off)');
    const knee = await bench.knee(DASHBOARD_OVERVIEW, oursUnshared);

    const soakRate = Math.max(5, Math.round((knee.kneeRate ?? plan.rates[0]) / 2));
    say(`soak: every operation in turn at ${soakRate} req/s for ${plan.soakSeconds} s (sharing off)`);
    const soak = await bench.soak(oursUnshared, soakRate);

    say('planning cost without the query-plan cache');
    const planning = planningCost(
      readFileSync(SUPERGRAPH_PATH, 'utf8'),
      OPERATIONS.map((operation) => withVariables(operation, context)),
    );

    const scaling = [];
    let size = 1;
    for (const next of plan.sizes) {
      if (next !== size) {
        say(`adding synthetic data for ${next}×`);
        const seeded = Date.now();
        await growSyntheticData(sut.system.env, size, next);
        say(`  seeded in ${Math.round((Date.now() - seeded) / 1000)} s`);
        size = next;
        context.networkIds = workloadNetworkIds(await catalogNetworkIds(sut.gatewayUrl));
      }
      say(`dashboard overview at ${size}×`);
      // Hive Gateway beside ours at 1× only: at 100× each sample takes long, and the goal is about ours.
      scaling.push(await bench.scaling(size, size === 1 ? unshared : unshared.slice(0, 1)));
    }

    const results = {
      startedAt: startedAt.toISOString(),
      durationSeconds: Math.round((Date.now() - startedAt.getTime()) / 1000),
      quick: plan.quick,
      machine: {
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model,
        memoryGiB: Math.round(os.totalmem() / 2 ** 30),
        node: process.version,
        platform: `${os.platform()} ${os.arch()}`,
        loadAverageAtStart,
        loadAverageAtEnd: os.loadavg().map((value) => round(value, 1)),
      },
      method: {
        repeats: plan.repeats,
        samplesPerPercentile: plan.samples,
        users: context.users.length,
        data: { networksPerRegionAt1x: NETWORKS_PER_REGION_AT_1X, ...UNIT_SHAPE, realNetworks: 4 },
      },
      warmUp,
      operations,
      load: loadPoints,
      knee,
      soak,
      planningMs: Object.fromEntries([...planning].map(([operation, ms]) => [operation.name, round(ms)])),
      scaling,
    };
    const withGoals = { ...results, goals: goals(results) };
    mkdirSync(path.dirname(plan.out), { recursive: true });
    writeFileSync(plan.out, `${JSON.stringify(withGoals, null, 2)}\n`);
    printResults(withGoals);
    say(`results written to ${path.relative(process.cwd(), plan.out)} (${results.durationSeconds} s)`);
  } catch (error) {
    if (sut.logs.length) console.error(sut.logs.slice(-40).join('\n'));
    throw error;
  } finally {
    await client.close();
    await load.close();
    await recorder?.stop();
    await writer?.close();
    for (const gateway of gateways) await gateway.stop();
    await sut.stop();
  }
}

/**
 * Writes per second to every subgraph's database in the load point that measures reads whose kept
 * rows keep going: far above what editors do (a save every few seconds at most in a region).
 */
const WRITES_PER_SECOND = 10;

/** How many variable sets the overhead measurement records and replays in turn. */
const VARIED_PLANS = 6;

/** The operation with the variables of its index-th request, for the plan recorder. */
function withVariables(operation: BenchOperation, context: WorkloadContext, index = 0): PlannedOperation {
  return { name: operation.name, query: operation.query, variables: operation.variables(index, context), check: operation.check };
}

class Bench {
  constructor(
    private readonly sut: SystemUnderTest,
    private readonly client: BenchClient,
    private readonly load: LoadClient,
    private readonly context: WorkloadContext,
    private readonly plan: Plan,
    private readonly writer: DataVersionWriter,
  ) {}

  /** Every gateway answers every operation without errors and completely; ours and Hive Gateway's answers are the same. */
  async checkAnswers(gateways: GatewayUnderTest[]): Promise<Map<string, { bytes: number; same: boolean }>> {
    const answers = new Map<string, { bytes: number; same: boolean }>();
    for (const operation of OPERATIONS) {
      const variables = operation.variables(0, this.context);
      const data: unknown[] = [];
      let bytes = 0;
      for (const gateway of gateways) {
        const answer = await this.client.graphql(prepareRequest(gateway.url, { query: operation.query, variables }, this.context.users[1]));
        operation.check(answer.data);
        data.push(answer.data);
        bytes = answer.bytes;
      }
      answers.set(operation.name, { bytes, same: data.every((entry) => isDeepStrictEqual(entry, data[0])) });
    }
    return answers;
  }

  /**
   * SQL statements all subgraphs together run per gateway request, over ten requests with varied
   * variables: with the rows they read kept (read-cache.ts), or each request right after a write
   * to every database (nothing kept: what a request costs the first time, or after an editor's save).
   */
  async sqlStatementsPerRequest(operation: BenchOperation, url: string, { afterWrite = false } = {}): Promise<number> {
    const pool = requestPool(url, operation, this.context, 10);
    for (const request of pool) await this.client.graphql(request);
    let statements = 0;
    for (const request of pool) {
      if (afterWrite) await this.writer.writeAll();
      const before = await this.sut.statementCount();
      await this.client.graphql(request);
      statements += (await this.sut.statementCount()) - before;
    }
    return round(statements / pool.length, 1);
  }

  /**
   * Gateway latency against the query plan's critical path (the plan's subgraph requests sent
   * straight to the subgraphs, stage by stage) and Hive Gateway, one after the other in each round,
   * at concurrency 1, sharing off. Percentiles pool the repeats (≥ samples in all); the spread is
   * that of each repeat's median.
   */
  async overhead(name: string, recordings: RecordedPlan[], oursUrl: string, hiveUrl: string) {
    const requests = recordings.map((recorded) => {
      const payload = { query: recorded.operation.query, variables: recorded.operation.variables };
      return { recorded, gateway: prepareRequest(oursUrl, payload), peer: prepareRequest(hiveUrl, payload) };
    });
    for (const { recorded, gateway, peer } of requests) {
      await this.client.graphql(gateway);
      await this.client.graphql(peer);
      await replayCriticalPath(recorded, this.client);
    }
    const perRepeat = Math.ceil(this.plan.samples / this.plan.repeats);
    const repeats: Array<Array<{ gateway: number; critical: number; hive: number }>> = [];
    for (let r = 0; r < this.plan.repeats; r++) {
      const rounds: Array<{ gateway: number; critical: number; hive: number }> = [];
      for (let i = 0; i < perRepeat; i++) {
        const { recorded, gateway, peer } = requests[i % requests.length];
        const ours = await this.client.time(gateway);
        if (ours.status !== 200 || ours.body.includes('"errors"')) throw new Error(`${name}: the gateway failed: ${ours.body.slice(0, 300)}`);
        const critical = await replayCriticalPath(recorded, this.client);
        const theirs = await this.client.time(peer);
        rounds.push({ gateway: ours.ms, critical, hive: theirs.ms });
      }
      repeats.push(rounds);
    }
    const all = repeats.flat();
    const figures = (pick: (round: (typeof all)[number]) => number) => {
      const { p50, p95, p99 } = latencyFigures(all.map(pick));
      return { p50: round(p50), p95: round(p95), p99: round(p99), p50OfRepeats: repeated(repeats.map((rounds) => percentile(rounds.map(pick), 0.5))) };
    };
    const gatewayMs = figures((r) => r.gateway);
    const criticalPathMs = figures((r) => r.critical);
    return {
      samples: all.length,
      gatewayMs,
      criticalPathMs,
      hiveMs: figures((r) => r.hive),
      ratio: round(gatewayMs.p50 / criticalPathMs.p50),
      /** The gateway's own time: the median of each round's gateway time minus its critical path. */
      absoluteOverheadMs: round(
        percentile(
          all.map((r) => r.gateway - r.critical),
          0.5,
        ),
      ),
      hiveAbsoluteOverheadMs: round(
        percentile(
          all.map((r) => r.hive - r.critical),
          0.5,
        ),
      ),
    };
  }

  /**
   * Before anything is measured: every operation in turn through every gateway at concurrency
   * 10, in windows that take turns, until no gateway's throughput is still rising: its last window
   * no more than 5 % above its best earlier one (at least `minRounds`, at most `maxRounds` rounds).
   * V8 optimises a process's hot paths only after many requests, and all seven processes share two
   * cores: from a cold start the overview's throughput nearly doubles over its first eight 5-second
   * windows (bench/results/2026-11-30-subgraphs-1x*.txt). The windows' throughputs are kept in the
   * results, the cold start's cost with them.
   */
  async warmUp(gateways: GatewayUnderTest[]): Promise<WarmUp> {
    const { windowSeconds, minRounds, maxRounds } = this.plan.warmUp;
    const pools = gateways.map((gateway) => {
      const perOperation = OPERATIONS.map((operation) => requestPool(gateway.url, operation, this.context, 48));
      return perOperation[0].flatMap((_, index) => perOperation.map((pool) => pool[index]));
    });
    const windows = gateways.map(() => [] as number[]);
    const failures = gateways.map(() => 0);
    // No longer rising: the last window no more than 5 % above the best before it (windows vary by
    // about ±10 % with everything else the machine does, so "within 5 % of the last one" rarely holds).
    const settled = () => windows.every((rates) => rates.length >= 2 && rates[rates.length - 1] <= 1.05 * Math.max(...rates.slice(0, -1)));
    let rounds = 0;
    while (rounds < maxRounds && (rounds < minRounds || !settled())) {
      rounds += 1;
      for (const [index, pool] of pools.entries()) {
        const run = await closedLoop(this.load, pool, 10, { minSamples: 0, minSeconds: windowSeconds, maxSeconds: windowSeconds });
        windows[index].push(round(run.latencies.length / run.seconds, 1));
        failures[index] += run.failures;
      }
    }
    return {
      windowSeconds,
      rounds,
      settled: settled(),
      gateways: gateways.map((gateway, index) => ({
        gateway: gateway.name,
        sharing: gateway.sharing,
        requestsPerSecond: windows[index],
        failures: failures[index],
      })),
    };
  }

  /** Closed-loop load at `concurrency` through each gateway, the gateways taking turns in every repeat. */
  async loadPoints(operation: BenchOperation, gateways: GatewayUnderTest[], concurrency: number, writesPerSecond = 0): Promise<LoadPoint[]> {
    const pools = gateways.map((gateway) => requestPool(gateway.url, operation, this.context));
    // Connection pools and plan caches (the processes are warm: Bench.warmUp).
    for (const pool of pools) await closedLoop(this.load, pool, concurrency, { minSamples: 20, minSeconds: 0 });
    const stopWriting = writesPerSecond > 0 ? this.writer.writeContinuously(writesPerSecond) : undefined;
    const runs = gateways.map(() => [] as Array<{ run: LoadRun; cpu: Record<string, number> }>);
    for (let r = 0; r < this.plan.repeats; r++) {
      for (const [index, gateway] of gateways.entries()) {
        const targets = this.cpuTargets(gateway);
        const before = cpuSnapshot(targets);
        const run = await closedLoop(this.load, pools[index], concurrency, { minSamples: this.plan.samples, minSeconds: 1, maxSeconds: 15 });
        const cpu = cpuPerRequest(before, cpuSnapshot(targets), run.latencies.length + run.failures);
        runs[index].push({ run, cpu });
      }
    }
    await stopWriting?.();
    return gateways.map((gateway, index) => {
      const repeats = runs[index];
      const figures = repeats.map(({ run }) => latencyFigures(run.latencies));
      return {
        operation: operation.name,
        gateway: gateway.name,
        sharing: gateway.sharing,
        concurrency,
        writesPerSecond,
        samplesPerRepeat: repeats.map(({ run }) => run.latencies.length),
        requestsPerSecond: repeated(
          repeats.map(({ run }) => run.latencies.length / run.seconds),
          1,
        ),
        p50: repeated(figures.map((f) => f.p50)),
        p95: repeated(figures.map((f) => f.p95)),
        p99: repeated(figures.map((f) => f.p99)),
        failures: repeats.reduce((sum, { run }) => sum + run.failures, 0),
        failureExamples: repeats.flatMap(({ run }) => run.failureExamples).slice(0, 3),
        cpuMsPerRequest: Object.fromEntries(Object.keys(repeats[0].cpu).map((name) => [name, repeated(repeats.map(({ cpu }) => cpu[name]))])),
      };
    });
  }

  /** The processes whose CPU a request through `gateway` costs: that gateway, the subgraphs, PostgreSQL. */
  private cpuTargets(gateway: { pid: number }): CpuTargets {
    return { ...this.sut.cpuTargets, gateway: { pid: gateway.pid } };
  }

  /**
   * Open loop: the operation offered at rising fixed rates, at most 100 requests in flight. The
   * knee is the highest rate the system still serves in full (≥ 95 % of the offered rate, nothing
   * dropped or failed) with p95 below four times the p95 at the lowest rate; the run stops at the
   * first rate past it.
   */
  async knee(operation: BenchOperation, gateway: GatewayProcess) {
    const pool = requestPool(gateway.url, operation, this.context);
    await closedLoop(this.load, pool, 10, { minSamples: 20, minSeconds: 0 });
    const steps = [];
    let kneeRate: number | null = null;
    let baselineP95: number | undefined;
    for (const rate of this.plan.rates) {
      const seconds = Math.max(3, this.plan.samples / rate);
      const targets = this.cpuTargets(gateway);
      const before = cpuSnapshot(targets);
      const run = await openLoop(this.load, pool, rate, seconds, 100);
      const cpu = cpuPerRequest(before, cpuSnapshot(targets), run.latencies.length + run.failures);
      const { p50, p95, p99 } = latencyFigures(run.latencies);
      baselineP95 ??= p95;
      const achieved = run.latencies.length / run.seconds;
      const keptUp = achieved >= 0.95 * rate && run.dropped === 0 && run.failures === 0 && p95 < 4 * baselineP95;
      steps.push({
        offeredPerSecond: rate,
        achievedPerSecond: round(achieved, 1),
        samples: run.latencies.length,
        p50: round(p50),
        p95: round(p95),
        p99: round(p99),
        maxInFlight: run.maxInFlight,
        dropped: run.dropped,
        failures: run.failures,
        failureExamples: run.failureExamples,
        cpuMsPerRequest: Object.fromEntries(Object.entries(cpu).map(([name, ms]) => [name, round(ms)])),
        keptUp,
      });
      if (!keptUp) break;
      kneeRate = rate;
    }
    return { operation: operation.name, gateway: 'gateway', sharing: false, maxInFlight: 100, kneeRate, steps };
  }

  /** Every operation in turn at a fixed rate for the soak's length; resident memory of every process before and after. */
  async soak(gateway: GatewayProcess, rate: number) {
    const pools = OPERATIONS.map((operation) => requestPool(gateway.url, operation, this.context, 32));
    const mixed = pools[0].flatMap((_, index) => pools.map((pool) => pool[index]));
    const pids: Record<string, number> = {
      'gateway (sharing off, the one loaded)': gateway.pid,
      ...Object.fromEntries(
        Object.entries(this.sut.cpuTargets)
          .filter(([name, target]) => !target.tree && name !== 'gateway')
          .map(([name, target]) => [name, target.pid]),
      ),
    };
    const memory = () => Object.fromEntries(Object.entries(pids).map(([name, pid]) => [name, memoryOf(pid).rssMiB]));
    const before = memory();
    const run = await openLoop(this.load, mixed, rate, this.plan.soakSeconds, 100);
    const after = memory();
    const { p50, p95, p99 } = latencyFigures(run.latencies);
    return {
      seconds: this.plan.soakSeconds,
      offeredPerSecond: rate,
      achievedPerSecond: round(run.latencies.length / run.seconds, 1),
      samples: run.latencies.length,
      p50: round(p50),
      p95: round(p95),
      p99: round(p99),
      failures: run.failures,
      dropped: run.dropped,
      failureExamples: run.failureExamples,
      rssMiBBefore: before,
      rssMiBAfter: after,
    };
  }

  /** VmRSS of the gateway and of every subgraph, after one more overview (so every subgraph keeps its rows again). */
  private async residentMemory(gateway: GatewayUnderTest): Promise<Record<string, number>> {
    await this.client.graphql(prepareRequest(gateway.url, { query: DASHBOARD_OVERVIEW.query, variables: DASHBOARD_OVERVIEW.variables(0, this.context) }));
    const pids: Record<string, number> = { gateway: gateway.pid };
    for (const [name, target] of Object.entries(this.sut.cpuTargets)) if (!target.tree && name !== 'gateway') pids[name] = target.pid;
    return Object.fromEntries(Object.entries(pids).map(([name, pid]) => [name, memoryOf(pid).rssMiB]));
  }

  /** The dashboard overview at this size, concurrency 1, sharing off: ours and Hive Gateway in turns; SQL statements; size. */
  async scaling(size: number, gateways: GatewayUnderTest[]) {
    const answer = await this.client.graphql(
      prepareRequest(gateways[0].url, { query: DASHBOARD_OVERVIEW.query, variables: DASHBOARD_OVERVIEW.variables(0, this.context) }),
    );
    DASHBOARD_OVERVIEW.check(answer.data);
    const pools = gateways.map((gateway) => requestPool(gateway.url, DASHBOARD_OVERVIEW, this.context));
    for (const pool of pools) await closedLoop(this.load, pool, 1, { minSamples: 5, minSeconds: 0 });
    const perRepeat = Math.ceil(this.plan.samples / this.plan.repeats);
    const runs = gateways.map(() => [] as LoadRun[]);
    for (let r = 0; r < this.plan.repeats; r++) {
      // At most 20 s per repeat, so 100× stays within the run's budget; fewer samples then show in the table.
      for (const [index] of gateways.entries())
        runs[index].push(await closedLoop(this.load, pools[index], 1, { minSamples: perRepeat, minSeconds: 0, maxSeconds: 20 }));
    }
    return {
      size: `${size}×`,
      networks: (answer.data.networks as unknown[]).length,
      responseBytes: answer.bytes,
      sqlStatementsPerRequest: await this.sqlStatementsPerRequest(DASHBOARD_OVERVIEW, gateways[0].url),
      sqlStatementsPerRequestAfterWrite: await this.sqlStatementsPerRequest(DASHBOARD_OVERVIEW, gateways[0].url, { afterWrite: true }),
      // Resident memory once the overview's rows are kept (read cache) at this size: the gateway measured first, each subgraph.
      rssMiB: await this.residentMemory(gateways[0]),
      gateways: gateways.map((gateway, index) => {
        const pooled = runs[index].flatMap((run) => run.latencies);
        const { p50, p95, p99 } = latencyFigures(pooled);
        return {
          gateway: gateway.name,
          sharing: gateway.sharing,
          samples: pooled.length,
          p50: round(p50),
          p95: round(p95),
          p99: round(p99),
          p50OfRepeats: repeated(runs[index].map((run) => percentile(run.latencies, 0.5))),
          failures: runs[index].reduce((sum, run) => sum + run.failures, 0),
        };
      }),
    };
  }
}

/** What a run found: the results file's content. */
interface Results {
  quick: boolean;
  machine: { cpus: number; cpuModel?: string; node: string; loadAverageAtStart: number[]; loadAverageAtEnd: number[] };
  method: { repeats: number; samplesPerPercentile: number; users: number };
  operations: Array<{
    name: string;
    plan: string;
    fetches: number;
    responseBytes: number;
    sameAnswerAsHive: boolean;
    sqlStatementsPerRequest: number;
    sqlStatementsPerRequestAfterWrite: number;
    overhead: Awaited<ReturnType<Bench['overhead']>>;
  }>;
  warmUp: Awaited<ReturnType<Bench['warmUp']>>;
  load: LoadPoint[];
  knee: Awaited<ReturnType<Bench['knee']>>;
  soak: Awaited<ReturnType<Bench['soak']>>;
  planningMs: Record<string, number>;
  scaling: Array<Awaited<ReturnType<Bench['scaling']>>>;
}

/** The issue's goals, judged on this run's figures. */
function goals(results: Results) {
  const point = (operation: string, gateway: string, concurrency: number, sharing = false, writesPerSecond = 0) =>
    results.load.find(
      (p) =>
        p.operation === operation && p.gateway === gateway && p.concurrency === concurrency && p.sharing === sharing && p.writesPerSecond === writesPerSecond,
    );
  const overviewC10 = point(DASHBOARD_OVERVIEW.name, 'gateway', 10);
  const overview = results.operations.find((operation) => operation.name === DASHBOARD_OVERVIEW.name)!;
  const at100 = results.scaling.find((entry) => entry.size === '100×');
  const flat = (values: number[]) => values.every((count) => count === values[0]);
  const versusHive = results.load
    .filter((p) => p.gateway === 'gateway')
    .map((p) => {
      const peer = point(p.operation, 'Hive Gateway', p.concurrency, p.sharing, p.writesPerSecond);
      return {
        operation: p.operation,
        concurrency: p.concurrency,
        sharing: p.sharing,
        writesPerSecond: p.writesPerSecond,
        ratio: round(p.requestsPerSecond.median / (peer?.requestsPerSecond.median ?? Number.NaN)),
      };
    });
  return {
    overviewThroughputC10: {
      value: overviewC10?.requestsPerSecond.median,
      goal: '>= 100 req/s, sharing off',
      met: (overviewC10?.requestsPerSecond.median ?? 0) >= 100,
    },
    overviewP95C10: { value: overviewC10?.p95.median, goal: '< 100 ms', met: (overviewC10?.p95.median ?? Infinity) < 100 },
    overviewCriticalPathC1: { value: overview.overhead.criticalPathMs.p50, goal: '<= 15 ms', met: overview.overhead.criticalPathMs.p50 <= 15 },
    overviewP50At100x: { value: at100?.gateways[0].p50 ?? null, goal: '<= 250 ms', met: at100 ? at100.gateways[0].p50 <= 250 : null },
    throughputVsHive: { values: versusHive, goal: '>= 1 on every operation', met: versusHive.every((entry) => entry.ratio >= 1) },
    flatSqlStatements: {
      values: results.scaling.map((entry) => ({
        size: entry.size,
        rowsKept: entry.sqlStatementsPerRequest,
        afterWrite: entry.sqlStatementsPerRequestAfterWrite,
      })),
      goal: 'the same at every size (with rows kept, and after a write)',
      met: flat(results.scaling.map((entry) => entry.sqlStatementsPerRequest)) && flat(results.scaling.map((entry) => entry.sqlStatementsPerRequestAfterWrite)),
    },
  };
}

function printResults(results: Results & { goals: ReturnType<typeof goals>; durationSeconds: number }): void {
  const { machine, method } = results;
  console.log(
    `\nMachine: ${machine.cpus} cores (${machine.cpuModel}), Node ${machine.node}; load average (1, 5, 15 min) ${machine.loadAverageAtStart.join(', ')} at the start, ${machine.loadAverageAtEnd.join(', ')} at the end` +
      `\n${method.repeats} repeats per point (median, lowest–highest in parentheses), ≥ ${method.samplesPerPercentile} samples behind every percentile, ${method.users} users (one anonymous) in turn, varied variables${results.quick ? '\nQUICK RUN: fewer samples and repeats; not for quoting' : ''}\n`,
  );
  console.log(describeWarmUp(results.warmUp) + '\n');
  console.log("Operations (the dashboard's and the analyst tools' own .graphql files)");
  console.log(
    table(
      ['operation', 'plan', 'fetches', 'KiB', 'SQL/req (kept · after a write)', 'same answer as Hive'],
      results.operations.map((o) => [
        o.name,
        o.plan,
        o.fetches,
        round(o.responseBytes / 1024, 1),
        `${o.sqlStatementsPerRequest} · ${o.sqlStatementsPerRequestAfterWrite}`,
        o.sameAnswerAsHive ? 'yes' : 'NO',
      ]),
    ),
  );
  console.log('\nLoad (closed loop; sharing = identical in-flight subgraph requests shared; failures include HTTP 200 with errors)');
  console.log(
    table(
      ['operation', 'gateway', 'sharing', 'writes/s', 'conc', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'samples/repeat', 'fails'],
      results.load.map((p) => [
        p.operation,
        p.gateway,
        p.sharing ? 'on' : 'off',
        p.writesPerSecond,
        p.concurrency,
        spread(p.requestsPerSecond),
        spread(p.p50),
        spread(p.p95),
        spread(p.p99),
        p.samplesPerRepeat.join('/'),
        p.failures,
      ]),
    ),
  );
  for (const p of results.load.filter((point) => point.failures > 0))
    console.log(`  failures of ${p.operation} via ${p.gateway} c${p.concurrency}: ${p.failureExamples.join(' | ')}`);
  const processes = Object.keys(results.load[0]?.cpuMsPerRequest ?? {});
  console.log('\nCPU ms per request by process (from /proc; gateway = the gateway under test), concurrency 10');
  console.log(
    table(
      ['operation', 'gateway', 'sharing', 'writes/s', ...processes],
      results.load
        .filter((p) => p.concurrency === 10)
        .map((p) => [
          p.operation,
          p.gateway,
          p.sharing ? 'on' : 'off',
          p.writesPerSecond,
          ...processes.map((name) => p.cpuMsPerRequest[name]?.median ?? Number.NaN),
        ]),
    ),
  );
  console.log(
    "\nConcurrency 1, sharing off: latency and overhead (gateway ÷ and − the query plan's critical path sent straight to the subgraphs; varied variables; percentiles over all repeats)",
  );
  console.log(
    table(
      ['operation', 'samples', 'gateway p50', 'p95', 'critical p50', 'ratio', 'overhead ms', 'Hive p50', 'Hive overhead ms', 'gateway p50 of repeats'],
      results.operations.map((o) => [
        o.name,
        o.overhead.samples,
        o.overhead.gatewayMs.p50,
        o.overhead.gatewayMs.p95,
        o.overhead.criticalPathMs.p50,
        o.overhead.ratio,
        o.overhead.absoluteOverheadMs,
        o.overhead.hiveMs.p50,
        o.overhead.hiveAbsoluteOverheadMs,
        spread(o.overhead.gatewayMs.p50OfRepeats),
      ]),
    ),
  );
  console.log(
    `\nSaturation knee (${results.knee.operation}, fixed arrival rate, at most ${results.knee.maxInFlight} in flight, sharing off): ${results.knee.kneeRate ?? 'below the lowest rate'} req/s`,
  );
  console.log(
    table(
      ['offered/s', 'achieved/s', 'samples', 'p50 ms', 'p95 ms', 'p99 ms', 'max in flight', 'dropped', 'fails', 'CPU ms/req', 'kept up'],
      results.knee.steps.map((s) => [
        s.offeredPerSecond,
        s.achievedPerSecond,
        s.samples,
        s.p50,
        s.p95,
        s.p99,
        s.maxInFlight,
        s.dropped,
        s.failures,
        s.cpuMsPerRequest.total,
        s.keptUp ? 'yes' : 'no',
      ]),
    ),
  );
  const { soak } = results;
  console.log(
    `\nSoak: ${soak.seconds} s at ${soak.offeredPerSecond} req/s (achieved ${soak.achievedPerSecond}), every operation in turn: p50 ${soak.p50} ms, p95 ${soak.p95}, p99 ${soak.p99}; ${soak.failures} failures, ${soak.dropped} dropped`,
  );
  console.log(
    table(
      ['process', 'RSS MiB before', 'after'],
      Object.keys(soak.rssMiBBefore).map((name) => [name, soak.rssMiBBefore[name], soak.rssMiBAfter[name]]),
    ),
  );
  console.log(
    `\nPlanning without the query-plan cache: ${Object.entries(results.planningMs)
      .map(([name, ms]) => `${name} ${ms} ms`)
      .join(', ')}`,
  );
  console.log('\nScaling: the dashboard overview at concurrency 1, sharing off');
  console.log(
    table(
      ['size', 'networks', 'KiB', 'SQL/req (kept · after a write)', 'gateway', 'samples', 'p50 ms', 'p95 ms', 'p99 ms', 'p50 of repeats', 'fails'],
      results.scaling.flatMap((entry) =>
        entry.gateways.map((g) => [
          entry.size,
          entry.networks,
          round(entry.responseBytes / 1024, 1),
          `${entry.sqlStatementsPerRequest} · ${entry.sqlStatementsPerRequestAfterWrite}`,
          g.gateway,
          g.samples,
          g.p50,
          g.p95,
          g.p99,
          spread(g.p50OfRepeats),
          g.failures,
        ]),
      ),
    ),
  );
  for (const entry of results.scaling) console.log(`Resident memory at ${entry.size} with the overview's rows kept: ${describeMemory(entry.rssMiB)}`);
  const g = results.goals;
  const verdict = (met: boolean | null) => (met === null ? 'not measured' : met ? 'met' : 'NOT met');
  console.log('\nGoals (sharing off on both gateways)');
  console.log(
    `  dashboard overview at concurrency 10: ${g.overviewThroughputC10.value} req/s (${g.overviewThroughputC10.goal}): ${verdict(g.overviewThroughputC10.met)}`,
  );
  console.log(`  its p95 at concurrency 10: ${g.overviewP95C10.value} ms (${g.overviewP95C10.goal}): ${verdict(g.overviewP95C10.met)}`);
  console.log(
    `  its critical path at concurrency 1: ${g.overviewCriticalPathC1.value} ms (${g.overviewCriticalPathC1.goal}): ${verdict(g.overviewCriticalPathC1.met)}`,
  );
  console.log(`  the overview at 100×: p50 ${g.overviewP50At100x.value ?? '–'} ms (${g.overviewP50At100x.goal}): ${verdict(g.overviewP50At100x.met)}`);
  console.log(
    `  throughput ÷ Hive Gateway's: ${g.throughputVsHive.values.map((v) => `${v.operation} c${v.concurrency}${v.sharing ? ' shared' : ''}${v.writesPerSecond ? ` ${v.writesPerSecond} writes/s` : ''} ${v.ratio}`).join(', ')} (${g.throughputVsHive.goal}): ${verdict(g.throughputVsHive.met)}`,
  );
  console.log(
    `  SQL statements per request across sizes (rows kept · after a write): ${g.flatSqlStatements.values.map((v) => `${v.size} ${v.rowsKept} · ${v.afterWrite}`).join(', ')} (${g.flatSqlStatements.goal}): ${verdict(g.flatSqlStatements.met)}`,
  );
}

main().then(
  () => process.exit(0),
  (error: Error) => {
    console.error(`[bench] failed: ${error.stack ?? error.message}`);
    process.exit(1);
  },
);
