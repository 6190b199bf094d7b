// Every OfficeExtension.Error is caught in one place and becomes a HostError named by its code,
// with a message for staff in Vietnamese (English when Office is in another language).
import { HANDLED_ERROR_CODES, HostError } from "../../src/excel/host/hostError";
import { officeJsRuntime } from "../helpers/officeJsRuntime";
import { createWorkbookOperations } from "../../src/excel/host/createWorkbookOperations";
import { fakeHost, operationsOn } from "../helpers/excelHost";
import { seed001Template } from "../helpers/seed001";

async function seededHost() {
  const host = fakeHost();
  await operationsOn(host).loadTemplate({ template: seed001Template(), year: 2021 });
  return host;
}

describe("Excel's errors as HostError", () => {
  it.each([
    ["InvalidOperationInCellEditMode", "cellEditMode", "Hãy thoát khỏi chế độ sửa ô (nhấn Enter hoặc Esc) rồi thử lại."],
    ["AccessDenied", "protected", "Trang tính hoặc sổ làm việc đang được bảo vệ"],
    ["ItemNotFound", "itemMissing", "Không tìm thấy trang tính «VPUB Sơn La 2021»"],
    ["InvalidReference", "itemMissing", "Không tìm thấy trang tính «VPUB Sơn La 2021»"],
    ["RequestPayloadSizeLimitExceeded", "payloadTooLarge", "vượt giới hạn của một lần gửi"],
    ["ResponsePayloadSizeLimitExceeded", "payloadTooLarge", "vượt giới hạn của một lần gửi"],
    ["RangeExceedsLimit", "payloadTooLarge", "vượt giới hạn của một lần gửi"],
    ["GeneralException", "general", "Excel gặp lỗi chung"],
    ["InvalidArgument", "invalidArgument", "mã lỗi InvalidArgument"],
    ["InvalidOperation", "invalidArgument", "mã lỗi InvalidOperation"],
    ["ApiNotFound", "apiMissing", "Phiên bản Excel này chưa hỗ trợ"],
    ["ApiNotAvailable", "apiMissing", "Phiên bản Excel này chưa hỗ trợ"],
    ["NotImplemented", "apiMissing", "Phiên bản Excel này chưa hỗ trợ"],
    ["Conflict", "conflict", "Sổ làm việc vừa bị thay đổi cùng lúc"],
    ["ItemAlreadyExists", "conflict", "Đã có trang tính trùng tên"],
    ["RequestAborted", "network", "Mất kết nối với Excel"],
    ["ServiceNotAvailable", "unavailable", "Excel đang quá tải hoặc thiếu bộ nhớ"],
    ["MemoryLimitReached", "unavailable", "Excel đang quá tải hoặc thiếu bộ nhớ"],
    ["InvalidSelection", "invalidSelection", "Hãy chọn một vùng ô"],
    ["FormulaLengthExceedsLimit", "formulaTooLong", "mã lỗi FormulaLengthExceedsLimit"],
    ["UnsupportedSheet", "unsupportedSheet", "trang biểu đồ hoặc trang macro"],
    ["SomethingExcelAddsLater", "unknown", "Excel báo lỗi (mã SomethingExcelAddsLater)"],
  ])("maps %s to %s", async (code, kind, message) => {
    const host = await seededHost();
    // Jumping to a cell is one request that reads nothing, so the code reaches staff unchanged.
    host.failSync(code);
    const error = await operationsOn(host).selectCell("VPUB Sơn La 2021", "G14").catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(HostError);
    expect(error).toMatchObject({ name: "HostError", kind: kind === "itemMissing" ? "sheetMissing" : kind, code, action: "selectCell" });
    expect((error as HostError).message).toContain(message);
    expect((error as HostError).cause).toMatchObject({ name: "RichApi.Error", code });
  });

  it("knows only codes Excel documents, each in office.js's own Excel.ErrorCodes or the documented table", () => {
    // "Error codes and messages", learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling:
    // the codes of the application-specific APIs that are not in Excel.ErrorCodes.
    const documentedCommon = [
      "AccessDenied", "ActivityLimitReached", "ApiNotAvailable", "ApiNotFound", "BadPassword", "Conflict", "ContentLengthRequired",
      "GeneralException", "HostRestartNeeded", "InsertDeleteConflict", "InvalidArgument", "InvalidBinding", "InvalidOperation",
      "InvalidReference", "InvalidRequest", "InvalidRibbonDefinition", "InvalidSelection", "ItemAlreadyExists", "ItemNotFound",
      "MemoryLimitReached", "NotImplemented", "RequestAborted", "RequestPayloadSizeLimitExceeded", "ResponsePayloadSizeLimitExceeded",
      "ServiceNotAvailable", "Unauthenticated", "UnsupportedFeature", "UnsupportedOperation",
    ];
    const excelCodes = Object.values(officeJsRuntime().Excel.ErrorCodes);
    const known = new Set([...documentedCommon, ...excelCodes]);
    expect(HANDLED_ERROR_CODES.filter((code) => !known.has(code))).toEqual([]);
    // …and every code the issue tracker and the docs name for what the add-in does has a kind.
    for (const code of ["InvalidOperation", "InvalidReference", "RangeExceedsLimit", "FormulaLengthExceedsLimit", "MemoryLimitReached",
      "ServiceNotAvailable", "NotImplemented", "UnsupportedSheet", "ApiNotAvailable"]) {
      expect(HANDLED_ERROR_CODES).toContain(code);
    }
  });

  it("answers cell-edit mode in the very words staff need, in the first sync of an action", async () => {
    const host = fakeHost();
    host.failSync("InvalidOperationInCellEditMode");
    await expect(operationsOn(host).loadTemplate({ template: seed001Template() })).rejects.toMatchObject({
      kind: "cellEditMode",
      message: "Hãy thoát khỏi chế độ sửa ô (nhấn Enter hoặc Esc) rồi thử lại.",
    });
    expect(host.workbook.sheets.map((sheet) => sheet.name)).toEqual(["Sheet1"]);
  });

  it("tells staff to unprotect a protected scoring sheet when a text score cannot be converted", async () => {
    const host = await seededHost();
    // G15: the appraised score of 4.1.
    host.workbook.typeInto("VPUB Sơn La 2021", "G15", [["3,61"]]);
    host.workbook.get("VPUB Sơn La 2021").protected = true;
    await expect(operationsOn(host).checkScores({})).rejects.toMatchObject({ kind: "protected", code: "AccessDenied" });
  });

  it("names Excel on the web's 5 MB limit only on the web", async () => {
    for (const [platform, mentioned] of [["OFFICE_ONLINE", true], ["PC", false]] as const) {
      const host = await seededHost();
      host.failSync("RequestPayloadSizeLimitExceeded");
      const error = (await operationsOn(host, { platform }).selectCell("VPUB Sơn La 2021", "A1").catch((thrown: unknown) => thrown)) as HostError;
      expect(error.message.includes("Excel trên web: 5 MB")).toBe(mentioned);
    }
  });

  it("speaks English when Office does, and keeps both texts", async () => {
    const host = fakeHost();
    host.failSync("InvalidOperationInCellEditMode");
    const error = (await operationsOn(host, { language: "en" }).getState().catch((thrown: unknown) => thrown)) as HostError;
    expect(error.message).toBe("Leave cell editing (press Enter or Esc), then try again.");
    expect(error.messages.vi).toBe("Hãy thoát khỏi chế độ sửa ô (nhấn Enter hoặc Esc) rồi thử lại.");
  });

  it("lets errors that are not Excel's through unchanged", async () => {
    const bug = new TypeError("a bug, not Excel");
    const operations = createWorkbookOperations({
      run: async () => {
        throw bug;
      },
      isSetSupported: () => true,
      language: () => "vi",
      platform: async () => null,
    });
    await expect(operations.getState()).rejects.toBe(bug);
  });

  it("reports a property read without load as an error with its code, not as success", async () => {
    const host = fakeHost();
    const run = host.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- the mistake this test checks
      return sheet.name;
    });
    await expect(run).rejects.toMatchObject({ name: "RichApi.Error", code: "PropertyNotLoaded" });
  });
});
