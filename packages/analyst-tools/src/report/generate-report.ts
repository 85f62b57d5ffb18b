import { failedServices, GraphQLError, otherErrors, queryGateway, ToolError } from '../gateway-client';
import { AnnualReportDocument, NetworksDocument, type AnnualReportQuery, type AnnualReportQueryVariables, type NetworksQuery } from '../queries';
import type { AnnualReportResponse } from './annual-report.response';
import { buildAnnualReport } from './build-report';
import { renderHtml } from './render-html';
import { renderMarkdown } from './render-markdown';

export type ReportFormat = 'md' | 'html';
export const REPORT_FORMATS: ReportFormat[] = ['md', 'html'];

export interface ReportOptions {
  gatewayUrl: string;
  networkId: string;
  year: number;
  format: ReportFormat;
  /** When the report is made; printed under the title. */
  now?: Date;
}

/**
 * Fetches one network's year through the gateway and renders it in the national template.
 * Any GraphQL error fails the report: a report must not say "Ikke rapportert" about data that
 * exists but could not be fetched.
 */
export async function generateAnnualReport({ gatewayUrl, networkId, year, format, now = new Date() }: ReportOptions): Promise<string> {
  const variables: AnnualReportQueryVariables = { id: networkId, year, nextYear: year + 1, from: `${year}-01-01`, to: `${year}-12-31` };
  const { data: answer, errors } = await queryGateway<AnnualReportQuery>(gatewayUrl, AnnualReportDocument.toString(), variables);
  // Checked at build time: the answer the schema gives (generated from queries/annual-report.graphql)
  // fits the report's types, so a schema change the report cannot take fails `npm run build`.
  const data: AnnualReportResponse | null = answer;
  if (errors.length) throw reportError(networkId, errors);
  if (!data?.network) throw await unknownNetwork(gatewayUrl, networkId);
  const document = buildAnnualReport({ network: data.network, regions: data.regions, year, gatewayUrl, generatedAt: now });
  return format === 'html' ? renderHtml(document) : renderMarkdown(document);
}

function reportError(networkId: string, errors: GraphQLError[]): ToolError {
  const failed = [...failedServices(errors)].map(([service, message]) => `region ${service} did not answer (${message})`);
  const other = otherErrors(errors).map((error) => error.message);
  return new ToolError(`Cannot make the report of ${networkId}: ${[...failed, ...other].join('; ')}. Nothing was written.`);
}

async function unknownNetwork(gatewayUrl: string, networkId: string): Promise<ToolError> {
  const { data, errors } = await queryGateway<NetworksQuery>(gatewayUrl, NetworksDocument.toString(), {});
  const known = (data?.networks ?? []).flatMap((network) => (network ? [network.id] : []));
  const unlisted = [...failedServices(errors).keys()].map((service) => ` (region ${service} did not answer; its networks are not listed)`);
  return new ToolError(`--network: there is no network '${networkId}'. Known networks: ${known.join(', ') || 'none'}${unlisted.join('')}`, 2);
}
