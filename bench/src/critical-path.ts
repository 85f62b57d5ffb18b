import { operationFromDocument, Supergraph } from '@apollo/federation-internals';
import { ApolloGateway, GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from '@apollo/gateway';
import { FetchNode, PlanNode, QueryPlan, QueryPlanner } from '@apollo/query-planner';
import { ApolloServer } from '@apollo/server';
import { parse } from 'graphql';
import { BenchClient, prepareRequest, PreparedRequest } from './http-client';

/** An operation with one fixed set of variables, as the plan recorder executes it. */
export interface PlannedOperation {
  name: string;
  query: string;
  variables: Record<string, unknown>;
  check(data: any): void;
}

/**
 * What one gateway request does, ready to replay without the gateway: its query plan (what
 * @apollo/gateway's QueryPlanner made of the operation) and, for each of the plan's fetches, the
 * exact request the gateway sent to the subgraph (same query text, same representations, taken
 * from a real execution of the plan against the same subgraphs).
 */
export interface RecordedPlan {
  operation: PlannedOperation;
  plan: QueryPlan;
  /** The plan's root node (Sequence, Parallel or Fetch). */
  root: PlanNode;
  requests: Map<FetchNode, PreparedRequest>;
}

/** One subgraph fetch the gateway made, as it made it. */
interface SentFetch {
  serviceName: string;
  query: string;
  variables: Record<string, unknown> | undefined;
}

/**
 * An @apollo/gateway of its own, in this process and without HTTP in front, over the same
 * supergraph and subgraphs: it executes each operation once and keeps every subgraph request.
 */
export class PlanRecorder {
  private sent: SentFetch[] = [];
  private lastPlan: QueryPlan | undefined;

  private constructor(
    private readonly server: ApolloServer,
    private readonly subgraphUrls: Record<string, string>,
    private readonly headers: Record<string, Record<string, string>>,
  ) {}

  static async start(supergraphSdl: string, subgraphUrls: Record<string, string>, headers: Record<string, Record<string, string>>): Promise<PlanRecorder> {
    // Assigned once the gateway that reads it through these closures has started.
    // eslint-disable-next-line prefer-const
    let recorder: PlanRecorder | undefined;
    const gateway = new ApolloGateway({
      supergraphSdl,
      logger: { debug() {}, info() {}, warn: console.warn, error: console.error },
      buildService: ({ name }) => {
        const url = subgraphUrls[name];
        if (!url) throw new Error(`No URL for the subgraph ${name}`);
        return new (class extends RemoteGraphQLDataSource {
          override willSendRequest({ request }: GraphQLDataSourceProcessOptions) {
            for (const [header, value] of Object.entries(headers[name] ?? {})) request.http?.headers.set(header, value);
          }
          override process(options: GraphQLDataSourceProcessOptions) {
            recorder?.sent.push({ serviceName: name, query: options.request.query!, variables: options.request.variables });
            return super.process(options);
          }
        })({ url });
      },
      experimental_didResolveQueryPlan: ({ queryPlan }) => {
        if (recorder) recorder.lastPlan = queryPlan;
      },
    });
    const server = new ApolloServer({ gateway, stopOnTerminationSignals: false });
    await server.start();
    recorder = new PlanRecorder(server, subgraphUrls, headers);
    return recorder;
  }

  /** Executes the operation once through the gateway and pairs each plan fetch with the request it sent. */
  async record(operation: PlannedOperation): Promise<RecordedPlan> {
    this.sent = [];
    this.lastPlan = undefined;
    const response = await this.server.executeOperation({ query: operation.query, variables: operation.variables });
    if (response.body.kind !== 'single') throw new Error(`${operation.name}: expected a single result`);
    const { data, errors } = response.body.singleResult;
    if (errors?.length) throw new Error(`${operation.name}: ${errors.map((error) => error.message).join('; ')}`);
    operation.check(data);
    // Set by the gateway's callback during executeOperation.
    const plan = this.lastPlan as QueryPlan | undefined;
    const root = plan?.node;
    if (!plan || !root || root.kind === 'Subscription') throw new Error(`${operation.name}: the gateway resolved no query plan to replay`);

    const unmatched = [...this.sent];
    const requests = new Map<FetchNode, PreparedRequest>();
    for (const fetch of fetchNodes(root)) {
      // A fetch the gateway skipped (no entities to ask for) costs nothing and is not replayed.
      const index = unmatched.findIndex((sent) => sent.serviceName === fetch.serviceName && sent.query === fetch.operation);
      if (index < 0) continue;
      const [sent] = unmatched.splice(index, 1);
      requests.set(
        fetch,
        prepareRequest(this.subgraphUrls[sent.serviceName], { query: sent.query, variables: sent.variables }, this.headers[sent.serviceName]),
      );
    }
    if (unmatched.length) throw new Error(`${operation.name}: ${unmatched.length} subgraph requests match no fetch of the plan`);
    return { operation, plan, root, requests };
  }

  stop(): Promise<void> {
    return this.server.stop();
  }
}

/** Every fetch of the plan, in plan order. */
export function fetchNodes(node: PlanNode): FetchNode[] {
  switch (node.kind) {
    case 'Fetch':
      return [node];
    case 'Flatten':
      return fetchNodes(node.node);
    case 'Sequence':
    case 'Parallel':
      return node.nodes.flatMap(fetchNodes);
    default:
      throw new Error(`The benchmark does not replay ${node.kind} plan nodes`);
  }
}

/** The plan as its sequential stages, each the services fetched in parallel: "national → innlandet, midt, sor-ost, vest". */
export function describePlan(node: PlanNode): string {
  switch (node.kind) {
    case 'Fetch':
      return node.serviceName;
    case 'Flatten':
      return describePlan(node.node);
    case 'Sequence':
      return node.nodes.map(describePlan).join(' → ');
    case 'Parallel':
      return node.nodes.length === 1 ? describePlan(node.nodes[0]) : `(${node.nodes.map(describePlan).join(' | ')})`;
    default:
      return node.kind;
  }
}

/**
 * Replays the plan straight to the subgraphs, as a gateway that costs nothing would: the stages
 * of a Sequence one after the other, the fetches of a Parallel at the same time (so a stage lasts
 * as long as its slowest fetch, with the same competition for the CPUs the real gateway's
 * fetches have). Returns the wall time, the critical path of the plan, in milliseconds.
 */
export async function replayCriticalPath(recorded: RecordedPlan, client: BenchClient): Promise<number> {
  const started = process.hrtime.bigint();
  await replay(recorded.root, recorded, client);
  return Number(process.hrtime.bigint() - started) / 1e6;
}

async function replay(node: PlanNode, recorded: RecordedPlan, client: BenchClient): Promise<void> {
  switch (node.kind) {
    case 'Fetch': {
      const request = recorded.requests.get(node);
      if (!request) return;
      const { status } = await client.time(request);
      if (status !== 200) throw new Error(`${node.serviceName} answered ${status} to a replayed fetch`);
      return;
    }
    case 'Flatten':
      return replay(node.node, recorded, client);
    case 'Sequence':
      for (const child of node.nodes) await replay(child, recorded, client);
      return;
    case 'Parallel':
      await Promise.all(node.nodes.map((child) => replay(child, recorded, client)));
      return;
    default:
      throw new Error(`The benchmark does not replay ${node.kind} plan nodes`);
  }
}

/**
 * What planning an operation costs when the gateway's query-plan cache misses: the median of
 * `samples` plans by the same QueryPlanner the gateway uses, in milliseconds.
 */
export function planningCost(supergraphSdl: string, operations: PlannedOperation[], samples = 20): Map<PlannedOperation, number> {
  const supergraph = Supergraph.build(supergraphSdl);
  const planner = new QueryPlanner(supergraph);
  const costs = new Map<PlannedOperation, number>();
  for (const operation of operations) {
    const times: number[] = [];
    for (let i = 0; i < samples; i++) {
      const started = process.hrtime.bigint();
      planner.buildQueryPlan(operationFromDocument(supergraph.apiSchema(), parse(operation.query)));
      times.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
    times.sort((a, b) => a - b);
    costs.set(operation, times[Math.floor(times.length / 2)]);
  }
  return costs;
}
