import { DEFAULT_DASHBOARD_PORT } from './dashboard';
import { findService, GATEWAY, SERVICES, ServiceSpec } from './repo';
import { SystemError } from './system-error';
import type { StartSystemOptions } from './system';

/** What a start will run, and on which ports, from the options and the environment; nothing is checked against the machine here. */

export function selectServices(names: string[] | undefined): ServiceSpec[] {
  if (!names || names.length === 0) return SERVICES;
  const unknown = names.filter((name) => !findService(name));
  if (unknown.length) {
    throw new SystemError('CONFIGURATION', `Unknown service ${unknown.join(', ')}; the services are ${SERVICES.map((s) => s.name).join(', ')}`);
  }
  // Start order is always the system's own (subgraphs, then the gateway), whatever order was given.
  return SERVICES.filter((spec) => names.includes(spec.name));
}

/** Every service's port, also for services not started: the gateway gets every subgraph's URL. */
export function resolvePorts(selected: ServiceSpec[], overrides: Partial<Record<string, number>>, env: NodeJS.ProcessEnv): Map<string, number> {
  const ports = new Map<string, number>();
  for (const spec of SERVICES) {
    const port = overrides[spec.name] ?? readPort(spec.portVariable, env, spec.defaultPort);
    const clash = selected.includes(spec) && [...ports].find(([name, taken]) => taken === port && selected.some((other) => other.name === name));
    if (clash) throw new SystemError('CONFIGURATION', `${spec.name} and ${clash[0]} are both set to port ${port}`);
    ports.set(spec.name, port);
  }
  return ports;
}

/** The dashboard's port when it is asked for: the option's, else DASHBOARD_PORT, else 4173. */
export function resolveDashboardPort(
  dashboard: StartSystemOptions['dashboard'],
  specs: ServiceSpec[],
  ports: Map<string, number>,
  env: NodeJS.ProcessEnv,
): number | undefined {
  if (!dashboard) return undefined;
  if (!specs.includes(GATEWAY)) throw new SystemError('CONFIGURATION', 'The dashboard needs the gateway: add gateway to the services');
  const port = (typeof dashboard === 'object' ? dashboard.port : undefined) ?? readPort('DASHBOARD_PORT', env, DEFAULT_DASHBOARD_PORT);
  const clash = specs.find((spec) => ports.get(spec.name) === port);
  if (clash) throw new SystemError('CONFIGURATION', `The dashboard and ${clash.name} are both set to port ${port}`);
  return port;
}

export function dashboardOrigin(port: number): string {
  return `http://localhost:${port}`;
}

export function readPort(variable: string, env: NodeJS.ProcessEnv, fallback: number): number {
  const raw = env[variable];
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new SystemError('CONFIGURATION', `${variable} must be a port number (1-65535), got "${raw}"`);
  }
  return port;
}

export function graphqlUrl(port: number): string {
  return `http://localhost:${port}/graphql`;
}
