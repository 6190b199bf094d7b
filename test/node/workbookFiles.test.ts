// Files are read whole and written whole or not at all: a failed write leaves the old file and no
// temporary file behind, and an input file is never the output.
import { promises as fs } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import {
  loadWorkbook,
  OutputExistsError,
  OutputIsInputError,
  OutputWriteError,
  prepareOutput,
  sameFile,
  saveWorkbook,
  WorkbookReadError,
} from "../../src/node";
import { useTempDir } from "../helpers/tempDir";

const tempDir = useTempDir();

function smallWorkbook(text: string): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Trang").getCell("A1").value = text;
  return workbook;
}

describe("saveWorkbook", () => {
  it("writes the file and leaves no temporary file", async () => {
    const dir = path.join(tempDir(), "ok");
    await fs.mkdir(dir);
    await saveWorkbook(smallWorkbook("một"), path.join(dir, "a.xlsx"));
    expect(await fs.readdir(dir)).toEqual(["a.xlsx"]);
    const read = await loadWorkbook(path.join(dir, "a.xlsx"));
    expect(read.getWorksheet("Trang")!.getCell("A1").value).toBe("một");
    // exceljs does not read calcPr back, so look at the part itself: Excel recalculates on opening.
    const zip = await JSZip.loadAsync(await fs.readFile(path.join(dir, "a.xlsx")));
    expect(await zip.file("xl/workbook.xml")!.async("string")).toContain('fullCalcOnLoad="1"');
  });

  it("keeps the old file whole when writing fails", async () => {
    const dir = path.join(tempDir(), "fail");
    await fs.mkdir(dir);
    const file = path.join(dir, "a.xlsx");
    await saveWorkbook(smallWorkbook("cũ"), file);
    const before = await fs.readFile(file);
    const broken = smallWorkbook("mới");
    jest.spyOn(broken.xlsx, "writeBuffer").mockRejectedValue(new Error("disk full"));
    await expect(saveWorkbook(broken, file)).rejects.toBeInstanceOf(OutputWriteError);
    expect(await fs.readFile(file)).toEqual(before);
    expect(await fs.readdir(dir)).toEqual(["a.xlsx"]);
  });

  it("reports a directory that does not exist", async () => {
    const file = path.join(tempDir(), "missing-dir", "a.xlsx");
    await expect(saveWorkbook(smallWorkbook("x"), file)).rejects.toBeInstanceOf(OutputWriteError);
  });

  it("refuses to write over an input file, also through another path to it", async () => {
    const file = path.join(tempDir(), "input.xlsx");
    await saveWorkbook(smallWorkbook("đầu vào"), file);
    const link = path.join(tempDir(), "link.xlsx");
    await fs.symlink(file, link);
    const before = await fs.readFile(file);
    await expect(saveWorkbook(smallWorkbook("x"), link, { inputs: [file] })).rejects.toBeInstanceOf(OutputIsInputError);
    await expect(prepareOutput(path.join(tempDir(), ".", "input.xlsx"), { inputs: [file], existing: "replace" })).rejects.toBeInstanceOf(OutputIsInputError);
    expect(await sameFile(link, file)).toBe(true);
    expect(await sameFile(path.join(tempDir(), "other.xlsx"), file)).toBe(false);
    expect(await fs.readFile(file)).toEqual(before);
  });

  it("keeps an existing file when asked to", async () => {
    const file = path.join(tempDir(), "keep.xlsx");
    await saveWorkbook(smallWorkbook("đã chấm"), file);
    await expect(saveWorkbook(smallWorkbook("mới"), file, { keepExisting: true })).rejects.toBeInstanceOf(OutputExistsError);
    const read = await loadWorkbook(file);
    expect(read.getWorksheet("Trang")!.getCell("A1").value).toBe("đã chấm");
  });
});

describe("loadWorkbook", () => {
  it.each([
    ["a missing file", "nope.xlsx", "not_found"],
    ["a directory", ".", "is_directory"],
  ])("names %s", async (_, name, reason) => {
    await expect(loadWorkbook(path.join(tempDir(), name))).rejects.toMatchObject({ reason });
  });

  it.each([
    ["text", "text.xlsx", Buffer.from("không phải sổ tính")],
    ["not_xlsx", "bytes.xlsx", Buffer.from([0x00, 0xff, 0x10, 0x80, 0x00])],
    ["empty", "empty.xlsx", Buffer.alloc(0)],
  ])("names a file that is not a workbook (%s)", async (reason, name, bytes) => {
    const file = path.join(tempDir(), name);
    await fs.writeFile(file, bytes);
    const error = await loadWorkbook(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookReadError);
    expect(error).toMatchObject({ reason });
  });
});
