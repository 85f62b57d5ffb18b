// The configuration conventions only: the package's main module would also load Apollo and
// MikroORM into the runner, which needs neither (most of a second of CPU on a small machine).
import { databaseUrlVariableFor, gatewaySecretVariableFor, migrationDatabaseUrlVariableFor } from '@pallnet/subgraph-kit/config';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { DEMO_ACCOUNTS, DemoAccount } from '@pallnet/identity-provider/accounts';
import { DEFAULT_IDENTITY_PROVIDER_PORT, GATEWAY_API_SCOPE, IDENTITY_PROVIDER_CLIENT_ID, LOCAL_GATEWAY_AUDIENCE } from '@pallnet/identity-provider/client';
import { loadProviderSecrets } from '@pallnet/identity-provider/keys';
import { DEFAULT_DASHBOARD_PORT, ensureDashboardBuilt } from './dashboard';
import { provisionEmbeddedDatabases } from './embedded-databases';
import { waitForHealthy } from './health';
import { dashboardOrigin, graphqlUrl, readPort, resolveDashboardPort, resolvePorts, selectServices } from './plan';
import { claimDataDir, startSupervisedPostgres, SupervisedPostgres } from './postgres-supervisor';
import { assertBuilt, assertDatabasesReachable, assertPortsFree, databaseUrlOf } from './preflight';
import { DEFAULT_IDENTITY_PROVIDER_DATA_DIR, GATEWAY, IDENTITY_PROVIDER, REPO_ROOT, ServiceSpec, SUBGRAPHS, subgraphUrlVariableFor, WEB_APP } from './repo';
import { describeExit, ExitInfo, LogSink, printLogLine, ServiceProcess } from './service-process';
import { SystemError } from './system-error';

/** The embedded PostgreSQL's port unless EMBEDDED_PG_PORT says otherwise; never 5432, which a user's own server may hold. */
export const DEFAULT_EMBEDDED_PG_PORT = 5488;
/** Where `npm start` keeps its database between runs (gitignored); delete it to start fresh. */
export const DEFAULT_DATA_DIR = path.join(REPO_ROOT, '.data', 'postgres');

export { SystemError, type SystemErrorCode } from './system-error';
/** How long a start waits for ports that a killed runner's services are still releasing. */
const PORTS_OF_A_KILLED_RUNNER_MS = 15_000;

export interface StartSystemOptions {
  /** Which services to run, by name (`national`, …, `gateway`); default all of them. */
  services?: string[];
  /** Ports by service name; otherwise each service's variable in `env` (PORT, VEST_PORT, …), then its default. */
  ports?: Partial<Record<string, number>>;
  /**
   * The environment the services get (default `process.env`). DATABASE_URL or
   * `<NAME>_DATABASE_URL` in it select an existing PostgreSQL instead of the embedded one.
   */
  env?: NodeJS.ProcessEnv;
  /** The embedded PostgreSQL's data directory; default `<repo>/.data/postgres`. */
  dataDir?: string;
  /** The embedded PostgreSQL's port; default EMBEDDED_PG_PORT in `env`, then 5488. */
  postgresPort?: number;
  /** How long start-up (or one service's restart) may take before it counts as failed; default 120 s. */
  startupTimeoutMs?: number;
  /** How long a service gets to stop after SIGTERM before SIGKILL; default 5 s. */
  stopTimeoutMs?: number;
  /** Restart a service that dies after start-up, with growing pauses (1 s, 2 s, 4 s … 30 s). Default false. */
  restartOnCrash?: boolean;
  /** Where output goes; default printed with each source's name in front. */
  log?: LogSink;
  /** Aborting it stops start-up; what was started is stopped and startSystem rejects with code ABORTED. */
  signal?: AbortSignal;
  /**
   * Also serve the reference dashboard (packages/dashboard, built first when it is not built or
   * older than its sources) and let the gateway's CORS allow its origin. Its port: `port` here,
   * else DASHBOARD_PORT in `env`, else 4173. Needs the gateway among the services. Default off.
   */
  dashboard?: boolean | { port?: number };
  /**
   * Also run the local OpenID Connect provider (packages/identity-provider: demo accounts, loopback
   * only) and point the services and the web app at it: OIDC_ISSUER, OIDC_AUDIENCE and the web
   * app's client. Its port: `port` here, else IDENTITY_PROVIDER_PORT in `env`, else 4010; its keys
   * in `dataDir`, else IDENTITY_PROVIDER_DATA_DIR, else `<repo>/.data/identity-provider`. Default off.
   */
  identityProvider?: boolean | { port?: number; dataDir?: string };
}

