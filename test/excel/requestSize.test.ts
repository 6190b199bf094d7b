// Writes larger than Excel on the web's 5 MB request limit go out in several requests: big row
// blocks are split into range writes, and the batch is synced when it would pass ~4 MB, so the
// number of syncs grows with the payload, not with the number of items.
import { layoutScoreSheet } from "../../src/domain/layout/layoutScoreSheet";
import { layoutFormulas } from "../../src/excel/sheets/writeLayout";
import { splitRows, RANGE_WRITE_BYTES, payloadBytes } from "../../src/excel/host/requestBudget";
import { FakeOfficeError, WEB_REQUEST_LIMIT_BYTES, type FakeRequestContext } from "../helpers/fakeExcel";
import { fakeHost, operationsOn, templateWithItems } from "../helpers/excelHost";

// About 1 300 bytes of Vietnamese guidance per item: 5 000 items make a sheet of more than 6 MB.
const LONG_GUIDANCE = "Chấm điểm theo mức độ hoàn thành nhiệm vụ, căn cứ tài liệu kiểm chứng. ".repeat(14);

describe("writes above the 5 MB request limit", () => {
  const template = templateWithItems(5000, { guidance: LONG_GUIDANCE });
  const layout = layoutScoreSheet(template, { year: 2024 });
  const block = layoutFormulas(layout);

  it("are more than one request could carry", () => {
    expect(payloadBytes(block)).toBeGreaterThan(WEB_REQUEST_LIMIT_BYTES);
  });

  it("would be refused by Excel on the web if sent as one range write", async () => {
    const host = fakeHost();
    const write = host.run(async (context: FakeRequestContext) => {
      context.workbook.worksheets.getItem("Sheet1").getRange(`A1:O${block.length}`).formulas = block;
      await context.sync();
    });
    await expect(write).rejects.toMatchObject({ name: "RichApi.Error", code: "RequestPayloadSizeLimitExceeded" });
    await expect(write).rejects.toBeInstanceOf(FakeOfficeError);
  });

  it("go out in requests under the limit, with syncs added for payload only, and the sheet is complete", async () => {
    const host = fakeHost();
    const count = host.countSyncs();
    const result = await operationsOn(host).loadTemplate({ template, year: 2024 });
    const syncs = count();
    const requests = host.requests.slice(-syncs);
    const total = requests.reduce((sum, request) => sum + request.bytes, 0);
    expect(Math.max(...requests.map((request) => request.bytes))).toBeLessThanOrEqual(WEB_REQUEST_LIMIT_BYTES);
    // The four syncs of any load into a fresh workbook, plus about one per 4 MB written: each sync
    // but the last is full but for less than one range write (the next one did not fit).
    expect(syncs).toBeGreaterThan(4);
    expect(syncs).toBeLessThanOrEqual(4 + Math.ceil(total / (4 * 1024 * 1024 - RANGE_WRITE_BYTES)));

    const writes = host.writesTo(result.sheetName, "formulas");
    expect(writes.length).toBeGreaterThan(1);
    let next = 1;
    for (const write of writes) {
      const [, first, last] = /^A(\d+):T(\d+)$/.exec(write.address)!;
      expect(Number(first)).toBe(next);
      expect(write.block).toEqual(block.slice(next - 1, Number(last)));
      next = Number(last) + 1;
    }
    expect(next - 1).toBe(block.length);
    expect(host.workbook.get(result.sheetName).formulaGrid(block.length, 20)).toEqual(block);
  });

  it("stay in the usual four syncs for 5 000 items of ordinary text", async () => {
    const host = fakeHost();
    const count = host.countSyncs();
    await operationsOn(host).loadTemplate({ template: templateWithItems(5000), year: 2024 });
    expect(count()).toBe(4);
  });
});

describe("splitRows", () => {
  it("cuts a block into consecutive pieces of at most the given size", () => {
    const rows = Array.from({ length: 10 }, (_, i) => [`hàng ${i}`, "x".repeat(100)]);
    const pieces = splitRows(rows, 400);
    expect(pieces.map((piece) => [piece.offset, piece.rows.length])).toEqual([
      [0, 3],
      [3, 3],
      [6, 3],
      [9, 1],
    ]);
    for (const piece of pieces) expect(piece.bytes).toBeLessThanOrEqual(400);
    expect(pieces.flatMap((piece) => piece.rows)).toEqual(rows);
  });

  it("keeps a block under the range-write size in one piece and puts an oversized row alone", () => {
    expect(splitRows([["a"], ["b"]])).toHaveLength(1);
    expect(splitRows([["a"], ["x".repeat(RANGE_WRITE_BYTES)], ["b"]]).map((piece) => piece.rows.length)).toEqual([1, 1, 1]);
  });
});
