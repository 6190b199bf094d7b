// A layout cell longer than Excel keeps (32 767 characters) is found by the core before anything
// is sent, and reaches staff as a HostError naming the sheet and cell, in their language, with the
// workbook untouched — not as an unexpected error with English detail.
import { cellAddress } from "../../src/domain/cells";
import { layoutScoreSheet } from "../../src/domain/layout/layoutScoreSheet";
import { SCORE_COLUMNS } from "../../src/domain/layout/scoreSheetColumns";
import { HostError } from "../../src/excel/host/hostError";
import { fakeHost, operationsOn } from "../helpers/excelHost";
import { seed001Template } from "../helpers/seed001";
import { fingerprint } from "../helpers/workbookFingerprint";

/** Seed 001's template with one item's scoring guidance (column N) past Excel's limit. */
function templateWithLongGuidance() {
  const template = seed001Template();
  const areas = template.areas.map((area) => (area.code === "2" ? { ...area, guidance: "Đ".repeat(40_000) } : area));
  return { ...template, areas };
}

describe("a cell past Excel's 32 767 characters", () => {
  it.each([
    ["vi", "Có ô dài hơn mức Excel giữ được", "Trang «VPUB Sơn La 2021», ô", "Nội dung dài 40.000 ký tự", "32.767"],
    ["en", "A cell holds more text than Excel keeps", 'Sheet "VPUB Sơn La 2021", cell', "40000 characters long", "32767"],
  ] as const)("is refused before anything is written, in %s, naming the sheet and the cell", async (language, opening, where, length, limit) => {
    const host = fakeHost();
    const before = fingerprint(host);
    const template = templateWithLongGuidance();
    const error = await operationsOn(host, { language })
      .loadTemplate({ template, year: 2021 })
      .catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(HostError);
    const cell = cellAddress(layoutScoreSheet(template, { year: 2021 }).rowOf["2"]!, SCORE_COLUMNS.guidance);
    expect(error).toMatchObject({ kind: "cellTextTooLong", action: "loadTemplate", code: null });
    const message = (error as HostError).message;
    for (const part of [opening, `${where} ${cell}`, length, limit]) expect(message).toContain(part);
    // Only the snapshot's reads went to Excel.
    expect(host.writes).toEqual([]);
    expect(host.callsOf("addSheet")).toEqual([]);
    expect(fingerprint(host)).toEqual(before);
  });

  it("names the first five cells and counts the rest", async () => {
    const template = seed001Template();
    const areas = template.areas.map((area) => ({ ...area, guidance: "Đ".repeat(33_000) }));
    const error = await operationsOn(fakeHost())
      .loadTemplate({ template: { ...template, areas }, year: 2021 })
      .catch((thrown: unknown) => thrown);
    const message = (error as HostError).message;
    expect(message.match(/Trang «VPUB Sơn La 2021», ô N\d+:/g)).toHaveLength(5);
    expect(message).toMatch(/và 3 ô khác\.$/);
  });
});
