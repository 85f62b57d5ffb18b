import type { Viewer } from '@pallnet/subgraph-kit';
import type { RegionalContext } from './context';
import { forbidden, unauthenticated } from './errors';

/*
 * Who may do what with a region's data (issue 4):
 * - anonymous: network structure, aggregated figures, annual reports; not the register;
 * - analyst: reads everything in every region except contact details (email, phone);
 * - editor of region R: writes in R only, and reads R's contact details.
 */

/** The viewer if it is an editor of this subgraph's region; otherwise UNAUTHENTICATED or FORBIDDEN. */
export function requireEditor(ctx: RegionalContext): Viewer {
  const { viewer } = ctx;
  const region = ctx.model.region;
  if (!viewer) throw unauthenticated(`Sign in as an editor of ${region} to change its data.`);
  if (viewer.role !== 'editor') throw forbidden(`Only editors may change data; you are signed in as ${viewer.role}.`);
  if (viewer.region !== region) throw forbidden(`You edit ${viewer.region ?? 'no region'}'s data; ${region}'s data is not yours to change.`);
  return viewer;
}

/** The viewer if signed in (analyst or editor of any region): the register is not public. */
export function requireRegisterReader(ctx: RegionalContext): Viewer {
  if (!ctx.viewer) throw unauthenticated('The register of resource persons is personal data: sign in to read it.');
  return ctx.viewer;
}

/** Email and phone: only for the region's own editors. */
export function mayReadContactDetails(ctx: RegionalContext): boolean {
  return ctx.viewer?.role === 'editor' && ctx.viewer.region === ctx.model.region;
}

/** The audit log: only for the region's own editors. */
export function requireAuditReader(ctx: RegionalContext): Viewer {
  if (!ctx.viewer) throw unauthenticated(`Sign in as an editor of ${ctx.model.region} to read its audit log.`);
  if (!mayReadContactDetails(ctx)) throw forbidden(`Only ${ctx.model.region}'s editors may read its audit log.`);
  return ctx.viewer;
}
