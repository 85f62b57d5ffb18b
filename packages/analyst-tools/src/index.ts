/*
 * The analysts' tools as a library, for scripts and dashboards that want the same report or
 * comparison the commands produce. The commands themselves are in cli/.
 */
export { DEFAULT_GATEWAY_URL, ToolError } from './gateway-client';
export * from './queries';
export { withFragments } from './fragments';
export { escapeSpreadsheetCell, NOT_REPORTED, stripControlCharacters, UNKNOWN_FIGURE } from './format';
export { generateAnnualReport, REPORT_FORMATS } from './report/generate-report';
export type { ReportFormat, ReportOptions } from './report/generate-report';
export { buildAnnualReport } from './report/build-report';
export type { ReportDocument, Section, Block } from './report/document';
export { renderMarkdown } from './report/render-markdown';
export { renderHtml, escapeHtml } from './report/render-html';
export { generateComparison } from './compare/generate-comparison';
export type { ComparisonOptions, ComparisonResult } from './compare/generate-comparison';
export { networkComparison, unitComparison } from './compare/comparison';
export type { ComparisonTable } from './compare/comparison';
export { renderCsv, renderTextTable } from './compare/render';
export type { CsvDelimiter } from './compare/render';
