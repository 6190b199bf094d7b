#!/usr/bin/env node
// The `par-index` executable: registers tsx so Node runs the TypeScript sources, then hands the
// arguments to main.ts. Anything escaping main (tsx itself failing) is still one line, exit 2.
"use strict";

// `par-index check x.xlsx | head`: the reader left, which is not an error of ours.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error) => {
    if (error && error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
}

try {
  require("tsx/cjs/api").register();
  const { run } = require("./main.ts");
  run(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error) => fail(error),
  );
} catch (error) {
  fail(error);
}

function fail(error) {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`par-index: lỗi không mong đợi: ${message.split("\n")[0]}\n`);
  process.exitCode = 2;
}
