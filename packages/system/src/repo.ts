import path from 'node:path';
import { REPO_ROOT, ServiceSpec } from '@pallnet/services';

// The list of services lives in the leaf package @pallnet/services (the gateway reads it without
// depending on this package); re-exported here for the system's own modules.
export { REPO_ROOT, SUBGRAPHS, GATEWAY, SERVICES, findService, subgraphUrlVariableFor, environmentPrefixOf } from '@pallnet/services';
export type { ServiceSpec } from '@pallnet/services';

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
