// The file carried in the download page's URL fragment comes back byte for byte, with its name,
// and a fragment that carries nothing or is damaged is no file.
import fc from "fast-check";
import { DOWNLOAD_PAGE, fileHandoffUrl, fromBase64Url, readFileFragment, toBase64Url } from "../../src/download/fileFragment";

describe("the file in the URL fragment", () => {
  it("is base64url as RFC 4648 writes it, without padding", () => {
    const bytes = new Uint8Array([0xfb, 0xff, 0xbf, 0x00, 0x10]);
    expect(toBase64Url(bytes)).toBe(Buffer.from(bytes).toString("base64url"));
    expect(toBase64Url(new Uint8Array())).toBe("");
  });

  it("comes back byte for byte, whatever the bytes and the name", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), fc.string({ minLength: 1 }).filter((name) => name.trim() !== ""), (bytes, name) => {
        const url = fileHandoffUrl(`https://addin.example.gov.vn/par-index/${DOWNLOAD_PAGE}`, { fileName: name, bytes });
        const hash = url.slice(url.indexOf("#"));
        const carried = bytes.length === 0 ? null : readFileFragment(hash);
        if (bytes.length === 0) return readFileFragment(hash) === null;
        return carried !== null && carried.fileName === name && Buffer.from(carried.bytes).equals(Buffer.from(bytes));
      }),
    );
  });

  it("keeps a Vietnamese name with spaces and dashes", () => {
    const url = fileHandoffUrl("https://a.example/download.html#old", { fileName: "Kế hoạch khắc phục 2021 - Sở Nội vụ.docx", bytes: new Uint8Array([80, 75, 3, 4]) });
    expect(url.startsWith("https://a.example/download.html#n=K%E1%BA%BF%20ho%E1%BA%A1ch")).toBe(true);
    expect(url).not.toContain("#old");
    expect(readFileFragment(new URL(url).hash)).toEqual({ fileName: "Kế hoạch khắc phục 2021 - Sở Nội vụ.docx", bytes: new Uint8Array([80, 75, 3, 4]) });
  });

  it.each([["", "no fragment"], ["#n=a.docx", "no data"], ["#d=UEsDBA", "no name"], ["#n=a.docx&d=UE*DBA", "a character outside base64url"], ["#n=a.docx&d=UEsDB", "a length no bytes have"], ["#n=%E0%A4%A&d=UEsDBA", "a broken name"]])(
    "is no file for %j (%s)",
    (hash) => {
      expect(readFileFragment(hash)).toBeNull();
    },
  );

  it("rejects base64 that is not url-safe", () => {
    expect(fromBase64Url("ab+/")).toBeNull();
    expect(fromBase64Url("ab-_")).toEqual(new Uint8Array(Buffer.from("ab-_", "base64url")));
  });
});
