// Several files into one folder, all or nothing: the folder checked before the work, every file
// prepared before the first is written, and a failure part way leaves the folder as it was.
import { promises as fs } from "node:fs";
import path from "node:path";
import { checkOutputFolder, OutputExistsError, OutputFolderError, OutputIsInputError, OutputKindError, writeFilesInFolder } from "../../src/node";
import { useTempDir } from "../helpers/tempDir";

const tempDir = useTempDir("par-index-folder-");
const at = (...parts: string[]) => path.join(tempDir(), ...parts);
const file = (name: string, text = name) => ({ name, bytes: async () => Buffer.from(text) });

describe("checkOutputFolder", () => {
  it("accepts a folder that is there, and one that can be made beside others", async () => {
    await expect(checkOutputFolder(tempDir())).resolves.toEqual({ exists: true });
    await expect(checkOutputFolder(at("moi"))).resolves.toEqual({ exists: false });
  });

  it("refuses a file, and a folder whose parent is missing", async () => {
    await fs.writeFile(at("tep.xlsx"), "x");
    await expect(checkOutputFolder(at("tep.xlsx"))).rejects.toMatchObject({ reason: "not_a_directory" });
    await expect(checkOutputFolder(at("khong-co", "gui-di"))).rejects.toMatchObject({ reason: "parent_missing", parent: at("khong-co") });
    await expect(checkOutputFolder(at("khong-co", "gui-di"))).rejects.toBeInstanceOf(OutputFolderError);
  });
});

describe("writeFilesInFolder", () => {
  it("makes the folder and writes every file, nothing else", async () => {
    const written = await writeFilesInFolder(at("mot"), [file("a.xlsx"), file("b.xlsx")], { kind: "xlsx", replace: false });
    expect(written).toEqual([at("mot", "a.xlsx"), at("mot", "b.xlsx")]);
    expect((await fs.readdir(at("mot"))).sort()).toEqual(["a.xlsx", "b.xlsx"]);
    expect(await fs.readFile(at("mot", "b.xlsx"), "utf8")).toBe("b.xlsx");
  });

  it("writes none when one would be refused: an existing file, another kind, an input", async () => {
    await fs.mkdir(at("hai"));
    await fs.writeFile(at("hai", "b.xlsx"), "giữ nguyên");
    await expect(writeFilesInFolder(at("hai"), [file("a.xlsx"), file("b.xlsx")], { kind: "xlsx", replace: false })).rejects.toBeInstanceOf(OutputExistsError);
    await expect(writeFilesInFolder(at("hai"), [file("a.xlsx"), file("c.csv")], { kind: "xlsx", replace: true })).rejects.toBeInstanceOf(OutputKindError);
    await expect(writeFilesInFolder(at("hai"), [file("a.xlsx"), file("b.xlsx")], { kind: "xlsx", inputs: [at("hai", "b.xlsx")], replace: true })).rejects.toBeInstanceOf(
      OutputIsInputError,
    );
    expect(await fs.readdir(at("hai"))).toEqual(["b.xlsx"]);
    expect(await fs.readFile(at("hai", "b.xlsx"), "utf8")).toBe("giữ nguyên");
  });

  it("removes the new files already written, and the folder it made, when a later one fails", async () => {
    const failing = { name: "c.xlsx", bytes: async () => Promise.reject(new Error("ổ đĩa đầy")) };
    await expect(writeFilesInFolder(at("ba"), [file("a.xlsx"), file("b.xlsx"), failing], { kind: "xlsx", replace: false })).rejects.toThrow("ổ đĩa đầy");
    await expect(fs.access(at("ba"))).rejects.toThrow();

    await fs.mkdir(at("bon"));
    await fs.writeFile(at("bon", "cu.txt"), "của phòng");
    await expect(writeFilesInFolder(at("bon"), [file("a.xlsx"), failing], { kind: "xlsx", replace: false })).rejects.toThrow("ổ đĩa đầy");
    expect(await fs.readdir(at("bon"))).toEqual(["cu.txt"]);
  });
});