export { DEFAULT_IDENTITY_PROVIDER_PORT, LOCAL_GATEWAY_AUDIENCE };
/** What only the web app may know of its OpenID client; the gateway and the subgraphs never get it. */
const WEB_CLIENT_VARIABLES = ['OIDC_CLIENT_SECRET', 'OIDC_CLIENT_PRIVATE_KEY'];

/** The local provider of a run, for printing how to sign in and for tests that sign in. */
export interface IdentityProviderInfo {
  issuer: string;
  port: number;
  accounts: readonly DemoAccount[];
  demoPassword: string;
  /** Where its keys and the demo password are kept. */
  dataDir: string;
}

export type ServiceStatus = 'starting' | 'running' | 'crashed' | 'stopping' | 'stopped';

/** A service of a running system, as seen now. */
export interface ServiceInfo {
  name: string;
  kind: ServiceSpec['kind'];
  port: number;
  /** The GraphQL endpoint. */
  url: string;
  healthUrl: string;
  status: ServiceStatus;
  /** The process id while a process runs. */
  pid: number | undefined;
}

export interface DatabaseInfo {
  /** The embedded PostgreSQL, when some subgraph had no database configured. */
  embedded: { url: string; port: number; dataDir: string; pid: number } | undefined;
  /** The configured databases by subgraph (from DATABASE_URL or `<NAME>_DATABASE_URL`). */
  external: Record<string, string>;
}

export interface RunningSystem {
  /** The gateway's GraphQL endpoint, or undefined when the gateway was not among the services. */
  gatewayUrl: string | undefined;
  /** The dashboard's page (the web app, packages/web), when it was asked for. */
  dashboardUrl: string | undefined;
  /** The local OpenID provider, when it was asked for. */
  identityProvider: IdentityProviderInfo | undefined;
  /** Every service of this run, in start order, with its current state. */
  readonly services: ServiceInfo[];
  service(name: string): ServiceInfo;
  database: DatabaseInfo;
  /** The environment the services were started with (DATABASE_URL, ports, subgraph URLs, gateway secrets). */
  env: NodeJS.ProcessEnv;
  /** Stops one service (SIGTERM, then SIGKILL after the timeout); it is not restarted until startService. */
  stopService(name: string): Promise<void>;
  /** Starts one stopped or crashed service again and resolves once it is healthy. */
  startService(name: string): Promise<void>;
  /** Every process this system runs now: services and the embedded PostgreSQL. */
  pids(): number[];
  /** Stops the gateway, then the subgraphs, then PostgreSQL; idempotent. */
  stop(): Promise<void>;
}

interface ManagedService {
  spec: ServiceSpec;
  port: number;
  url: string;
  healthUrl: string;
  status: ServiceStatus;
  process: ServiceProcess | undefined;
  restartTimer: NodeJS.Timeout | undefined;
  /** Crashes in a row that came soon after a start; sets the restart pause. */
  quickCrashes: number;
  runningSince: number;
  /** The start in progress, if any (startService joins it instead of starting a second process). */
  launching: Promise<void> | undefined;
}

/** A service that ran this long before it crashed starts again after the shortest pause. */
const STABLE_AFTER_MS = 30_000;

/**
 * Starts the federation: checks that every port is free and every service is built, starts the
 * embedded PostgreSQL unless a database is configured (or checks that the configured one answers),
 * then the subgraphs in parallel, then the gateway once the subgraphs are healthy. Resolves when
 * every service answers its health endpoint. On any failure it stops what it started and rejects
 * with a SystemError whose message is meant for the user.
 */
