// Which way the pane hands a file to staff, by the platform Office reports and the requirement
// sets it has: a download on the web and Windows, the browser on Mac and iPad where
// OpenBrowserWindowApi 1.1 is there, and no way at all where it is not.
import { HostError } from "../../../src/excel/host/hostError";
import { fakeHost, operationsOn } from "../../helpers/excelHost";

const BROWSER_SET = { OpenBrowserWindowApi: "1.1" };

describe("fileHandoff", () => {
  it.each([
    ["OFFICE_ONLINE", {}, { method: "download", platform: "web" }],
    ["PC", BROWSER_SET, { method: "download", platform: "windows" }],
    ["MAC", BROWSER_SET, { method: "browserWindow", platform: "mac" }],
    ["IOS", BROWSER_SET, { method: "browserWindow", platform: "ipad" }],
    ["MAC", {}, { method: "none", platform: "mac" }],
    [null, {}, { method: "download", platform: "other" }],
  ] as const)("on %s with sets %j is %j", async (platform, otherSets, expected) => {
    const operations = operationsOn(fakeHost(), { platform, otherSets });
    await expect(operations.fileHandoff()).resolves.toEqual(expected);
  });

  it("opens the page in the default browser only where OpenBrowserWindowApi 1.1 is supported", async () => {
    const opened: string[] = [];
    const openBrowserWindow = (url: string) => opened.push(url);
    const url = "https://addin.example.gov.vn/download.html#n=a&d=AA";
    await operationsOn(fakeHost(), { platform: "MAC", otherSets: BROWSER_SET, openBrowserWindow }).openInBrowser(url);
    expect(opened).toEqual([url]);

    const refused = await operationsOn(fakeHost(), { platform: "MAC", openBrowserWindow })
      .openInBrowser(url)
      .catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(HostError);
    expect(refused).toMatchObject({ kind: "apiMissing" });
    expect(opened).toHaveLength(1);
  });

  it("turns Office's refusal to open the browser into a sentence for staff", async () => {
    const openBrowserWindow = () => {
      throw new Error("Internal Error");
    };
    const error = await operationsOn(fakeHost(), { platform: "MAC", otherSets: BROWSER_SET, openBrowserWindow, language: "vi" })
      .openInBrowser("https://addin.example.gov.vn/download.html")
      .catch((thrown: unknown) => thrown);
    expect(error).toMatchObject({ name: "HostError", kind: "browserWindowFailed" });
    expect((error as HostError).message).toContain("Excel không mở được trình duyệt");
  });
});
