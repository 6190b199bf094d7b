import fc from "fast-check";
import type { Grid } from "../../../src/domain/cells";
import { DEFAULT_IMPORT_ID, DEFAULT_IMPORT_NAME, importTemplateFromGrid } from "../../../src/domain/import";
import { formatPoints } from "../../../src/domain/points";
import type { Criterion, Template } from "../../../src/domain/template/schema";
import { indexTemplate, treeMax } from "../../../src/domain/template/tree";
import { arbitraryTemplate } from "../../helpers/arbitraries";
import {
  areaWordsNoHeader,
  codesTypedAsNumbers,
  romanAppendix,
  sonLaScoreTable,
} from "../../fixtures/import/pastedAppendices";

function imported(grid: Grid, options?: Parameters<typeof importTemplateFromGrid>[1]): Template {
  const result = importTemplateFromGrid(grid, options);
  if (!result.ok) throw new Error(`import failed: ${JSON.stringify(result.issues)}`);
  return result.value;
}

/** The same table without its title rows (blanked, so the cells stay where they were). */
function untitled(grid: Grid): Grid {
  const header = grid.findIndex((row) => row[0] === "STT");
  return grid.map((row, r) => (r < header ? row.map(() => null) : row));
}

/** Code → maximum, in sheet order: the shape most assertions need. */
function maxima(areas: readonly Criterion[]): [string, number][] {
  return areas.flatMap((area) => [[area.code, area.maxPoints] as [string, number], ...maxima(area.children ?? [])]);
}

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];

/**
 * A template written the way appendices are: a title, a blank row, Roman lĩnh vực, tiêu chí
 * numbered relative to them, parents' maxima left blank, "1,5 điểm" with a decimal comma, a total.
 */
function pasteTheWordWay(template: Template): Grid {
  const rows: (string | null)[][] = [["BỘ TIÊU CHÍ ĐÁNH GIÁ", null, null], [], ["STT", "Lĩnh vực, tiêu chí", "Điểm tối đa"]];
  for (const item of indexTemplate(template).items) {
    const code = item.depth === 1 ? (ROMAN[Number(item.code) - 1] ?? "?") : item.code.split(".").slice(1).join(".");
    rows.push([code, item.name, item.leaf ? `${formatPoints(item.max)} điểm` : ""]);
  }
  rows.push(["Tổng cộng", "", formatPoints(treeMax(indexTemplate(template)))]);
  return rows;
}

/** Only what a code, name and maximum table carries. */
function skeleton(areas: readonly Criterion[]): unknown[] {
  return areas.map(({ code, name, maxPoints, children }) => ({ code, name, maxPoints, children: skeleton(children ?? []) }));
}

