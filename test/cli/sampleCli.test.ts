// `par-index sample`: the appendix table to try `import` on, written from any folder; imported
// back it is the bundled template's tree with its maxima.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { getBundledTemplate, indexTemplate } from "../../src/domain";
import { loadWorkbook, readSheetGrid } from "../../src/node";
import { SAMPLE_APPENDIX, SAMPLE_SHEET } from "../fixtures/phu-luc/sampleAppendix";
import { runCli } from "../helpers/runCli";
import { useTempDir } from "../helpers/tempDir";

const tempDir = useTempDir("par-index-sample-");
const cli = (...args: string[]) => runCli(args, { cwd: tempDir() });

describe("par-index sample", () => {
  it("writes the sample appendix, the same table as the repository's sample file", async () => {
    const run = await cli("sample", "--out", "phu-luc.xlsx");
    expect(run).toMatchObject({ code: 0, stderr: "" });
    expect(run.stdout).toBe(
      "Đã ghi phu-luc.xlsx: bảng tiêu chí mẫu (trang «Phụ lục») từ bộ «Chỉ số CCHC Văn phòng UBND tỉnh Sơn La năm 2021 (ví dụ theo kế hoạch khắc phục)».\nThử nhập thành bộ tiêu chí: par-index import phu-luc.xlsx --out bo-tieu-chi.json\n",
    );
    const written = readSheetGrid((await loadWorkbook(path.join(tempDir(), "phu-luc.xlsx"))).getWorksheet(SAMPLE_SHEET)!).values;
    const committed = readSheetGrid((await loadWorkbook(SAMPLE_APPENDIX)).getWorksheet(SAMPLE_SHEET)!).values;
    expect(written).toEqual(committed);
  });

  it("imports back as the bundled template's items and maxima", async () => {
    await cli("sample", "--out", "mau.xlsx");
    const run = await cli("import", "mau.xlsx", "--out", "bo.json", "--json");
    expect(run.code).toBe(0);
    const imported = JSON.parse(readFileSync(path.join(tempDir(), "bo.json"), "utf8")) as Parameters<typeof indexTemplate>[0];
    const shape = (template: Parameters<typeof indexTemplate>[0]) => indexTemplate(template).items.map((item) => [item.code, item.max]);
    expect(shape(imported)).toEqual(shape(getBundledTemplate("son-la-vpub-2021")));
  });

  it("keeps an existing file without --force, and takes no input", async () => {
    writeFileSync(path.join(tempDir(), "co-san.xlsx"), "giữ nguyên");
    const kept = await cli("sample", "--out", "co-san.xlsx");
    expect(kept).toMatchObject({ code: 2, stderr: "par-index sample: Tệp «co-san.xlsx» đã có; chọn tên khác, hoặc thêm --force để ghi đè.\n" });
    expect(readFileSync(path.join(tempDir(), "co-san.xlsx"), "utf8")).toBe("giữ nguyên");
    expect((await cli("sample", "--out", "co-san.xlsx", "--force")).code).toBe(0);
    const extra = await cli("sample", "thua.xlsx", "--out", "x.xlsx");
    expect(extra.code).toBe(2);
    expect(existsSync(path.join(tempDir(), "x.xlsx"))).toBe(false);
    expect((await cli("sample")).stderr).toMatch(/^par-index sample: Thiếu tùy chọn --out\./);
  });
});
