// Jest for the tool tests (LibreOffice formula proof, browser end-to-end): they need programs
// installed on the machine, so they run by `npm run test:formulas` / `test:e2e`, not `npm test`.
const base = require("../../package.json").jest;

module.exports = {
  ...base,
  rootDir: "../..",
  roots: ["<rootDir>/test/tools"],
  testPathIgnorePatterns: ["/node_modules/"],
  // Starting LibreOffice or a browser takes seconds, recalculating large workbooks more.
  testTimeout: 300_000,
  // One program instance at a time: LibreOffice and Chromium each take a core of their own.
  maxWorkers: 1,
};
