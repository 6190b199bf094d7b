// The files staff pick in the pane (<input type="file" multiple>, see FilePicker.tsx): what the
// readers need of a browser File, the limits checked before one is read, and a list that takes
// more picks without taking the same file twice. Shared by every step that reads other workbooks.

/** What the readers use of a File; tests hand in objects of this shape built from Node buffers. */
export interface PickedFile {
  name: string;
  size: number;
  lastModified?: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/**
 * What the pane reads (README, «Đọc tệp trong ngăn tác vụ»): files are read one at a time, each
 * whole in memory while it is read, so the limit is per file; the count bounds one consolidation.
 */
export const FILE_LIMITS = {
  /** One workbook: a 10 000-item scoring workbook is about 1 MB, a unit's file of seed 001's template 15 KB. */
  bytes: 20 * 1024 * 1024,
  /** Files in one pick list: the Ministry ranks 63 provinces, a province up to 100 communes. */
  files: 500,
} as const;

/** The same file picked again: same name, size and modification time. */
export function isSameFile(a: PickedFile, b: PickedFile): boolean {
  return a.name === b.name && a.size === b.size && (a.lastModified ?? 0) === (b.lastModified ?? 0);
}

export interface PickResult<T extends PickedFile> {
  files: T[];
  /** Names of files already in the list, not added again. */
  duplicates: string[];
  /** Files left out because the list is full. */
  overLimit: number;
}

/** The list with the newly picked files after it, each file once, at most FILE_LIMITS.files. */
export function addPickedFiles<T extends PickedFile>(existing: readonly T[], picked: readonly T[], limit: number = FILE_LIMITS.files): PickResult<T> {
  const files = [...existing];
  const duplicates: string[] = [];
  let overLimit = 0;
  for (const file of picked) {
    if (files.some((other) => isSameFile(other, file))) duplicates.push(file.name);
    else if (files.length >= limit) overLimit += 1;
    else files.push(file);
  }
  return { files, duplicates, overLimit };
}