export async function startSystem(options: StartSystemOptions = {}): Promise<RunningSystem> {
  const log = options.log ?? printLogLine;
  const baseEnv = options.env ?? process.env;
  const specs = selectServices(options.services);
  const ports = resolvePorts(specs, options.ports ?? {}, baseEnv);
  const startupTimeoutMs = options.startupTimeoutMs ?? 120_000;
  const deadline = Date.now() + startupTimeoutMs;

  // Subgraphs with no database configured get a database of their own on the embedded server,
  // with its two roles; a configured URL wins for its own subgraph (resolveDatabaseUrl's rule).
  const subgraphs = specs.filter((spec) => spec.kind === 'subgraph');
  const onEmbedded = subgraphs.filter((spec) => !baseEnv.DATABASE_URL && !baseEnv[databaseUrlVariableFor(spec.name)]);
  const needsEmbedded = onEmbedded.length > 0;
  const postgresPort = needsEmbedded ? (options.postgresPort ?? readPort('EMBEDDED_PG_PORT', baseEnv, DEFAULT_EMBEDDED_PG_PORT)) : undefined;
  const dataDir = path.resolve(options.dataDir ?? baseEnv.EMBEDDED_PG_DATA_DIR ?? DEFAULT_DATA_DIR);
  const dashboardPort = resolveDashboardPort(options.dashboard, specs, ports, baseEnv);
  const providerOptions = typeof options.identityProvider === 'object' ? options.identityProvider : {};
  const providerPort = options.identityProvider
    ? (providerOptions.port ?? readPort('IDENTITY_PROVIDER_PORT', baseEnv, DEFAULT_IDENTITY_PROVIDER_PORT))
    : undefined;
  // The web app and the local provider run as processes beside the services.
  const extras = [...(dashboardPort !== undefined ? [WEB_APP] : []), ...(providerPort !== undefined ? [IDENTITY_PROVIDER] : [])];
  if (dashboardPort !== undefined) ports.set(WEB_APP.name, dashboardPort);
  if (providerPort !== undefined) ports.set(IDENTITY_PROVIDER.name, providerPort);

  // Checks first, so a failure leaves nothing running. The data directory first: another runner
  // on it is named, and a PostgreSQL left on it by a killed runner is stopped.
  const claim = needsEmbedded ? await claimDataDir(dataDir, log) : undefined;
  try {
    await assertPortsFree(specs, ports, postgresPort, dashboardPort, claim?.previousRunnerDied ? PORTS_OF_A_KILLED_RUNNER_MS : 0, providerPort);
  } catch (error) {
    await claim?.release();
    throw error;
  }
  assertBuilt([...specs, ...extras]);
  if (dashboardPort !== undefined) {
    await ensureDashboardBuilt(log).catch((error: Error) => {
      throw new SystemError('NOT_BUILT', error.message);
    });
  }
  const externalUrls = Object.fromEntries(
    subgraphs
      .filter((spec) => baseEnv.DATABASE_URL || baseEnv[databaseUrlVariableFor(spec.name)])
      .map((spec) => [spec.name, databaseUrlOf(spec.name, baseEnv)]),
  );
  await assertDatabasesReachable(externalUrls, baseEnv);

  const env: NodeJS.ProcessEnv = { ...baseEnv, PORT: String(ports.get(GATEWAY.name)) };
  // On this machine only unless HOST opens it: the gateway, the subgraphs and the web app.
  env.HOST ||= '127.0.0.1';
  for (const subgraph of SUBGRAPHS) {
    env[subgraph.portVariable] = String(ports.get(subgraph.name));
    env[subgraphUrlVariableFor(subgraph.name)] = graphqlUrl(ports.get(subgraph.name)!);
    // A fresh secret per run unless one is configured: the gateway and that subgraph get the same.
    env[gatewaySecretVariableFor(subgraph.name)] ||= randomBytes(32).toString('hex');
  }
  if (dashboardPort !== undefined) {
    // The browser calls the gateway from the dashboard's origin; the user's own origins stay allowed.
    const origins = (baseEnv.CORS_ORIGINS ?? '')
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean);
    env.CORS_ORIGINS = [...new Set([...origins, dashboardOrigin(dashboardPort)])].join(',');
    // The gateway's page in a browser points to the workbench of the web app started here.
    env.WORKBENCH_URL ||= `${dashboardOrigin(dashboardPort)}/#/arbeidsbenk`;
  }

  let identityProvider: IdentityProviderInfo | undefined;
  if (providerPort !== undefined) {
    const providerDir = path.resolve(providerOptions.dataDir ?? baseEnv.IDENTITY_PROVIDER_DATA_DIR ?? DEFAULT_IDENTITY_PROVIDER_DATA_DIR);
    // Created here, before its process starts: the web app gets the client key, the user the password.
    const secrets = loadProviderSecrets(providerDir);
    const issuer = `http://localhost:${providerPort}`;
    identityProvider = { issuer, port: providerPort, accounts: DEMO_ACCOUNTS, demoPassword: secrets.demoPassword, dataDir: providerDir };
    Object.assign(env, {
      IDENTITY_PROVIDER_PORT: String(providerPort),
      IDENTITY_PROVIDER_DATA_DIR: providerDir,
      IDENTITY_PROVIDER_AUDIENCE: LOCAL_GATEWAY_AUDIENCE,
      IDENTITY_PROVIDER_WEB_ORIGIN: dashboardOrigin(dashboardPort ?? DEFAULT_DASHBOARD_PORT),
      // The services verify its tokens against its published keys; the web app signs in with it.
      OIDC_ISSUER: issuer,
      OIDC_AUDIENCE: LOCAL_GATEWAY_AUDIENCE,
      OIDC_CLIENT_ID: IDENTITY_PROVIDER_CLIENT_ID,
      OIDC_CLIENT_PRIVATE_KEY: JSON.stringify(secrets.clientPrivateKey),
      OIDC_SCOPES: `openid profile offline_access ${GATEWAY_API_SCOPE}`,
      OIDC_RESOURCE: LOCAL_GATEWAY_AUDIENCE,
    });
    delete env.OIDC_CLIENT_SECRET;
    delete env.OIDC_JWKS_URL;
  }
  if (dashboardPort !== undefined) {
    env.DASHBOARD_PORT = String(dashboardPort);
    env.GATEWAY_URL = graphqlUrl(ports.get(GATEWAY.name)!);
  }

  const system = new FederationSystem([...specs, ...extras], ports, env, log, options);
  try {
    if (postgresPort !== undefined) {
      system.postgres = await abortable(startSupervisedPostgres(dataDir, postgresPort, log, claim!), options.signal);
      const urls = await provisionEmbeddedDatabases(
        system.postgres.current,
        onEmbedded.map((spec) => spec.name),
      ).catch((error: Error) => {
        throw new SystemError('DATABASE_FAILED', `Could not set up the subgraphs' databases and roles on the embedded PostgreSQL: ${error.message}`);
      });
      for (const [subgraph, { runtime, migration }] of Object.entries(urls)) {
        env[databaseUrlVariableFor(subgraph)] = runtime;
        env[migrationDatabaseUrlVariableFor(subgraph)] = migration;
      }
    }
    // Before the services, which verify its tokens against its published keys.
    if (providerPort !== undefined) await system.launch(IDENTITY_PROVIDER.name, deadline);
    await Promise.all(subgraphs.map((spec) => system.launch(spec.name, deadline)));
    if (specs.includes(GATEWAY)) await system.launch(GATEWAY.name, deadline);
    if (dashboardPort !== undefined) await system.launch(WEB_APP.name, deadline);
  } catch (error) {
    await system.stop();
    if (!system.postgres) await claim?.release();
    throw error;
  }
  system.started = true;

  const postgres = system.postgres;
  return {
    gatewayUrl: specs.includes(GATEWAY) ? graphqlUrl(ports.get(GATEWAY.name)!) : undefined,
    dashboardUrl: dashboardPort === undefined ? undefined : `${dashboardOrigin(dashboardPort)}/`,
    identityProvider,
    get services() {
      return system.infos();
    },
    service: (name) => system.info(name),
    database: {
      get embedded() {
        const server = postgres?.current;
        return server && { url: server.url, port: server.port, dataDir: server.dataDir, pid: server.pid };
      },
      external: externalUrls,
    },
    env,
    stopService: (name) => system.stopService(name),
    startService: (name) => system.startService(name),
    pids: () => system.pids(),
    stop: () => system.stop(),
  };
}

