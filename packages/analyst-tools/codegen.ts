import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * The analyst tools' operations (queries/*.graphql) typed by the dashboard's generator, against
 * the same API schema (printed from supergraph.graphql by the dashboard's
 * scripts/print-api-schema.mjs). An operation that no longer matches the schema fails here; a
 * changed field type fails the tsc step after it (src/report/generate-report.ts assigns the
 * generated answer to the report's types). queries/fragments/ holds the fragments shared with the
 * dashboard, whose generator includes them too. Documents are strings: a CLI needs no graphql at run time.
 */
const config: CodegenConfig = {
  schema: 'src/generated/api-schema.graphql',
  documents: ['queries/*.graphql', 'queries/fragments/*.graphql'],
  generates: {
    'src/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: 'string',
        onlyOperationTypes: true,
        enumsAsTypes: true,
        skipTypename: true,
        mergeFragmentTypes: true,
        useTypeImports: true,
        scalars: { Date: 'string' },
        defaultScalarType: 'unknown',
        avoidOptionals: { field: true, inputValue: false, object: true },
      },
    },
  },
  errorsOnly: true,
};

export default config;
