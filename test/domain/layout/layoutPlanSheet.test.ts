import { layoutPlanSheet, NO_SHORTCOMINGS, SECTION_TITLES } from "../../../src/domain/layout/layoutPlanSheet";
import { readPlanSheet } from "../../../src/domain/layout/readPlanSheet";
import type { LayoutCell } from "../../../src/domain/layout/sheetLayout";
import type { RemediationPlan } from "../../../src/domain/plan/remediationPlan";

const fields = (remedy = "", leadUnit = "Văn phòng") => ({ remedy, leadUnit, coUnits: "", timeFrame: "Thường xuyên", note: "" });
const plan: RemediationPlan = {
  unit: "Sở Nội vụ",
  year: 2025,
  summary: [
    { code: "1", name: "Chỉ đạo điều hành", max: 300, score: 250, note: -50 },
    { code: "2", name: "Thủ tục hành chính", max: 400, score: 400, note: 0 },
  ],
  total: { max: 700, score: 650, lostPoints: 50 },
  sections: [
    {
      area: { kind: "area", stt: "I", code: "1", name: "Chỉ đạo điều hành", shortcoming: "Tổng điểm trừ là 0,5 điểm", max: 300, score: 250, lostPoints: 50, fields: fields("=Giải pháp chung") },
      items: [
        { kind: "item", stt: "1", code: "1.2", name: "Kiểm tra", shortcoming: "Kiểm tra đạt 1,5/2 điểm (trừ 0,5 điểm)", max: 200, score: 150, lostPoints: 50, fields: fields("-Tăng cường kiểm tra") },
      ],
      paragraph: "",
    },
  ],
  keptAside: [{ code: "2.1", name: "Cũ", fields: fields("Giữ lại") }],
  staffRows: [],
};

const rowText = (row: readonly LayoutCell[] | undefined) => (row ?? []).filter((c) => c !== null);

describe("layoutPlanSheet", () => {
  const layout = layoutPlanSheet(plan);

  it("prints the seed's summary table with Tổng cộng", () => {
    expect(layout.cells.slice(0, 9).map(rowText)).toEqual([
      ["KẾ HOẠCH KHẮC PHỤC TỒN TẠI, HẠN CHẾ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2025"],
      ["Đơn vị: Sở Nội vụ"],
      [],
      [SECTION_TITLES.summary],
      ["TT", "Nội dung", "Điểm tối đa", "Điểm đạt", "Ghi chú"],
      ["1", "Chỉ đạo điều hành", 3, 2.5, -0.5],
      ["2", "Thủ tục hành chính", 4, 4, 0],
      ["", "Tổng cộng", 7, 6.5, -0.5],
      [],
    ]);
    expect(layout.name).toBe("Kế hoạch khắc phục 2025");
  });

  it("writes a row per lĩnh vực and per shortcoming, staff text as literal text", () => {
    const header = layout.planHeaderRow;
    expect(layout.cells[header]).toEqual([
      "STT", "Mã", "Lĩnh vực / tiêu chí", "Tồn tại, hạn chế", "Điểm tối đa", "Điểm đạt", "Điểm bị trừ",
      "Nhiệm vụ, giải pháp khắc phục", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện", "Ghi chú",
    ]);
    expect(layout.cells[header + 1]).toEqual(["I", "1", "Chỉ đạo điều hành", "Tổng điểm trừ là 0,5 điểm", 3, 2.5, 0.5, "=Giải pháp chung", "Văn phòng", null, "Thường xuyên", null]);
    expect(layout.cells[header + 2]![7]).toBe("-Tăng cường kiểm tra");
    expect(layout.numberFormats).toContainEqual({ range: `H${header + 2}:L${layout.cells.length}`, format: "@" });
  });

  it("keeps aside text of items that no longer lose points in section III", () => {
    expect(layout.cells.some((r) => r[0] === SECTION_TITLES.keptAside)).toBe(true);
    expect(layout.cells[layout.rowOf["2.1"]!]!.slice(1, 4)).toEqual(["2.1", "Cũ", "Không còn bị trừ điểm"]);
  });

  it("says so when nothing lost points", () => {
    const clean = layoutPlanSheet({ ...plan, sections: [], keptAside: [], staffRows: [] });
    expect(clean.cells.some((r) => r.includes(NO_SHORTCOMINGS))).toBe(true);
  });

  it("prints A4 landscape with the plan header repeated", () => {
    expect(layout.print).toEqual({ orientation: "landscape", paper: "A4", fitToWidth: true, repeatRows: { first: layout.planHeaderRow + 1, last: layout.planHeaderRow + 1 } });
  });
});

describe("readPlanSheet", () => {
  it("reads back what staff wrote, by code, from the plan and the kept-aside rows", () => {
    const grid = layoutPlanSheet(plan).cells.map((row) => row.map((c) => (typeof c === "object" && c !== null ? "" : c)));
    const entries = readPlanSheet(grid);
    expect([...entries.keys()]).toEqual(["1", "1.2", "2.1"]);
    expect(entries.get("1.2")).toEqual({ name: "Kiểm tra", fields: { remedy: "-Tăng cường kiểm tra", leadUnit: "Văn phòng", coUnits: "", timeFrame: "Thường xuyên", note: "" } });
  });

  it("finds columns by their header when staff moved them", () => {
    const grid = [
      ["Ghi chú", "Nhiệm vụ, giải pháp khắc phục", "Mã", "Lĩnh vực / tiêu chí"],
      ["xem lại", "Làm ngay", "3.1", "Tiêu chí"],
      [null, "không có mã", "", ""],
    ];
    expect(readPlanSheet(grid)).toEqual(new Map([["3.1", { name: "Tiêu chí", fields: { remedy: "Làm ngay", note: "xem lại" } }]]));
  });

  it("reads nothing from a sheet without the plan header", () => {
    expect(readPlanSheet([["Mã", "Tên"], ["1", "A"]]).size).toBe(0);
  });
});
