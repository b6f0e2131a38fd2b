// Jest's own summary, then one plain line, "tests: N passed, N failed", as the last line of the run,
// so the outcome can be read from the end of the log. Jest always prints its built-in summary
// after every configured reporter, so this one replaces it instead of following it.
const { SummaryReporter } = require('@jest/reporters');

class ClosingLineReporter extends SummaryReporter {
  onRunComplete(contexts, results) {
    super.onRunComplete(contexts, results);
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    const skipped = results.numPendingTests + results.numTodoTests;
    const tail = skipped > 0 ? `, ${skipped} skipped` : '';
    process.stderr.write(`\ntests: ${results.numPassedTests} passed, ${failed} failed${tail}\n`);
  }
}

module.exports = ClosingLineReporter;
