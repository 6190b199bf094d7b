// The browser's side of a document handed over in jsdom: the downloads the pane starts (the Blob
// given to <a download> and its name), and a Blob's bytes (jsdom's Blob has no arrayBuffer()).
/** The browser's download, caught: the Blob handed to <a download> and the name it was given. */
export function catchDownloads() {
  const downloads: { name: string; blob: Blob }[] = [];
  const blobs = new Map<string, Blob>();
  let next = 0;
  Object.assign(URL, {
    createObjectURL: (blob: Blob) => {
      const url = `blob:test/${(next += 1)}`;
      blobs.set(url, blob);
      return url;
    },
    revokeObjectURL: (url: string) => blobs.delete(url),
  });
  const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push({ name: this.download, blob: blobs.get(this.href)! });
  });
  return { downloads, restore: () => click.mockRestore() };
}

/** A Blob's bytes (jsdom's Blob has no arrayBuffer(); its FileReader reads them). */
export const bytesOf = (blob: Blob) =>
  new Promise<Uint8Array>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error("the Blob could not be read"));
    reader.readAsArrayBuffer(blob);
  });
