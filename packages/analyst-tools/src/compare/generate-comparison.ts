import { failedServices, otherErrors, queryGateway, ToolError } from '../gateway-client';
import { loadQuery } from '../queries';
import { ComparisonResponse, ComparisonTable, networkComparison, unitComparison } from './comparison';

export interface ComparisonOptions {
  gatewayUrl: string;
  year: number;
  /** A region code (SOR_OST) or its subgraph's name (sor-ost), any case. */
  region?: string;
  /** A regional health authority (HELSE_SOR_OST, helse-sor-ost), any case. */
  regionalHealthAuthority?: string;
  /** One row per local unit instead of per network. */
  units?: boolean;
}

export interface ComparisonResult {
  table: ComparisonTable;
  /** One line per region that did not answer (its rows are missing) or other partial failure. */
  warnings: string[];
}

/**
 * Fetches every network's year through the gateway. A region that does not answer costs only its
 * own rows: it is named in a warning, and the other regions' rows are complete.
 */
export async function generateComparison({ gatewayUrl, year, region, regionalHealthAuthority, units = false }: ComparisonOptions): Promise<ComparisonResult> {
  const rhf = regionalHealthAuthority === undefined ? undefined : resolveRegionalHealthAuthority(regionalHealthAuthority);
  const regionCode = region === undefined ? undefined : await resolveRegion(gatewayUrl, region);
  const { data, errors } = await queryGateway<ComparisonResponse>(gatewayUrl, loadQuery('comparison'), {
    year,
    region: regionCode ?? null,
    regionalHealthAuthority: rhf ?? null,
  });
  if (!data?.networks) {
    throw new ToolError(`The gateway could not compare the networks: ${errors.map((error) => error.message).join('; ') || 'no data'}`);
  }
  const warnings = [
    ...[...failedServices(errors)].map(
      ([service, message]) => `Warning: region ${service} did not answer (${message}); its networks are missing from the comparison.`,
    ),
    ...otherErrors(errors).map((error) => `Warning: ${error.message}${error.path ? ` (at ${error.path.join('.')})` : ''}`),
  ];
  return { table: units ? unitComparison(data) : networkComparison(data), warnings };
}

/** Norway's four regional health authorities, as the national schema names them. */
const REGIONAL_HEALTH_AUTHORITIES = ['HELSE_NORD', 'HELSE_MIDT_NORGE', 'HELSE_VEST', 'HELSE_SOR_OST'];

/** Checks --rhf against the four regional health authorities. */
function resolveRegionalHealthAuthority(value: string): string {
  const code = value.trim().toUpperCase().replace(/-/g, '_').replace(/Ø/g, 'O');
  if (!REGIONAL_HEALTH_AUTHORITIES.includes(code)) {
    throw new ToolError(`--rhf: there is no regional health authority '${value}'. Regional health authorities: ${REGIONAL_HEALTH_AUTHORITIES.join(', ')}`, 2);
  }
  return code;
}

/** Checks --region against the regions the federation has, before anything else is asked. */
async function resolveRegion(gatewayUrl: string, region: string): Promise<string> {
  const code = region.trim().toUpperCase().replace(/-/g, '_');
  const { data, errors } = await queryGateway<{ regions: Array<{ code: string }> }>(gatewayUrl, loadQuery('networks'), {});
  const known = data?.regions?.map((entry) => entry.code);
  if (!known) throw new ToolError(`The gateway could not list the regions: ${errors.map((error) => error.message).join('; ') || 'no data'}`);
  if (!known.includes(code)) throw new ToolError(`--region: there is no region '${region}'. Regions: ${known.join(', ')}`, 2);
  return code;
}
