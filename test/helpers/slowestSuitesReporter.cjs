// A Jest reporter that ends every run with how long it took and which suites took the most of it,
// so a newcomer sees the suite is working and where the time goes (`npm test` prints it).
"use strict";

class SlowestSuitesReporter {
  constructor(_globalConfig, options = {}) {
    this.count = options.count ?? 8;
  }

  onRunComplete(_contexts, results) {
    const suites = results.testResults
      .map((suite) => ({
        file: suite.testFilePath.replace(`${process.cwd()}/`, ""),
        seconds: (suite.perfStats.end - suite.perfStats.start) / 1000,
      }))
      .sort((a, b) => b.seconds - a.seconds);
    const wall = (Date.now() - results.startTime) / 1000;
    const lines = [
      "",
      `${results.numPassedTests}/${results.numTotalTests} tests in ${results.numTotalTestSuites} suites, ${wall.toFixed(1)} s in all. Slowest suites:`,
      ...suites.slice(0, this.count).map((s) => `  ${s.seconds.toFixed(1).padStart(6)} s  ${s.file}`),
    ];
    process.stderr.write(`${lines.join("\n")}\n`);
  }
}

module.exports = SlowestSuitesReporter;
