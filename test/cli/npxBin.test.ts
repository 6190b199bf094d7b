// `npx par-index` from the repository resolves the package's own bin (npm 11 runs the root
// project's bin without linking it), offline, so the README's commands work after `npm ci`.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { REPO_ROOT } from "../helpers/runCli";

jest.setTimeout(120_000);

describe("npx par-index", () => {
  it.each([REPO_ROOT, path.join(REPO_ROOT, "src")])("runs the local bin from %s", (cwd) => {
    const run = spawnSync("npx", ["--offline", "par-index", "templates", "--json"], { cwd, encoding: "utf8", timeout: 110_000 });
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)[0].id).toBe("son-la-vpub-2021");
  });
});
