// The par-index command installed as the README says (`npm install -g .`), into a prefix of the
// test's own so nothing outside the temporary folder changes; its bin folder goes first on PATH.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { REPO_ROOT } from "./runCli";

export function installCliInto(prefix: string): string {
  const run = spawnSync("npm", ["install", "-g", ".", "--prefix", prefix, "--offline", "--no-audit", "--no-fund"], {
    cwd: REPO_ROOT,
    encoding: "utf8",
    timeout: 120_000,
  });
  const bin = path.join(prefix, "bin");
  if (run.status !== 0 || !existsSync(path.join(bin, "par-index"))) {
    throw new Error(`npm install -g . failed (${run.status}): ${run.stderr}`);
  }
  return bin;
}

/** The environment a shell in another folder gets: the installed bin first on PATH. */
export function pathWith(bin: string): NodeJS.ProcessEnv {
  return { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH ?? ""}`, PAR_INDEX_DEBUG: "" };
}
