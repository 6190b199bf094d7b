// Every OfficeExtension.Error is caught in one place and becomes a HostError named by its code,
// with a message for staff in Vietnamese (English when Office is in another language).
import { HostError } from "../../src/excel/hostError";
import { createWorkbookOperations } from "../../src/excel/createWorkbookOperations";
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
    ["ItemNotFound", "itemMissing", "Không tìm thấy trang tính hoặc vùng ô cần dùng"],
    ["RequestPayloadSizeLimitExceeded", "payloadTooLarge", "vượt giới hạn của một lần gửi"],
    ["ResponsePayloadSizeLimitExceeded", "payloadTooLarge", "vượt giới hạn của một lần gửi"],
    ["PayloadTooLarge", "payloadTooLarge", "vượt giới hạn của một lần gửi"],
    ["GeneralException", "general", "Excel gặp lỗi chung"],
    ["InvalidArgument", "invalidArgument", "mã lỗi InvalidArgument"],
    ["ApiNotFound", "apiMissing", "Phiên bản Excel này chưa hỗ trợ"],
    ["Conflict", "conflict", "Sổ làm việc vừa bị thay đổi cùng lúc"],
    ["ItemAlreadyExists", "conflict", "Đã có trang tính trùng tên"],
    ["ConnectionFailure", "network", "Mất kết nối với Excel"],
    ["Timeout", "network", "Mất kết nối với Excel"],
    ["InvalidSelection", "invalidSelection", "Hãy chọn một vùng ô"],
    ["SomethingExcelAddsLater", "unknown", "Excel báo lỗi (mã SomethingExcelAddsLater)"],
  ])("maps %s to %s", async (code, kind, message) => {
    const host = await seededHost();
    host.failSync(code, { afterSyncs: 1 });
    const error = await operationsOn(host).checkScores({}).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(HostError);
    expect(error).toMatchObject({ name: "HostError", kind, code, action: "checkScores" });
    expect((error as HostError).message).toContain(message);
    expect((error as HostError).cause).toMatchObject({ name: "RichApi.Error", code });
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
      host.failSync("RequestPayloadSizeLimitExceeded", { afterSyncs: 1 });
      const error = (await operationsOn(host, { platform }).checkScores({}).catch((thrown: unknown) => thrown)) as HostError;
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
      return sheet.name;
    });
    await expect(run).rejects.toMatchObject({ name: "RichApi.Error", code: "PropertyNotLoaded" });
  });
});
