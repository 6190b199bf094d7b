// The document's gaps lead to the cells to fill: a lĩnh vực's remedy in the plan sheet (found by
// its header, wherever staff moved the rows), the signer in the fields sheet (found by its label).
import { cellAddress } from "../../../src/domain/cells";
import { defaultDocumentFields } from "../../../src/domain/document/documentFields";
import { fieldValueCell, locateDocumentIssues, planRemedyCell } from "../../../src/domain/document/documentIssueCells";
import { makeIssue } from "../../../src/domain/issues";
import { layoutDocumentFieldsSheet } from "../../../src/domain/layout/layoutDocumentFieldsSheet";
import { PLAN_HEADERS } from "../../../src/domain/layout/planSheetColumns";
import { isFormulaCell, type LayoutCell } from "../../../src/domain/layout/sheetLayout";

const values = (cells: LayoutCell[][]) => cells.map((row) => row.map((cell) => (cell === null || isFormulaCell(cell) ? "" : cell)));
const plan = [
  ["KẾ HOẠCH"],
  [],
  ["", PLAN_HEADERS.code, "", "", "", "", "", PLAN_HEADERS.remedy],
  ["1", "5", "Cải cách công vụ"],
  ["", "5.1", "Đánh giá công chức"],
];

describe("locateDocumentIssues", () => {
  it("takes a missing remedy to the lĩnh vực's remedy cell, below the plan's header", () => {
    expect(planRemedyCell(plan, "5")).toBe("H4");
    expect(planRemedyCell(plan, "5.1")).toBe("H5");
    expect(planRemedyCell(plan, "6")).toBeNull();
    const [issue] = locateDocumentIssues([makeIssue("document_remedy_missing", "warning", { itemCode: "5", name: "Cải cách công vụ" })], {
      plan: { name: "Kế hoạch khắc phục 2021", values: plan },
    });
    expect(issue).toMatchObject({ sheet: "Kế hoạch khắc phục 2021", cell: "H4" });
  });

  it("takes a missing signer to the signer's title, or to the name when the title is there", () => {
    const fields = defaultDocumentFields({ unit: "Sở Nội vụ", year: 2021 });
    const layout = layoutDocumentFieldsSheet(fields);
    const signer = makeIssue("document_signer_missing", "warning", {});
    const titleCell = cellAddress(layout.rowOf.signerTitle, 1);
    expect(locateDocumentIssues([signer], { fields: { name: "TT", values: values(layout.cells) } })[0]).toMatchObject({ sheet: "TT", cell: titleCell });
    const titled = layoutDocumentFieldsSheet({ ...fields, signerTitle: "GIÁM ĐỐC" });
    expect(locateDocumentIssues([signer], { fields: { name: "TT", values: values(titled.cells) } })[0]).toMatchObject({
      cell: cellAddress(layout.rowOf.signerName, 1),
    });
    expect(fieldValueCell([["x"], ["", "HỌ VÀ TÊN NGƯỜI KÝ", "Lê C"]], "signerName")).toEqual({ row: 1, column: 2 });
  });

  it("leaves an issue without a sheet to point at as it is", () => {
    const issue = makeIssue("document_remedy_missing", "warning", { itemCode: "5", name: "Cải cách công vụ" });
    expect(locateDocumentIssues([issue], {})).toEqual([issue]);
  });
});
