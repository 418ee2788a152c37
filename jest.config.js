/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { isolatedModules: true }] },
  testTimeout: 60000,
  // two test files at a time even on 2 cores (jest's default there is one, in band): many of
  // them mostly wait on a child process, a JVM or Chromium
  maxWorkers: 2,
  // one line when ../shared is missing, then the Neo4j tests' server (test/globalSetup.ts)
  globalSetup: '<rootDir>/test/globalSetup.ts',
  globalTeardown: '<rootDir>/test/neo4j/globalTeardown.ts',
};
