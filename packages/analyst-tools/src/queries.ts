/*
 * The package's operations (queries/*.graphql, the same operations a dashboard would send), typed
 * by GraphQL Code Generator against the gateway's API schema at build time (`npm run codegen`).
 * Each document is the operation's text; its answer and variables have generated types.
 */
export { AnnualReportDocument, ComparisonDocument, NetworksDocument } from './generated/graphql';
export type { AnnualReportQuery, AnnualReportQueryVariables, ComparisonQuery, ComparisonQueryVariables, NetworksQuery } from './generated/graphql';