describe("importTemplateFromGrid", () => {
  it("reads a pasted appendix with Roman lĩnh vực, a two-row header, bullet lines and a Tổng cộng row", () => {
    const result = importTemplateFromGrid(romanAppendix, { sheet: "Phụ lục" });
    expect(result.ok).toBe(true);
    expect(result.issues).toEqual([]);
    if (!result.ok) return;
    expect(result.value.areas).toEqual<Criterion[]>([
      {
        code: "1",
        name: "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH",
        maxPoints: 2.5,
        leadUnit: "Văn phòng Sở",
        coUnits: "Các phòng, đơn vị",
        children: [
          {
            code: "1.1",
            name: "Kế hoạch cải cách hành chính năm",
            maxPoints: 1.5,
            method: "tu_danh_gia",
            leadUnit: "Văn phòng Sở",
            children: [
              {
                code: "1.1.1",
                name: "Ban hành kế hoạch đúng thời hạn",
                maxPoints: 0.5,
                method: "tu_danh_gia",
                guidance: "Ban hành trước ngày 31/12 của năm trước",
              },
              {
                code: "1.1.2",
                name: "Mức độ hoàn thành kế hoạch",
                maxPoints: 1,
                method: "tu_danh_gia",
                guidance: "- Hoàn thành 100% kế hoạch (1 điểm)\n- Hoàn thành dưới 100% kế hoạch (0 điểm)",
              },
            ],
          },
          { code: "1.2", name: "Báo cáo cải cách hành chính định kỳ", maxPoints: 1, method: "tu_danh_gia", leadUnit: "Văn phòng Sở" },
        ],
      },
      {
        code: "2",
        name: "CẢI CÁCH THỦ TỤC HÀNH CHÍNH",
        maxPoints: 5,
        children: [
          {
            code: "2.1",
            name: "Công khai thủ tục hành chính",
            maxPoints: 2.25,
            method: "tu_danh_gia",
            leadUnit: "Bộ phận Một cửa",
            coUnits: "Văn phòng Sở",
          },
          {
            code: "2.2",
            name: "Mức độ hài lòng của người dân, tổ chức",
            maxPoints: 2.75,
            children: [
              { code: "2.2.1", name: "Sự phục vụ của công chức", maxPoints: 1.75, method: "dieu_tra_xhh" },
              { code: "2.2.2", name: "Kết quả giải quyết thủ tục hành chính", maxPoints: 1, method: "sipas" },
            ],
          },
        ],
      },
      {
        code: "3",
        name: "CẢI CÁCH TÀI CHÍNH CÔNG",
        maxPoints: 3,
        children: [
          {
            code: "3.1",
            name: "Thực hiện cơ chế tự chủ tài chính",
            maxPoints: 3,
            method: "dieu_tra_xhh",
            leadUnit: "Phòng Kế hoạch - Tài chính",
          },
        ],
      },
    ]);
  });

  it("names the framework by the title above the table, past the appendix's label and its «Kèm theo» line", () => {
    const titled = [["PHỤ LỤC II"], ["(Kèm theo Quyết định số 12/QĐ-UBND)"], ["Bộ chỉ số CCHC cấp xã năm 2025"], ...romanAppendix];
    expect(imported(titled)).toMatchObject({ name: "Bộ chỉ số CCHC cấp xã năm 2025", id: "bo-chi-so-cchc-cap-xa-nam-2025" });
    expect(imported(romanAppendix)).toMatchObject({ name: "BỘ TIÊU CHÍ XÁC ĐỊNH CHỈ SỐ CẢI CÁCH HÀNH CHÍNH CỦA CÁC SỞ, BAN, NGÀNH" });
    expect(imported(romanAppendix, { meta: { name: "Tên đã cho" } }).name).toBe("Tên đã cho");
  });

  it("fills the default metadata: id, name, the sheet as source, level sở and the areas' total as scale", () => {
    const template = imported(untitled(romanAppendix), { sheet: "Phụ lục" });
    expect(template).toMatchObject({
      schemaVersion: 1,
      id: DEFAULT_IMPORT_ID,
      name: DEFAULT_IMPORT_NAME,
      source: "Bảng dán vào trang Phụ lục",
      level: "so",
      scale: 10.5,
    });
    expect(template).not.toHaveProperty("years");
    expect(imported(sonLaScoreTable).source).toBe("Bảng dán vào trang tính");
  });

  it("takes the metadata it is given, and derives the id from a given name", () => {
    const meta = {
      id: "son-la-2021",
      name: "Chỉ số CCHC Văn phòng UBND tỉnh Sơn La",
      shortName: "VPUB Sơn La",
      source: "Kế hoạch khắc phục 2021",
      sourceUrl: "https://example.invalid/ke-hoach",
      level: "tinh" as const,
      scale: 100,
      years: [2021],
      description: "Bảng điểm theo lĩnh vực.",
    };
    expect(imported(sonLaScoreTable, { meta })).toMatchObject(meta);
    expect(imported(sonLaScoreTable, { meta: { name: "Bộ chỉ số Sở Nội vụ 2024" } }).id).toBe("bo-chi-so-so-noi-vu-2024");
    expect(imported(sonLaScoreTable, { meta: { name: "—" } }).id).toBe(DEFAULT_IMPORT_ID);
  });

  it("reads the seed's score table: eight lĩnh vực from 11,5 to 16,5 that add up to exactly 100", () => {
    const template = imported(sonLaScoreTable);
    expect(maxima(template.areas)).toEqual([
      ["1", 11.5],
      ["2", 12],
      ["3", 15.5],
      ["4", 11],
      ["5", 13.5],
      ["6", 10],
      ["7", 16.5],
      ["8", 10],
    ]);
    expect(template.scale).toBe(100);
    expect(template.areas[1]?.name).toBe("Xây dựng và tổ chức thực hiện hệ thống văn bản quy phạm pháp luật");
  });

  it("reads “Lĩnh vực 1” and “LĨNH VỰC II” codes in a table without a header, keeping absolute tiêu chí codes", () => {
    const template = imported(areaWordsNoHeader);
    expect(maxima(template.areas)).toEqual([
      ["1", 3.5],
      ["1.1", 1.5],
      ["1.2", 2],
      ["2", 3],
      ["2.1", 3],
    ]);
    expect(template.areas.map((area) => area.name)).toEqual(["Công tác chỉ đạo điều hành", "Cải cách thể chế"]);
  });

  it("reads codes typed as numbers (1.1 is “1.1”) and codes with spaces around them", () => {
    const template = imported(codesTypedAsNumbers);
    expect(maxima(template.areas)).toEqual([
      ["1", 4],
      ["1.1", 1.5],
      ["1.2", 2.5],
      ["2", 3.25],
      ["2.1", 3.25],
      ["3", 2],
    ]);
  });

  it.each([
    ["1.2.", "1.2"],
    ["1.2. ", "1.2"],
    [" 1.2 ", "1.2"],
    ["1.2)", "1.2"],
    [1.2, "1.2"],
    ["I.2", "1.2"],
  ])("reads the tiêu chí code %p as %p", (written, code) => {
    const template = imported([
      ["1", "Công tác chỉ đạo", ""],
      [written, "Kiểm tra", 2],
    ]);
    expect(template.areas[0]?.children?.[0]?.code).toBe(code);
  });

  it.each([
    ["1,5", 1.5],
    ["1.5", 1.5],
    ["1,5 điểm", 1.5],
    ["1,5đ", 1.5],
    [" 2 ", 2],
    [0.25, 0.25],
    ["3, 61", 3.61],
    [0.1 + 0.2, 0.3],
  ])("reads the maximum %p as %p points", (written, maxPoints) => {
    expect(imported([["1", "Công tác chỉ đạo", written]]).areas[0]?.maxPoints).toBe(maxPoints);
  });

  it("sums a blank lĩnh vực maximum exactly from its tiêu chí (0,1 + 0,2 is 0,3)", () => {
    const template = imported([
      ["1", "Công tác chỉ đạo", null],
      ["1.1", "Kế hoạch", 0.1],
      ["1.2", "Báo cáo", "0,2"],
    ]);
    expect(template.areas[0]?.maxPoints).toBe(0.3);
  });

  it("keeps a lĩnh vực written only in the name cell, and one merged across the code and name cells", () => {
    const template = imported([
      ["TT", "Nội dung", "Điểm tối đa"],
      ["", "Lĩnh vực 1: Công tác chỉ đạo điều hành", ""],
      ["1.1", "Kế hoạch", 1],
      ["II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "", ""],
      ["1", "Công khai thủ tục", 2],
    ]);
    expect(template.areas.map(({ code, name, maxPoints }) => ({ code, name, maxPoints }))).toEqual([
      { code: "1", name: "Công tác chỉ đạo điều hành", maxPoints: 1 },
      { code: "2", name: "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", maxPoints: 2 },
    ]);
    expect(template.areas[1]?.children?.[0]?.code).toBe("2.1");
  });

  it("finds the columns from their cells when the header names only some of them, in any order", () => {
    const template = imported([
      ["Điểm chuẩn", "", "Nội dung đánh giá", "Ghi chú"],
      [3, "1", "Công tác chỉ đạo điều hành", ""],
      [1, "1.1", "Kế hoạch", "mới"],
      [2, "1.2", "Kiểm tra", ""],
    ]);
    expect(maxima(template.areas)).toEqual([
      ["1", 3],
      ["1.1", 1],
      ["1.2", 2],
    ]);
  });

  it("finds a method column without a header from the methods written in it", () => {
    const template = imported([
      ["1", "Công tác chỉ đạo", "", ""],
      ["1.1", "Kế hoạch", 1, "Tự đánh giá"],
      ["1.2", "Sự hài lòng", 2, "ĐTXHH"],
    ]);
    expect(template.areas[0]?.children?.map((c) => c.method)).toEqual(["tu_danh_gia", "dieu_tra_xhh"]);
  });

  it("matches headers without accents or in capitals, and reads the “Không áp dụng” column", () => {
    const template = imported([
      ["MA SO", "TEN TIEU CHI", "DIEM TOI DA", "DON VI CHU TRI", "CO QUAN PHOI HOP", "HUONG DAN", "KHONG AP DUNG"],
      ["1", "Cải cách thủ tục hành chính", 2, "Sở Tư pháp", "Văn phòng", "Theo hướng dẫn\n\n  của Bộ  ", "x"],
      ["2", "Cải cách tài chính công", 1, "", "", "", "không"],
    ]);
    expect(template.areas).toEqual([
      {
        code: "1",
        name: "Cải cách thủ tục hành chính",
        maxPoints: 2,
        guidance: "Theo hướng dẫn\ncủa Bộ",
        leadUnit: "Sở Tư pháp",
        coUnits: "Văn phòng",
        allowNotApplicable: true,
      },
      { code: "2", name: "Cải cách tài chính công", maxPoints: 1 },
    ]);
  });

  it("reads Word's decomposed (NFD) Vietnamese and stores names in NFC", () => {
    const nfd = (text: string) => text.normalize("NFD");
    const template = imported([
      [nfd("Mã"), nfd("Nội dung"), nfd("Điểm tối đa")],
      ["1", nfd("Cải cách thủ tục hành chính"), nfd("1,5 điểm")],
    ]);
    expect(template.areas[0]).toEqual({ code: "1", name: "Cải cách thủ tục hành chính", maxPoints: 1.5 });
  });

  it("joins a name pasted over several lines into one line", () => {
    expect(imported([["1", "Cải cách\n  thủ tục   hành chính", 2]]).areas[0]?.name).toBe("Cải cách thủ tục hành chính");
  });

  it("skips a header repeated on the next page of the Word table and a column-numbering row under it", () => {
    const template = imported([
      ["TT", "Nội dung", "Điểm tối đa"],
      ["1", "Công tác chỉ đạo", 1],
      ["TT", "Nội dung", "Điểm tối đa"],
      ["1", "2", "3"],
      ["2", "Cải cách thể chế", 2],
    ]);
    expect(maxima(template.areas)).toEqual([
      ["1", 1],
      ["2", 2],
    ]);
  });

  it("warns about a row it skips below the items, but not about titles above them", () => {
    const result = importTemplateFromGrid(
      [
        ["BẢNG TIÊU CHÍ", null, null],
        ["1", "Công tác chỉ đạo", 1],
        ["B", "ĐIỀU TRA XÃ HỘI HỌC", "3"],
        ["2", "Sự hài lòng", 3],
        ["Ghi chú: điểm làm tròn hai chữ số", null, null],
      ],
      { sheet: "Nhập" },
    );
    expect(result.ok).toBe(true);
    expect(result.issues).toEqual([
      { code: "import_row_skipped", severity: "warning", sheet: "Nhập", cell: "B3", text: "ĐIỀU TRA XÃ HỘI HỌC" },
      { code: "import_row_skipped", severity: "warning", sheet: "Nhập", cell: "A5", text: "Ghi chú: điểm làm tròn hai chữ số" },
    ]);
  });

  it("shortens the text of a long skipped row to 80 characters", () => {
    const long = "Ghi chú: ".padEnd(200, "x");
    const result = importTemplateFromGrid([
      ["1", "Công tác chỉ đạo", 1],
      [null, long, null],
    ]);
    const text = result.issues[0]?.code === "import_row_skipped" ? result.issues[0].text : "";
    expect(text).toHaveLength(80);
    expect(text.endsWith("…")).toBe(true);
  });

  it.each(["Tổng cộng", "TỔNG ĐIỂM (I+II+III)", "Cộng", "Tổng", "Tổng cộng: 100 điểm", "tổng số điểm"])(
    "skips the total row %p silently",
    (label) => {
      const result = importTemplateFromGrid([
        ["1", "Công tác chỉ đạo điều hành", 1],
        ["2", "Cải cách thủ tục hành chính", 1],
        [label, "", 2],
      ]);
      expect(result).toMatchObject({ ok: true, issues: [] });
    },
  );

  it("reads an item named like a total when it has a code (“Tổng kết” is not “Tổng cộng”)", () => {
    const result = importTemplateFromGrid([
      ["1", "Công tác chỉ đạo", 1],
      ["", "Tổng hợp, báo cáo", 1],
      ["2", "Tổng kết công tác cải cách", 1],
    ]);
    expect(result.ok).toBe(true);
    expect(result.ok && result.value.areas.map((area) => area.name)).toEqual(["Công tác chỉ đạo", "Tổng kết công tác cải cách"]);
    expect(result.issues.map((issue) => issue.code)).toEqual(["import_row_skipped"]);
  });

  it("numbers tiêu chí under a Roman lĩnh vực relatively when any is a bare number, absolutely otherwise", () => {
    const template = imported([
      ["I", "Lĩnh vực một", ""],
      ["1", "Tiêu chí", ""],
      ["1.1", "Thành phần", 1],
      ["II", "Lĩnh vực hai", ""],
      ["2.1", "Tiêu chí", ""],
      ["2.1.1", "Thành phần", 2],
    ]);
    expect(maxima(template.areas).map(([code]) => code)).toEqual(["1", "1.1", "1.1.1", "2", "2.1", "2.1.1"]);
  });

  it("reads any generated tree written the Word way: Roman lĩnh vực, relative codes, blank parent maxima", () => {
    fc.assert(
      fc.property(arbitraryTemplate(), (template) => {
        const result = importTemplateFromGrid(pasteTheWordWay(template));
        expect(result.issues).toEqual([]);
        expect(result.ok && skeleton(result.value.areas)).toEqual(skeleton(template.areas));
      }),
      { numRuns: 100 },
    );
  });
});
