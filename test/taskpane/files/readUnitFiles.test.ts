// The pane reads the units' workbooks as the command line does: the same units from the same
// files (one code path below the file), files that are not usable named with why, one at a time.
import { readFileSync } from "node:fs";
import path from "node:path";
import { createRankingWorkbook, readUnitFile, workbookBytes, writeRanking } from "../../../src/node";
import { rankUnits } from "../../../src/domain/ranking/rankUnits";
import { FILE_LIMITS, addPickedFiles } from "../../../src/taskpane/files/pickedFile";
import { readUnitFiles, type FileStatus } from "../../../src/taskpane/files/readUnitFiles";
import { readPreviousRankingFile } from "../../../src/taskpane/files/workbookReader";
import { encryptedWorkbookContainer } from "../../fixtures/hostile/oleContainer";
import { pickedFromBytes, pickedFromDisk } from "../../helpers/pickedFiles";
import { useTempDir } from "../../helpers/tempDir";
import { writeUnitWorkbooks } from "../../helpers/unitWorkbooks";

const tempDir = useTempDir("pane-files-");
const HOSTILE = path.resolve(__dirname, "../../fixtures/hostile");

describe("readUnitFiles", () => {
  it("reads each unit as par-index rank does, units of one template sharing one copy of it", async () => {
    const files = await writeUnitWorkbooks(tempDir(), 4, { seed: 9 });
    const seen: [number, FileStatus["state"]][] = [];
    const { units, statuses } = await readUnitFiles(files.map(pickedFromDisk), (index, status) => seen.push([index, status.state]));
    const cli = await Promise.all(files.map(readUnitFile));
    expect(units).toEqual(cli.flatMap((reading) => (reading.ok ? reading.units : [])).map((unit) => ({ ...unit, file: path.basename(unit.file) })));
    expect(new Set(units.map((unit) => unit.template)).size).toBe(1);
    expect(statuses).toEqual(files.map(() => ({ state: "read", units: 1, warnings: [] })));
    // One file after the other: each is read before the next starts.
    expect(seen).toEqual([0, 1, 2, 3].flatMap((i) => [[i, "reading"], [i, "read"]]));
  });

  it("names the files it cannot use and why, and goes on with the others", async () => {
    const [good] = await writeUnitWorkbooks(tempDir(), 1, { seed: 3 });
    const ranking = createRankingWorkbook();
    writeRanking(ranking, rankUnits([]));
    const tooLarge = { ...pickedFromBytes("rat-lon.xlsx", new Uint8Array(4)), size: FILE_LIMITS.bytes + 1 };
    const picked = [
      pickedFromDisk(path.join(HOSTILE, "bang.xls")),
      pickedFromBytes("co-mat-khau.xlsx", encryptedWorkbookContainer()),
      pickedFromDisk(path.join(HOSTILE, "bang.ods")),
      pickedFromBytes("bang.csv", new TextEncoder().encode("Mã;Tên\n1;Chỉ đạo\n")),
      pickedFromBytes("hong.xlsx", readFileSync(good!).subarray(0, 2000)),
      pickedFromBytes("xep-hang.xlsx", await workbookBytes(ranking)),
      tooLarge,
      pickedFromDisk(good!),
    ];
    const { units, statuses } = await readUnitFiles(picked);
    expect(units).toHaveLength(1);
    const why = statuses.map((status) => (status.state === "unusable" ? (status.problem ?? status.issues) : status.state));
    expect(why).toEqual([
      { kind: "bytes", problem: "legacy_xls" },
      { kind: "bytes", problem: "encrypted" },
      { kind: "bytes", problem: "ods" },
      { kind: "bytes", problem: "text" },
      { kind: "damaged", detail: expect.any(String) },
      [{ code: "rank_no_score_sheet", severity: "error", file: "xep-hang.xlsx", rankingWorkbook: true }],
      { kind: "too_large", bytes: FILE_LIMITS.bytes + 1, maxBytes: FILE_LIMITS.bytes },
      "read",
    ]);
  });
});

describe("readPreviousRankingFile", () => {
  it("reads last year's ranking workbook, and a list as JSON", async () => {
    const workbook = createRankingWorkbook();
    const files = await writeUnitWorkbooks(tempDir(), 3, { seed: 4, year: 2020 });
    const readings = await Promise.all(files.map(readUnitFile));
    writeRanking(workbook, rankUnits(readings.flatMap((reading) => (reading.ok ? reading.units : []))));
    const fromWorkbook = await readPreviousRankingFile(pickedFromBytes("xep-hang-2020.xlsx", await workbookBytes(workbook)));
    expect(fromWorkbook.ok && fromWorkbook.value.year).toBe(2020);
    expect(fromWorkbook.ok && fromWorkbook.value.entries.size).toBe(3);
    const json = await readPreviousRankingFile(pickedFromBytes("nam-truoc.json", new TextEncoder().encode('[{"unit":"Sở Nội vụ","rank":2,"percent":91.5}]')));
    expect(json.ok && [...json.value.entries.values()]).toEqual([{ unit: "Sở Nội vụ", rank: 2, percent: 9150 }]);
    const broken = await readPreviousRankingFile(pickedFromBytes("hong.json", new TextEncoder().encode("[{")));
    expect(!broken.ok && "issues" in broken && broken.issues[0]?.code).toBe("rank_previous_unreadable");
  });
});

describe("addPickedFiles", () => {
  const file = (name: string, size = 10) => pickedFromBytes(name, new Uint8Array(size));
  it("adds a second pick after the first, each file once, up to the limit", () => {
    const first = addPickedFiles([], [file("a.xlsx"), file("b.xlsx")]);
    const second = addPickedFiles(first.files, [file("b.xlsx"), file("b.xlsx", 11), file("c.xlsx"), file("d.xlsx")], 4);
    expect(second.files.map((f) => `${f.name}:${f.size}`)).toEqual(["a.xlsx:10", "b.xlsx:10", "b.xlsx:11", "c.xlsx:10"]);
    expect(second.duplicates).toEqual(["b.xlsx"]);
    expect(second.overLimit).toBe(1);
  });
});
