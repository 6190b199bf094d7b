// The pane's phân công files, made and read by the chunk's own functions (here in Node, in the
// browser in the e2e suite): seven departments' workbooks from the synthetic provincial master,
// named for their unit and zipped; a unit's file read back as the return `par-index merge` reads;
// and the files that are not a unit's return refused with the reason.
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { assignmentFromSheet } from "../../../src/domain/assignment/resolveAssignment";
import { checkScoreWorkbook, createScoreWorkbook, masterSheetOf } from "../../../src/node";
import { makeUnitFiles, readReturnedFile, zipUnitFiles } from "../../../src/taskpane/files/assignmentFiles";
import type { PickedFile } from "../../../src/taskpane/files/pickedFile";
import { unitFileNames, unitFilesZipName } from "../../../src/taskpane/files/unitFileNames";
import { DEPARTMENTS, provinceAssignmentTemplate, TU_PHAP } from "../../helpers/provinceTemplate";

const template = provinceAssignmentTemplate();

function picked(name: string, bytes: Uint8Array): PickedFile {
  return { name, size: bytes.length, arrayBuffer: async () => bytes.slice().buffer };
}

function provinceMaster() {
  const sheet = checkScoreWorkbook(createScoreWorkbook(template, { unit: "tỉnh Kiên Giang", year: 2021 })).sheets[0]!;
  const master = masterSheetOf(sheet);
  return { master, assignment: assignmentFromSheet(template, master.read) };
}

describe("the units' files made in the pane", () => {
  const { master, assignment } = provinceMaster();
  const units = assignment.units.map((unit) => ({ unit: unit.unit.name, schedule: { deadline: "2022-01-25" } }));

  it("makes one workbook per department, named for it, each holding its own items", async () => {
    const done: number[] = [];
    const files = await makeUnitFiles({ master, assignment, units, splitAt: "2022-01-10T08:00:00.000Z", year: 2021 }, (index) => done.push(index));
    expect(files.map((file) => file.unit).sort()).toEqual([...DEPARTMENTS].sort());
    expect(done).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(files.map((file) => file.fileName)).toEqual(files.map((file) => `${file.unit} - Chấm điểm CCHC 2021.xlsx`));
    for (const file of files) expect(file.items).toEqual(assignment.units.find((unit) => unit.unit.name === file.unit)!.items);

    const zip = await JSZip.loadAsync(await zipUnitFiles(files));
    expect(Object.keys(zip.files).sort()).toEqual(files.map((file) => file.fileName).sort());
    const tuPhap = files.find((file) => file.unit === TU_PHAP)!;
    const unzipped = await zip.file(tuPhap.fileName)!.async("uint8array");
    expect(unzipped).toEqual(tuPhap.bytes);

    const read = await readReturnedFile(picked(tuPhap.fileName, unzipped));
    if (!read.ok) throw new Error(`not read: ${JSON.stringify(read)}`);
    expect(read.returned.file).toBe(tuPhap.fileName);
    expect(read.returned.record.split).toMatchObject({ unit: TU_PHAP, items: tuPhap.items, splitAt: "2022-01-10T08:00:00.000Z" });
  });

  it("refuses a workbook without a scoring sheet, and bytes that are no workbook, saying why", async () => {
    const other = new ExcelJS.Workbook();
    other.addWorksheet("Danh sách").getCell("A1").value = "Không phải trang chấm điểm";
    const bytes = new Uint8Array((await other.xlsx.writeBuffer()) as ArrayBuffer);
    expect(await readReturnedFile(picked("danh-sach.xlsx", bytes))).toEqual({ ok: false, issue: expect.objectContaining({ code: "return_not_split", file: "danh-sach.xlsx" }) });
    expect(await readReturnedFile(picked("ghi-chu.xlsx", new TextEncoder().encode("đơn vị;điểm\n")))).toEqual({ ok: false, problem: { kind: "bytes", problem: "text" } });
  });
});

describe("the units' file names", () => {
  it("are «<unit> - Chấm điểm CCHC <năm>.xlsx» without characters file systems refuse, each once", () => {
    expect(unitFileNames(["Sở Tư pháp", "Phòng A/B: tổ 1?", "sở tư pháp", "UBND huyện ."], 2021)).toEqual([
      "Sở Tư pháp - Chấm điểm CCHC 2021.xlsx",
      "Phòng A B tổ 1 - Chấm điểm CCHC 2021.xlsx",
      "sở tư pháp - Chấm điểm CCHC 2021 (2).xlsx",
      "UBND huyện . - Chấm điểm CCHC 2021.xlsx",
    ]);
    expect(unitFileNames(["Sở Nội vụ"], 2021)[0]!.normalize("NFC")).toBe(unitFileNames(["Sở Nội vụ".normalize("NFD")], 2021)[0]);
    expect(unitFilesZipName(2021)).toBe("Chấm điểm CCHC 2021 - các đơn vị.zip");
  });
});
