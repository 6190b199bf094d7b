/**
 * @jest-environment jsdom
 */
// The pane's default wiring on the Office globals: the platform read through the helper, the set
// checked with Office.context.requirements, the page opened with Office.context.ui.openBrowserWindow.
import { createWorkbookOperations } from "../../src/excel/host/createWorkbookOperations";
import { FakeWorkbook, installFakeOffice } from "../helpers/fakeExcel";

describe("handing a file over through the Office globals", () => {
  afterEach(() => {
    for (const name of ["Office", "Excel", "OfficeExtension"]) delete (window as unknown as Record<string, unknown>)[name];
  });

  it("on Mac opens the page with Office.context.ui.openBrowserWindow", async () => {
    const opened: string[] = [];
    installFakeOffice(window, new FakeWorkbook(), { platform: "Mac", onOpenBrowserWindow: (url) => opened.push(url) });
    const operations = createWorkbookOperations();
    await expect(operations.fileHandoff()).resolves.toEqual({ method: "browserWindow", platform: "mac" });
    await operations.openInBrowser("https://addin.example.gov.vn/download.html#n=a.docx&d=UEsDBA");
    expect(opened).toEqual(["https://addin.example.gov.vn/download.html#n=a.docx&d=UEsDBA"]);
  });

  it.each([
    ["OfficeOnline", { method: "download", platform: "web" }],
    ["PC", { method: "download", platform: "windows" }],
  ])("on %s downloads in the pane", async (platform, expected) => {
    installFakeOffice(window, new FakeWorkbook(), { platform });
    await expect(createWorkbookOperations().fileHandoff()).resolves.toEqual(expected);
  });

  it("on a Mac without OpenBrowserWindowApi has no way, and never calls it", async () => {
    const opened: string[] = [];
    installFakeOffice(window, new FakeWorkbook(), { platform: "Mac", openBrowserWindowApi: false, onOpenBrowserWindow: (url) => opened.push(url) });
    const operations = createWorkbookOperations();
    await expect(operations.fileHandoff()).resolves.toEqual({ method: "none", platform: "mac" });
    await expect(operations.openInBrowser("https://addin.example.gov.vn/download.html")).rejects.toMatchObject({ name: "HostError", kind: "apiMissing" });
    expect(opened).toEqual([]);
  });
});
