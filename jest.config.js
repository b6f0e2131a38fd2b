// One Jest run over every project, so the whole suite ends with a single summary.
module.exports = {
  projects: [
    '<rootDir>/libs/*/jest.config.js',
    '<rootDir>/apps/*/jest.config.js',
    '<rootDir>/tests/jest.config.js',
  ],
  // Not 'default': Jest would print its summary after every reporter; ours prints it, then the closing line.
  reporters: [
    '<rootDir>/tests/support/progress-reporter.js',
    '<rootDir>/tests/support/summary-reporter.js',
  ],
};
