import { RegionName, regionCodeOfService } from './regions';

/** The parts of a GraphQL client's error this needs (urql's CombinedError has them). */
export interface QueryErrorLike {
  graphQLErrors: readonly { message: string; extensions?: Readonly<Record<string, unknown>> }[];
  networkError?: Error | undefined;
}

/** A part of the federation whose data is missing from an answer. */
export interface Outage {
  /** The subgraph as the gateway names it (`extensions.serviceName`), or `gateway`. */
  service: string;
  /** Who is missing, in Norwegian: «Helse Vest», «den nasjonale katalogen». */
  label: string;
  /** Could not be reached or timed out, or answered with an error. */
  kind: 'unavailable' | 'error';
}

/** The gateway's codes for a subgraph that could not answer at all (gateway/README.md). */
const UNAVAILABLE_CODES = new Set(['SUBGRAPH_UNAVAILABLE', 'SUBGRAPH_TIMEOUT', 'SUBGRAPH_BAD_RESPONSE']);

/**
 * Who is missing from an answer, one entry per service, from the gateway's errors: each names its
 * subgraph in `extensions.serviceName`. Errors without one (the request itself failed) count as the
 * gateway's. Empty when nothing is missing.
 */
export function outagesOf(error: QueryErrorLike | undefined, regions: readonly RegionName[] | undefined): Outage[] {
  if (!error) return [];
  if (error.networkError) return [{ service: 'gateway', label: 'Gatewayen', kind: 'unavailable' }];
  const byService = new Map<string, Outage>();
  for (const graphQLError of error.graphQLErrors) {
    const serviceName = graphQLError.extensions?.serviceName;
    const service = typeof serviceName === 'string' ? serviceName : 'gateway';
    const kind = UNAVAILABLE_CODES.has(String(graphQLError.extensions?.code)) ? 'unavailable' : 'error';
    const known = byService.get(service);
    if (known) {
      if (kind === 'unavailable') known.kind = kind;
      continue;
    }
    byService.set(service, { service, label: serviceLabel(service, regions), kind });
  }
  return [...byService.values()];
}

function serviceLabel(service: string, regions: readonly RegionName[] | undefined): string {
  if (service === 'national') return 'Den nasjonale katalogen';
  if (service === 'gateway') return 'Gatewayen';
  const code = regionCodeOfService(service);
  return regions?.find((region) => region.code === code)?.name ?? service;
}
