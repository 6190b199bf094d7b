/**
 * @jest-environment jsdom
 */
// The one thing taken from @microsoft/office-js-helpers: the platform Office reports, read from
// window.Office as the pane sees it.
import { detectPlatform } from "../../../src/excel/host/officeHelpers";
import { FakeWorkbook, installFakeOffice } from "../../helpers/fakeExcel";

describe("detectPlatform", () => {
  afterEach(() => {
    for (const name of ["Office", "Excel", "OfficeExtension"]) delete (window as unknown as Record<string, unknown>)[name];
  });

  it.each([
    ["OfficeOnline", "OFFICE_ONLINE"],
    ["PC", "PC"],
    ["Mac", "MAC"],
  ])("reads Office.context.platform %s as %s", async (platform, expected) => {
    installFakeOffice(window, new FakeWorkbook(), { platform });
    await expect(detectPlatform()).resolves.toBe(expected);
  });

  it("answers null for a platform the archived helper does not know", async () => {
    installFakeOffice(window, new FakeWorkbook(), { platform: "Android" });
    await expect(detectPlatform()).resolves.toBeNull();
  });
});
