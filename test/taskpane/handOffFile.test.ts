// The pane hands the file over the way this Office allows, and refuses a URL browsers would not
// take, saying how large a file can go that way.
import { MAX_HANDOFF_URL_LENGTH, readFileFragment } from "../../src/download/fileFragment";
import { downloadPageUrl, handOffFile } from "../../src/taskpane/download/handOffFile";

const PANE = "https://addin.example.gov.vn/par-index/taskpane.html?_host_Info=Excel$Mac$16.01$vi-VN#x";

function means(method: "download" | "browserWindow" | "none") {
  const downloads: string[] = [];
  const opened: string[] = [];
  return {
    downloads,
    opened,
    means: {
      handoff: method === "download" ? ({ method, platform: "web" } as const) : ({ method, platform: "mac" } as const),
      paneUrl: PANE,
      download: (file: { fileName: string }) => void downloads.push(file.fileName),
      openInBrowser: async (url: string) => void opened.push(url),
    },
  };
}

describe("handOffFile", () => {
  const file = { fileName: "Kế hoạch.docx", bytes: new Uint8Array(12_000).fill(7) };

  it("downloads in the pane where Office allows it", async () => {
    const { means: m, downloads, opened } = means("download");
    await expect(handOffFile(file, m)).resolves.toEqual({ kind: "downloaded", platform: "web" });
    expect(downloads).toEqual(["Kế hoạch.docx"]);
    expect(opened).toEqual([]);
  });

  it("opens download.html beside the pane, without the pane's query, with the file in the fragment", async () => {
    const { means: m, downloads, opened } = means("browserWindow");
    await expect(handOffFile(file, m)).resolves.toEqual({ kind: "openedInBrowser" });
    expect(downloads).toEqual([]);
    expect(downloadPageUrl(PANE)).toBe("https://addin.example.gov.vn/par-index/download.html");
    const [url] = opened;
    expect(url!.split("#")[0]).toBe("https://addin.example.gov.vn/par-index/download.html");
    expect(readFileFragment(new URL(url!).hash)).toEqual(file);
  });

  it("does not open a URL longer than browsers take, and names the largest file that fits", async () => {
    const { means: m, opened } = means("browserWindow");
    const large = { fileName: "Kế hoạch.docx", bytes: new Uint8Array(800_000) };
    const outcome = await handOffFile(large, m);
    expect(opened).toEqual([]);
    expect(outcome).toMatchObject({ kind: "tooLarge" });
    const limit = (outcome as { limitBytes: number }).limitBytes;
    expect(limit).toBeGreaterThan(740_000);
    expect(limit).toBeLessThan(750_000);
    // A file of exactly that size goes; one byte more does not.
    await expect(handOffFile({ ...large, bytes: new Uint8Array(limit) }, m)).resolves.toEqual({ kind: "openedInBrowser" });
    expect(opened[0]!.length).toBeLessThanOrEqual(MAX_HANDOFF_URL_LENGTH);
    await expect(handOffFile({ ...large, bytes: new Uint8Array(limit + 3) }, m)).resolves.toMatchObject({ kind: "tooLarge" });
  });

  it("hands nothing over where there is no way, and says so", async () => {
    const { means: m, downloads, opened } = means("none");
    await expect(handOffFile(file, m)).resolves.toEqual({ kind: "unavailable" });
    expect([...downloads, ...opened]).toEqual([]);
  });
});