/** The running services and the database, and what happens to them over the system's life. */
class FederationSystem {
  postgres: SupervisedPostgres | undefined;
  private postgresStopped = false;
  /** Start-up finished: from now on a service that exits is a crash to report, not a start failure. */
  started = false;
  private readonly managed = new Map<string, ManagedService>();
  private stopping: Promise<void> | undefined;
  private readonly removeExitGuard: () => void;

  constructor(
    specs: ServiceSpec[],
    ports: Map<string, number>,
    private readonly env: NodeJS.ProcessEnv,
    private readonly log: LogSink,
    private readonly options: StartSystemOptions,
  ) {
    for (const spec of specs) {
      const port = ports.get(spec.name)!;
      this.managed.set(spec.name, {
        spec,
        port,
        // The web app's page, the provider's issuer, a service's GraphQL endpoint.
        url: spec.kind === 'web' ? `${dashboardOrigin(port)}/` : spec.kind === 'identity-provider' ? `http://localhost:${port}` : graphqlUrl(port),
        healthUrl: `http://localhost:${port}/health`,
        status: 'stopped',
        process: undefined,
        restartTimer: undefined,
        quickCrashes: 0,
        runningSince: 0,
        launching: undefined,
      });
    }
    // The services run in their own process groups, so nothing else stops them when this
    // process ends abruptly (an uncaught error, process.exit): ask them to stop on the way out.
    const guard = () => {
      for (const service of this.managed.values()) service.process?.terminateNow();
    };
    process.on('exit', guard);
    this.removeExitGuard = () => process.off('exit', guard);
  }

