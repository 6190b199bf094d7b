// Scoring sheets as other programs leave them: a score given by a formula saved without its result
// (a script that does not calculate), headers typed with combining accents (NFD), rows far apart.
import { checkScoreSheet } from "../../../src/domain/workflow";
import { formatIssue } from "../../../src/domain/messages/formatIssue";
import { layoutScoreSheet } from "../../../src/domain/layout/layoutScoreSheet";
import { SCORE_COLUMNS as C } from "../../../src/domain/layout/scoreSheetColumns";
import { typeScores } from "../../helpers/scoreGrid";
import { smallTemplate } from "../../helpers/templates";

describe("checkScoreSheet on sheets other programs wrote", () => {
  const template = smallTemplate();
  const layout = layoutScoreSheet(template);

  it("names a score formula saved without a result instead of calling the item unscored", () => {
    const { values, formulas } = typeScores(layout, { "1.1": 1 });
    const r = layout.rowOf["1.1"]!;
    values[r]![C.appraised] = "";
    formulas[r]![C.appraised] = "=F7*0,5";
    const check = checkScoreSheet(template, values, { formulas, sheet: "Chấm điểm" });
    const issues = check.issues.filter((i) => i.path?.[1] === "1.1" || i.path?.[0] === "1.1");
    expect(issues.map((i) => [i.code, i.cell])).toEqual([["score_formula_no_result", "G7"]]);
    expect(formatIssue(issues[0]!)).toBe(
      "Ô G7: Điểm thẩm định của 1.1 là công thức «=F7*0,5» chưa có kết quả lưu trong tệp (tệp được ghi bằng chương trình không tính công thức): mở tệp bằng Excel hoặc LibreOffice rồi lưu lại, hoặc nhập điểm dạng số.",
    );
    expect(check.ok).toBe(false);
  });

  it("reads headers and codes typed with combining accents (NFD)", () => {
    const { values } = typeScores(layout, { "1.1": 1 });
    const nfd = values.map((row) => row.map((cell) => (typeof cell === "string" ? cell.normalize("NFD") : cell)));
    expect(nfd[4]![0]).not.toBe("Mã");
    const check = checkScoreSheet(template, nfd, {});
    expect(check.rowOf["1.1"]).toBe(layout.rowOf["1.1"]);
    expect(check.totals.items.find((i) => i.code === "1.1")?.score).toBe(100);
  });

  it("reads a sheet whose rows reach row 1 048 576 in time proportional to its cells", () => {
    const { values } = typeScores(layout, { "1.1": 1 });
    const far: unknown[][] = [...values];
    const stray: unknown[] = [];
    stray[16383] = "x";
    far[1048575] = stray;
    const check = checkScoreSheet(template, far as never, {});
    expect(check.totals.items.find((i) => i.code === "1.1")?.score).toBe(100);
  });
});
