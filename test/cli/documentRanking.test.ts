// A unit's rank line flows from the ranking into its plan document: twenty units ranked by
// `par-index rank` (compared with last year), then `par-index document --ranking` writes
// "Năm 2021, Sở Tư pháp xếp thứ 06/20 sở, ban, ngành (tăng 04 bậc so với năm 2020)" into the
// unit's document; options still override it; another year's or another template's ranking,
// a unit not ranked and a workbook that is not a ranking are refused, writing nothing.
import { createHash } from "node:crypto";
import { existsSync, promises as fs } from "node:fs";
import path from "node:path";
import type { RankJson } from "../../src/cli/rankReport";
import { createScoreWorkbook, loadWorkbook, saveWorkbook } from "../../src/node";
import { docxParagraphs } from "../helpers/docxText";
import { hundredTemplate } from "../helpers/rankingUnits";
import { cliJson, runCli } from "../helpers/runCli";
import { seed001Template } from "../helpers/seed001";
import { useTempDir } from "../helpers/tempDir";
import { writeUnitWorkbooks } from "../helpers/unitWorkbooks";
import { typeScoresInto } from "../helpers/xlsxScores";

jest.setTimeout(180_000);
const tempDir = useTempDir("par-index-document-ranking-");
const at = (...parts: string[]) => path.join(tempDir(), ...parts);
const cli = (...args: string[]) => runCli(args, { cwd: tempDir() });
const sha256 = async (file: string) => createHash("sha256").update(await fs.readFile(at(file))).digest("hex");
const two = (n: number) => String(n).padStart(2, "0");
const rankLine = async (docx: string) => (await docxParagraphs(await fs.readFile(at(docx)))).find((p) => p.startsWith("Năm 2021, "));

