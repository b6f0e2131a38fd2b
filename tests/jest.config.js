// End-to-end suites: they run the built apps from dist/ (build them first; `npm test` and
// `nx run tests:test` do) against the real PostgreSQL and Redis.
module.exports = {
  displayName: 'e2e',
  preset: '../jest.preset.js',
  rootDir: __dirname,
  testMatch: ['<rootDir>/**/*.spec.ts'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/support/'],
  // No maxWorkers here (the root run rejects it per project): suites may run side by side, as
  // each uses its own databases, free ports and, where it breaks Redis, its own redis-server.
  setupFilesAfterEnv: ['<rootDir>/support/e2e-timeout.ts'],
};
