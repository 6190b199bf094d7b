import { createScoreWorkbook, saveWorkbook, loadWorkbook } from "./src/node";
import { generateTemplate } from "./test/helpers/generateTemplate";
import { readZipEntries } from "./src/node/zipEntries";
import { readFileSync } from "node:fs";
async function main() {
  const mode = process.argv[2];
  if (mode === "make") {
    const wb = createScoreWorkbook(generateTemplate(10, 20, 50), { year: 2024 });
    await saveWorkbook(wb, "/tmp/w7/big10k.xlsx");
    const bytes = readFileSync("/tmp/w7/big10k.xlsx");
    console.log(bytes.length, readZipEntries(bytes).map((e) => `${e.name} ${e.size}`).join("\n"));
  } else {
    const t = performance.now();
    const wb = await loadWorkbook(mode!);
    console.log("load", (performance.now() - t).toFixed(0), "ms rss", (process.resourceUsage().maxRSS / 1024).toFixed(0), "MB");
  }
}
main();