  info(name: string): ServiceInfo {
    const service = this.get(name);
    return {
      name,
      kind: service.spec.kind,
      port: service.port,
      url: service.url,
      healthUrl: service.healthUrl,
      status: service.status,
      pid: service.process && !service.process.hasExited ? service.process.pid : undefined,
    };
  }

  /** The federation's services (subgraphs and gateway); the web app and the local provider are asked for by name. */
  infos(): ServiceInfo[] {
    return this.all().filter((info) => info.kind === 'subgraph' || info.kind === 'gateway');
  }

  private all(): ServiceInfo[] {
    return [...this.managed.keys()].map((name) => this.info(name));
  }

  pids(): number[] {
    const pids = this.all().flatMap((info) => (info.pid === undefined ? [] : [info.pid]));
    return this.postgres && !this.postgresStopped ? [...pids, this.postgres.current.pid] : pids;
  }

  /**
   * Starts the service's process and resolves once its health endpoint answers. Rejects when the
   * process exits first (with its last stderr lines), at the deadline, or on abort.
   */
  launch(name: string, deadline: number): Promise<void> {
    const service = this.get(name);
    const launching = this.spawnAndWait(service, deadline).finally(() => {
      if (service.launching === launching) service.launching = undefined;
    });
    service.launching = launching;
    return launching;
  }

