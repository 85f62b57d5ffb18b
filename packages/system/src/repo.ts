import path from 'node:path';

/** The repository root, found from this file's place (packages/system/dist/…), not the working directory. */
export const REPO_ROOT = path.resolve(__dirname, '../../..');

export interface ServiceSpec {
  name: string;
  kind: 'subgraph' | 'gateway' | 'web' | 'identity-provider';
  defaultPort: number;
  /** Environment variable that overrides the port. */
  portVariable: string;
  /** The compiled entry point, relative to the repository root. */
  entry: string;
  /**
   * A health path that answers 200 whenever the service itself serves, when its `/health` also
   * depends on other services (the gateway's is 503 while any subgraph is down).
   */
  livenessPath?: string;
}

/** Every subgraph of the federation, national first; adding a region adds a line here. */
export const SUBGRAPHS: ServiceSpec[] = [
  { name: 'national', defaultPort: 4001 },
  { name: 'vest', defaultPort: 4002 },
  { name: 'innlandet', defaultPort: 4003 },
  { name: 'midt', defaultPort: 4004 },
  { name: 'sor-ost', defaultPort: 4005 },
].map(({ name, defaultPort }) => ({
  name,
  kind: 'subgraph' as const,
  defaultPort,
  portVariable: `${name.replace(/-/g, '_').toUpperCase()}_PORT`,
  entry: `subgraphs/${name}/dist/src/index.js`,
}));

export const GATEWAY: ServiceSpec = {
  name: 'gateway',
  kind: 'gateway',
  defaultPort: 4000,
  portVariable: 'PORT',
  entry: 'gateway/dist/src/index.js',
  livenessPath: '/health/live',
};

/** The web app (packages/web): the dashboard and its sign-in; startSystem runs it with `dashboard`. */
export const WEB_APP: ServiceSpec = {
  name: 'web',
  kind: 'web',
  defaultPort: 4173,
  portVariable: 'DASHBOARD_PORT',
  entry: 'packages/web/dist/main.js',
};

/** The local OpenID provider (packages/identity-provider), development only; startSystem runs it with `identityProvider`. */
export const IDENTITY_PROVIDER: ServiceSpec = {
  name: 'identity-provider',
  kind: 'identity-provider',
  defaultPort: 4010,
  portVariable: 'IDENTITY_PROVIDER_PORT',
  entry: 'packages/identity-provider/dist/main.js',
};

/** Where the local provider keeps its keys and the demo password (gitignored, like the database). */
export const DEFAULT_IDENTITY_PROVIDER_DATA_DIR = path.join(REPO_ROOT, '.data', 'identity-provider');

export function subgraphDefinitionModule(name: string): string {
  return path.join(REPO_ROOT, 'subgraphs', name, 'dist/src/server.js');
}

/** Every service, subgraphs first, in the order they start. */
export const SERVICES: ServiceSpec[] = [...SUBGRAPHS, GATEWAY];

/** The spec of a service by name, or undefined. */
export function findService(name: string): ServiceSpec | undefined {
  return SERVICES.find((service) => service.name === name);
}

/** `NATIONAL_URL`, `SOR_OST_URL`: where the gateway finds a subgraph. */
export function subgraphUrlVariableFor(subgraph: string): string {
  return `${subgraph.replace(/-/g, '_').toUpperCase()}_URL`;
}