describe("par-index document --ranking", () => {
  let place = 0;

  beforeAll(async () => {
    await fs.mkdir(at("don-vi"));
    await writeUnitWorkbooks(at("don-vi"), 20);
    const now = cliJson<RankJson>(await cli("rank", "don-vi", "--json")).units;
    place = now.find((u) => u.unit === "Sở Tư pháp")!.rank;
    // Last year Sở Tư pháp was four places lower.
    await fs.writeFile(at("2020.json"), JSON.stringify({ year: 2020, units: [{ unit: "Sở Tư pháp", rank: place + 4, percent: 70 }] }));
    const ranked = await cli("rank", "don-vi", "--previous", "2020.json", "--out", "xep-hang-2021.xlsx");
    expect([ranked.code, ranked.stderr]).toEqual([0, ""]);
    expect((await cli("plan", "don-vi/so-tu-phap.xlsx", "--out", "ke-hoach.xlsx")).code).toBe(0);
  });

  it("writes the unit's rank, the number ranked and the change from the ranking, leaving both inputs as they were", async () => {
    const before = [await sha256("ke-hoach.xlsx"), await sha256("xep-hang-2021.xlsx")];
    const run = await cli("document", "ke-hoach.xlsx", "--ranking", "xep-hang-2021.xlsx", "--out", "ke-hoach.docx");
    expect([run.code, run.stderr]).toEqual([0, ""]);
    expect(run.stdout).toContain(`Thứ hạng lấy từ trang «Xếp hạng 2021» của xep-hang-2021.xlsx: Sở Tư pháp ${two(place)}/20, tăng 04 bậc.`);
    expect(await rankLine("ke-hoach.docx")).toMatch(new RegExp(`^Năm 2021, Sở Tư pháp xếp thứ ${two(place)}/20 sở, ban, ngành \\(tăng 04 bậc so với năm 2020\\)\\. Điểm trung bình chung đạt được`));
    expect([await sha256("ke-hoach.xlsx"), await sha256("xep-hang-2021.xlsx")]).toEqual(before);
  });

  it("names both totals when the ranking's total for the unit is not the workbook's own", async () => {
    const same = await cli("document", "ke-hoach.xlsx", "--ranking", "xep-hang-2021.xlsx", "--out", "cung-diem.docx");
    expect(same.stdout).not.toContain("ghi tổng điểm của");
    // Sở Tư pháp's scores change after the ranking was made.
    const workbook = await loadWorkbook(at("don-vi/so-tu-phap.xlsx"));
    const before = cliJson<{ total: { score: number } }>(await cli("check", "don-vi/so-tu-phap.xlsx", "--json")).total.score;
    typeScoresInto(workbook, { "1.1": 0 });
    await saveWorkbook(workbook, at("doi-diem.xlsx"));
    const after = cliJson<{ total: { score: number } }>(await cli("check", "doi-diem.xlsx", "--json")).total.score;
    expect(after).not.toBe(before);
    const run = await cli("document", "doi-diem.xlsx", "--ranking", "xep-hang-2021.xlsx", "--out", "doi-diem.docx");
    expect(run.code).toBe(0);
    const comma = (n: number) => String(n).replace(".", ",");
    expect(run.stdout).toContain(
      `Cảnh báo [doi-diem.xlsx]: Trang «Xếp hạng 2021» của «xep-hang-2021.xlsx» ghi tổng điểm của Sở Tư pháp là ${comma(before)}, còn sổ chấm điểm này cho ${comma(after)}: thứ hạng có thể đã tính trên điểm cũ; hãy xếp hạng lại (par-index rank) nếu điểm đã đổi.`,
    );
  });

  it("takes any unit's workbook, with or without a plan, and the options still override", async () => {
    const run = await cli("document", "don-vi/so-tu-phap.xlsx", "--ranking", "xep-hang-2021.xlsx", "--rank", "3/20", "--peer-group", "cơ quan chuyên môn", "--out", "ghi-de.docx");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Sở Tư pháp ${two(place)}/20, tăng 04 bậc (--rank, --peer-group ghi đè phần tương ứng).`);
    expect(await rankLine("ghi-de.docx")).toMatch(/^Năm 2021, Sở Tư pháp xếp thứ 03\/20 cơ quan chuyên môn \(tăng 04 bậc so với năm 2020\)\./);
  });

  it.each([
    [
      "a unit that is not in the ranking",
      async () => {
        const workbook = createScoreWorkbook(seed001Template(), { unit: "Sở Ngoại vụ 2", year: 2021 });
        typeScoresInto(workbook, { "1.1": 1 });
        await saveWorkbook(workbook, at("ngoai-vu.xlsx"));
        return "ngoai-vu.xlsx";
      },
      "Không có Sở Ngoại vụ 2 trong bảng xếp hạng «xep-hang-2021.xlsx» (trang «Xếp hạng 2021», 20 đơn vị được xếp hạng); kiểm tra tên đơn vị trong sổ chấm điểm, hoặc ghi thứ hạng bằng --rank.",
    ],
    [
      "the unit's workbook of another year",
      async () => {
        await saveWorkbook(createScoreWorkbook(seed001Template(), { unit: "Sở Tư pháp", year: 2022 }), at("tu-phap-2022.xlsx"));
        return "tu-phap-2022.xlsx";
      },
      "Bảng xếp hạng «xep-hang-2021.xlsx» là của năm 2021, sổ chấm điểm là năm 2022; hãy dùng bảng xếp hạng năm 2022.",
    ],
    [
      "the unit's workbook of another template",
      async () => {
        await saveWorkbook(createScoreWorkbook(hundredTemplate(), { unit: "Sở Tư pháp", year: 2021 }), at("tu-phap-khac.xlsx"));
        return "tu-phap-khac.xlsx";
      },
      `Bảng xếp hạng «xep-hang-2021.xlsx» so sánh các đơn vị chấm theo bộ tiêu chí «${seed001Template().name}», sổ chấm điểm này theo «${hundredTemplate().name}»; thứ hạng trong đó không phải của sổ này.`,
    ],
  ])("refuses %s, writing nothing (exit 2)", async (_what, make, message) => {
    const input = await make();
    const run = await cli("document", input, "--ranking", "xep-hang-2021.xlsx", "--out", "khong-ghi.docx");
    expect([run.code, run.stderr]).toEqual([2, `par-index document: ${message} Chưa ghi khong-ghi.docx.\n`]);
    expect(existsSync(at("khong-ghi.docx"))).toBe(false);
  });

  it("refuses a workbook that is not a ranking, and a ranking that is the output", async () => {
    const notRanking = await cli("document", "ke-hoach.xlsx", "--ranking", "don-vi/so-y-te.xlsx", "--out", "khong-ghi.docx");
    expect([notRanking.code, notRanking.stderr]).toEqual([
      2,
      "par-index document: Tệp «don-vi/so-y-te.xlsx» không phải bảng xếp hạng (tạo bằng par-index rank); --ranking cần bảng xếp hạng các đơn vị. Chưa ghi khong-ghi.docx.\n",
    ]);
    expect((await cli("document", "ke-hoach.xlsx", "--ranking", "xep-hang-2021.xlsx", "--out", "xep-hang-2021.xlsx", "--force")).stderr).toContain("trùng với tệp đầu vào");
  });

  it("finds the year's ranking in a workbook that holds two years", async () => {
    await fs.mkdir(at("nam-2022"));
    await writeUnitWorkbooks(at("nam-2022"), 5, { year: 2022, seed: 3 });
    await fs.copyFile(at("xep-hang-2021.xlsx"), at("hai-nam.xlsx"));
    expect((await cli("rank", "nam-2022", "--out", "hai-nam.xlsx")).stdout).toContain("trang «Xếp hạng 2022» mới");
    const run = await cli("document", "ke-hoach.xlsx", "--ranking", "hai-nam.xlsx", "--out", "hai-nam.docx");
    expect(run.stdout).toContain(`Thứ hạng lấy từ trang «Xếp hạng 2021» của hai-nam.xlsx: Sở Tư pháp ${two(place)}/20, tăng 04 bậc.`);
    const of2022 = await cli("document", "nam-2022/so-tu-phap.xlsx", "--ranking", "hai-nam.xlsx", "--out", "2022.docx");
    expect(of2022.stdout).toMatch(/Thứ hạng lấy từ trang «Xếp hạng 2022» của hai-nam\.xlsx: Sở Tư pháp 0\d\/05\./);
  });
});
