import path from 'node:path';
import { REPO_ROOT } from '@pallnet/services';

// The list of services lives in the leaf package @pallnet/services (the gateway reads it without
// depending on this package); re-exported here for the system's own modules.
export { REPO_ROOT, SUBGRAPHS, GATEWAY, SERVICES, findService, subgraphUrlVariableFor, environmentPrefixOf } from '@pallnet/services';
export type { ServiceSpec } from '@pallnet/services';

export function subgraphDefinitionModule(name: string): string {
  return path.join(REPO_ROOT, 'subgraphs', name, 'dist/src/server.js');
}
