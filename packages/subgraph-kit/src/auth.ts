/**
 * Who is asking. The gateway verifies the caller's JWT and forwards it; every subgraph verifies
 * it again and builds this viewer from its claims. Null for anonymous requests.
 */
export type ViewerRole = 'editor' | 'analyst';

export interface Viewer {
  role: ViewerRole;
  /** For editors: the health region (HealthRegion code, e.g. 'VEST') whose data they may change. */
  region: string | null;
  /** The token's subject: who made a change, for the audit log. */
  subject: string;
}
