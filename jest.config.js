// One Jest run over every project, so the whole suite ends with a single summary.
module.exports = {
  projects: ['<rootDir>/libs/*/jest.config.js', '<rootDir>/apps/*/jest.config.js', '<rootDir>/tests/jest.config.js'],
  reporters: ['default', '<rootDir>/tests/support/summary-reporter.js'],
};
