// The synthetic provincial master (see provinceTemplate.ts) as an .xlsx file, made the way staff
// make it: `par-index new` from the template's JSON.
import { promises as fs } from "node:fs";
import path from "node:path";
import { provinceAssignmentTemplate } from "./provinceTemplate";
import { runCli } from "./runCli";

export async function writeProvinceMaster(dir: string, name = "tong-hop.xlsx"): Promise<string> {
  const json = path.join(dir, "tinh-thu-nghiem.json");
  await fs.writeFile(json, JSON.stringify(provinceAssignmentTemplate()));
  const run = (await runCli(["new", "--template-file", json, "--out", name, "--unit", "tỉnh Kiên Giang", "--year", "2021"], { cwd: dir }));
  if (run.code !== 0) throw new Error(`par-index new failed: ${run.stderr}`);
  return path.join(dir, name);
}