  private async spawnAndWait(service: ManagedService, deadline: number): Promise<void> {
    const name = service.spec.name;
    // The caller's signal interrupts start-up only; later restarts do not listen to it.
    const signal = this.started ? undefined : this.options.signal;
    if (signal?.aborted) throw new SystemError('ABORTED', `start-up was interrupted before ${name} started`);
    const child = new ServiceProcess(name, path.join(REPO_ROOT, service.spec.entry), this.envOf(service.spec), REPO_ROOT, this.log);
    service.process = child;
    service.status = 'starting';
    child.exited.then((exit) => this.onExit(service, child, exit));

    const waiting = new AbortController();
    const abortWaiting = () => waiting.abort(signal?.reason);
    signal?.addEventListener('abort', abortWaiting, { once: true });
    const readinessUrl = this.readinessUrl(service);
    try {
      await Promise.race([
        waitForHealthy(readinessUrl, Math.max(0, deadline - Date.now()), { signal: waiting.signal }),
        child.exited.then((exit) => {
          if (child.wasStopped) return;
          const lastLines = child.lastStderrLines();
          throw new SystemError(
            'SERVICE_EXITED',
            `${name} exited with ${describeExit(exit)} while starting` +
              (lastLines.length ? `; its last error output:\n${lastLines.map((line) => `  ${line}`).join('\n')}` : ' (no error output)'),
          );
        }),
      ]);
    } catch (error) {
      if (signal?.aborted) throw new SystemError('ABORTED', `start-up was interrupted while ${name} was starting`);
      if (error instanceof SystemError) throw error;
      throw new SystemError('NOT_HEALTHY', `${name} did not become healthy: ${(error as Error).message}`);
    } finally {
      waiting.abort();
      signal?.removeEventListener('abort', abortWaiting);
    }
    if (child.hasExited) throw new SystemError('SERVICE_EXITED', `${name} was stopped while starting`);
    service.status = 'running';
    service.runningSince = Date.now();
  }

  /**
   * The system's environment, less what is not the service's own: a subgraph knows only its own
   * gateway secret and its own database roles, the gateway no database at all.
   */
  private envOf(spec: ServiceSpec): NodeJS.ProcessEnv {
    const env = { ...this.env };
    // The web app's client credentials are the web app's alone.
    if (spec.kind !== 'web') for (const variable of WEB_CLIENT_VARIABLES) delete env[variable];
    for (const other of SUBGRAPHS) {
      if (other.name === spec.name) continue;
      delete env[databaseUrlVariableFor(other.name)];
      delete env[migrationDatabaseUrlVariableFor(other.name)];
      if (spec.kind === 'subgraph') delete env[gatewaySecretVariableFor(other.name)];
    }
    if (spec.kind !== 'subgraph') {
      delete env.DATABASE_URL;
      delete env.MIGRATION_DATABASE_URL;
    }
    return env;
  }

  /**
   * Where a start waits: `/health`, except for a service whose `/health` also reports on others
   * (the gateway) while not every subgraph runs here; then its liveness, or it would never be ready.
   */
  private readinessUrl(service: ManagedService): string {
    const { livenessPath } = service.spec;
    const everySubgraphRuns = SUBGRAPHS.every((subgraph) => this.managed.get(subgraph.name)?.status === 'running');
    return livenessPath && !everySubgraphRuns ? `http://localhost:${service.port}${livenessPath}` : service.healthUrl;
  }

  async stopService(name: string): Promise<void> {
    const service = this.get(name);
    this.cancelRestart(service);
    const child = service.process;
    if (!child || child.hasExited) {
      service.status = 'stopped';
      return;
    }
    service.status = 'stopping';
    await child.stop(this.stopTimeoutMs, () => this.say('stderr', `${name} did not stop within ${this.stopTimeoutMs / 1000} s of SIGTERM: killing it`));
    // A startService may have begun meanwhile; its process is not this one.
    if (service.process === child) service.status = 'stopped';
  }

  async startService(name: string): Promise<void> {
    if (this.stopping) throw new SystemError('ABORTED', `the system is stopping; ${name} is not started`);
    const service = this.get(name);
    this.cancelRestart(service);
    if (service.launching) return service.launching;
    if (service.status === 'running' && service.process && !service.process.hasExited) return;
    await service.process?.stop(this.stopTimeoutMs);
    try {
      await this.launch(name, Date.now() + this.startupTimeoutMs);
    } catch (error) {
      await service.process?.stop(this.stopTimeoutMs);
      service.status = 'crashed';
      throw error;
    }
  }

