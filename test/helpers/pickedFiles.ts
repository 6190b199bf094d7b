// Files as the pane receives them from <input type="file">, built from bytes on disk or in memory:
// name, size, modification time and arrayBuffer(), the part of File the pane's readers use.
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { PickedFile } from "../../src/taskpane/files/pickedFile";

export function pickedFromBytes(name: string, bytes: Uint8Array, lastModified = 1_700_000_000_000): PickedFile {
  return {
    name,
    size: bytes.byteLength,
    lastModified,
    arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  };
}

export function pickedFromDisk(file: string): PickedFile {
  return pickedFromBytes(path.basename(file), readFileSync(file), statSync(file).mtimeMs);
}
