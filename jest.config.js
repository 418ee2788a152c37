/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { isolatedModules: true }] },
  testTimeout: 60000,
  // the Neo4j tests' server: found at NEO4J_URI or started (test/neo4j/globalSetup.ts)
  globalSetup: '<rootDir>/test/neo4j/globalSetup.ts',
  globalTeardown: '<rootDir>/test/neo4j/globalTeardown.ts',
};
