// The one output rule: the right kind of file, never an input (by any spelling, symlink or hard
// link), never an existing file unless replacing was decided, whole or nothing, no temporary file left.
import { promises as fs } from "node:fs";
import path from "node:path";
import { OutputExistsError, OutputIsInputError, OutputKindError, OutputWriteError, prepareOutput } from "../../src/node";
import { useTempDir } from "../helpers/tempDir";

const tempDir = useTempDir("par-index-out-");
const inDir = (...parts: string[]) => path.join(tempDir(), ...parts);

async function folder(name: string): Promise<string> {
  const dir = inDir(name);
  await fs.mkdir(dir, { recursive: true });
  return dir;
}

describe("prepareOutput", () => {
  it("writes a new file whole and leaves nothing else in the folder", async () => {
    const dir = await folder("new");
    const output = await prepareOutput(path.join(dir, "a.json"), { kind: "json" });
    expect(output.exists).toBe(false);
    await output.write("{}\n");
    expect(await fs.readdir(dir)).toEqual(["a.json"]);
    expect(await fs.readFile(path.join(dir, "a.json"), "utf8")).toBe("{}\n");
  });

  it.each([
    ["x.csv", "xlsx"],
    ["x.xls", "xlsx"],
    ["x", "xlsx"],
    ["x.xlsx", "json"],
    ["x.pdf", "docx"],
  ] as const)("refuses %s where a .%s is written", async (name, kind) => {
    await expect(prepareOutput(inDir(name), { kind })).rejects.toBeInstanceOf(OutputKindError);
  });

  it("accepts the extension in any case", async () => {
    await expect(prepareOutput(inDir("KET-QUA.XLSX"), { kind: "xlsx" })).resolves.toMatchObject({ exists: false });
  });

  it("refuses an existing file unless replacing, and keeps it whole", async () => {
    const dir = await folder("existing");
    const file = path.join(dir, "a.xlsx");
    await fs.writeFile(file, "staff work");
    await expect(prepareOutput(file, { kind: "xlsx" })).rejects.toBeInstanceOf(OutputExistsError);
    const output = await prepareOutput(file, { kind: "xlsx", existing: "replace" });
    expect(output.exists).toBe(true);
    await output.write("new");
    expect(await fs.readFile(file, "utf8")).toBe("new");
    expect(await fs.readdir(dir)).toEqual(["a.xlsx"]);
  });

  it("does not replace a file that appeared after it was prepared", async () => {
    const dir = await folder("race");
    const file = path.join(dir, "a.xlsx");
    const output = await prepareOutput(file, { kind: "xlsx" });
    await fs.writeFile(file, "typed meanwhile");
    await expect(output.write("ours")).rejects.toBeInstanceOf(OutputExistsError);
    expect(await fs.readFile(file, "utf8")).toBe("typed meanwhile");
    expect(await fs.readdir(dir)).toEqual(["a.xlsx"]);
  });

  describe("never writes over an input, even when replacing is allowed", () => {
    let input = "";
    beforeAll(async () => {
      const dir = await folder("inputs/sub");
      input = path.join(dir, "bo-tieu-chi.json");
      await fs.writeFile(input, "{\"id\":\"x\"}");
    });
    const spellings: [string, () => Promise<string>][] = [
      ["the same path", async () => input],
      ["a relative spelling with ./ and ..", async () => path.relative(process.cwd(), path.join(path.dirname(input), "..", "sub", ".", "bo-tieu-chi.json"))],
      ["a symlink to it", async () => {
        const link = inDir("inputs", "link.json");
        await fs.symlink(input, link).catch(() => undefined);
        return link;
      }],
      ["a hard link to it", async () => {
        const link = inDir("inputs", "hard.json");
        await fs.link(input, link).catch(() => undefined);
        return link;
      }],
      ["a path through a symlinked folder", async () => {
        const dirLink = inDir("inputs", "dir-link");
        await fs.symlink(path.dirname(input), dirLink).catch(() => undefined);
        return path.join(dirLink, "bo-tieu-chi.json");
      }],
    ];
    it.each(spellings)("by %s", async (_label, spell) => {
      const target = await spell();
      await expect(prepareOutput(target, { kind: "json", inputs: [input], existing: "replace" })).rejects.toBeInstanceOf(OutputIsInputError);
      expect(await fs.readFile(input, "utf8")).toBe("{\"id\":\"x\"}");
    });
  });

  it.each([
    ["a folder that does not exist", () => inDir("khong-co", "a.xlsx"), "directory_missing"],
    ["a folder given as the file", () => tempDir(), "is_directory"],
    ["a file given as the folder", () => path.join(__filename, "a.xlsx"), "not_a_directory"],
    ["a name longer than the file system allows", () => inDir(`${"a".repeat(300)}.xlsx`), "name_too_long"],
  ])("names the problem with %s", async (_label, target, reason) => {
    const error = await prepareOutput(target(), {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutputWriteError);
    expect(error).toMatchObject({ reason });
    if (reason === "directory_missing") expect((error as OutputWriteError).directory).toBe(inDir("khong-co"));
  });

  it("leaves no temporary file and never names one when the write fails", async () => {
    const dir = await folder("fails");
    const output = await prepareOutput(path.join(dir, "a.xlsx"), {});
    await fs.rm(dir, { recursive: true });
    const error = (await output.write("x").catch((e: unknown) => e)) as OutputWriteError;
    expect(error).toBeInstanceOf(OutputWriteError);
    expect(error.reason).toBe("directory_missing");
    expect(error.message).not.toMatch(/\.tmp/);
  });
});
