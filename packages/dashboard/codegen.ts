import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed operations: every .graphql file under src/operations, checked against the gateway's API
 * schema (printed from supergraph.graphql by scripts/print-api-schema.mjs). An operation that no
 * longer matches the schema fails here; a changed field type fails the tsc step after it.
 * Fragments shared with the analyst tools are theirs (analyst-tools/queries/fragments/*.graphql).
 */
const config: CodegenConfig = {
  schema: 'src/generated/api-schema.graphql',
  documents: ['src/operations/*.graphql', '../analyst-tools/queries/fragments/*.graphql'],
  generates: {
    'src/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
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
