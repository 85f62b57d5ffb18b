import path from 'node:path';

/*
 * The federation's services, in one small package without dependencies: `npm start` (packages/system),
 * the gateway's composition, the benchmark, the deployment tests and the Kubernetes manifests' tests
 * all read the list from here. The production gateway depends on this and not on packages/system,
 * which carries embedded PostgreSQL.
 */

/** The repository root (or the image's /app), found from this file's place (packages/services/dist/…), not the working directory. */
export const REPO_ROOT = path.resolve(__dirname, '../../..');

export interface ServiceSpec {
  name: string;
  /** `web` and `identity-provider`: the web app and the local OpenID provider, which startSystem runs beside the services (not in SERVICES). */
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

/** The prefix of a service's own environment variables: `vest` → `VEST`, `sor-ost` → `SOR_OST`. */
export function environmentPrefixOf(name: string): string {
  return name.replace(/-/g, '_').toUpperCase();
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
  portVariable: `${environmentPrefixOf(name)}_PORT`,
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

/** Every service, subgraphs first, in the order they start. */
export const SERVICES: ServiceSpec[] = [...SUBGRAPHS, GATEWAY];

/** The spec of a service by name, or undefined. */
export function findService(name: string): ServiceSpec | undefined {
  return SERVICES.find((service) => service.name === name);
}

/** `NATIONAL_URL`, `SOR_OST_URL`: where the gateway finds a subgraph. */
export function subgraphUrlVariableFor(subgraph: string): string {
  return `${environmentPrefixOf(subgraph)}_URL`;
}
