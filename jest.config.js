/**
 * One jest run for the whole repository: tests across services in tests/, each subgraph's own
 * tests in subgraphs/<name>/test/. Packages are imported from their built dist (npm test builds
 * first), so ts-jest only transpiles the tests themselves.
 */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests', '<rootDir>/subgraphs'],
  testMatch: ['**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  transform: {
    // isolatedModules (transpile only) comes from tests/tsconfig.json; `npx tsc -p tests` type-checks.
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tests/tsconfig.json' }],
  },
  globalSetup: '<rootDir>/tests/support/global-setup.mjs',
  globalTeardown: '<rootDir>/tests/support/global-teardown.mjs',
  testTimeout: 60000,
  // Two cores: more workers only fight over them and over PostgreSQL.
  maxWorkers: 2,
};
