// Jest's per-file progress output ('default' minus its summary, which summary-reporter.js prints).
module.exports = require('@jest/reporters').DefaultReporter;