  stop(): Promise<void> {
    this.stopping ??= (async () => {
      for (const service of this.managed.values()) this.cancelRestart(service);
      // The web app and the gateway first, so no request reaches a subgraph that is going away;
      // the database after the subgraphs, so each closes its connections cleanly; the sign-in last.
      const byKind = (kind: ServiceSpec['kind']) => [...this.managed.values()].filter((service) => service.spec.kind === kind);
      await Promise.all(byKind('web').map((service) => this.stopService(service.spec.name)));
      await Promise.all(byKind('gateway').map((service) => this.stopService(service.spec.name)));
      await Promise.all(byKind('subgraph').map((service) => this.stopService(service.spec.name)));
      await this.postgres?.stop();
      this.postgresStopped = true;
      await Promise.all(byKind('identity-provider').map((service) => this.stopService(service.spec.name)));
      this.removeExitGuard();
    })();
    return this.stopping;
  }

  private get stopTimeoutMs(): number {
    return this.options.stopTimeoutMs ?? 5_000;
  }

  private get startupTimeoutMs(): number {
    return this.options.startupTimeoutMs ?? 120_000;
  }

  /** A service process ended: asked for (stopped), a start-up failure (launch reports it), or a crash. */
  private onExit(service: ManagedService, child: ServiceProcess, exit: ExitInfo): void {
    if (child.wasStopped || this.stopping || service.process !== child || service.status !== 'running') return;
    this.crashed(service, `exited unexpectedly (${describeExit(exit)})`, child.lastStderrLines(3), true);
  }

  /** Reports a crash loudly; the other services keep running. Schedules a restart when asked to. */
  private crashed(service: ManagedService, what: string, lastLines: string[], afterRunning: boolean): void {
    service.status = 'crashed';
    const name = service.spec.name;
    const restart = this.options.restartOnCrash ?? false;
    // A service that ran for a while starts again soon; one that keeps failing waits longer each time.
    service.quickCrashes = afterRunning && Date.now() - service.runningSince >= STABLE_AFTER_MS ? 1 : service.quickCrashes + 1;
    const pauseMs = Math.min(30_000, 1_000 * 2 ** (service.quickCrashes - 1));
    this.say(
      'stderr',
      `!!! ${name} ${what}; the other services keep running` +
        (restart ? `; restarting it in ${pauseMs / 1000} s` : '') +
        (lastLines.length ? `\n${lastLines.map((line) => `  ${line}`).join('\n')}` : ''),
    );
    if (restart) service.restartTimer = setTimeout(() => this.restart(service), pauseMs);
  }

  private restart(service: ManagedService): void {
    service.restartTimer = undefined;
    const name = service.spec.name;
    this.say('stdout', `restarting ${name}`);
    this.launch(name, Date.now() + this.startupTimeoutMs).then(
      () => this.say('stdout', `${name} is back at ${service.url}`),
      async (error: Error) => {
        // stop() or stopService() took over: not a crash.
        if (this.stopping || service.process?.wasStopped) return;
        const lastLines = service.process?.lastStderrLines(3) ?? [];
        await service.process?.stop(this.stopTimeoutMs);
        if (this.stopping || service.restartTimer || service.launching) return;
        this.crashed(service, `failed to restart: ${error.message.split('\n')[0]}`, lastLines, false);
      },
    );
  }

  private cancelRestart(service: ManagedService): void {
    clearTimeout(service.restartTimer);
    service.restartTimer = undefined;
  }

  private say(stream: 'stdout' | 'stderr', text: string) {
    for (const line of text.split('\n')) this.log({ source: 'system', stream, text: line });
  }

  private get(name: string): ManagedService {
    const service = this.managed.get(name);
    if (!service) throw new SystemError('CONFIGURATION', `No service named "${name}" in this system (${[...this.managed.keys()].join(', ')})`);
    return service;
  }
}

/** Settles with the promise, or rejects at once on abort; a server that starts after all is stopped. */
async function abortable<T extends { stop(): Promise<void> }>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  let onAbort = () => undefined as void;
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(new SystemError('ABORTED', 'start-up was interrupted while PostgreSQL was starting'));
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
  });
  try {
    return await Promise.race([promise, aborted]);
  } catch (error) {
    if (signal.aborted)
      await promise.then(
        (server) => server.stop(),
        () => undefined,
      );
    throw error;
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
}
