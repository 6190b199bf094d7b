// One output rule for every command that writes: the same refusal, in the same words and with exit
// 2, from new, import, plan, document, assignments, merge and rank (and split for its folder) —
// and decided before the inputs are read: each command is given an input that is not a workbook
// at all, so only a command that looked at --out first answers about --out.
import { promises as fs } from "node:fs";
import path from "node:path";
import { type CliRun, runCli } from "../helpers/runCli";
import { useTempDir } from "../helpers/tempDir";

jest.setTimeout(120_000);
const tempDir = useTempDir("par-index-output-rule-");
const at = (...parts: string[]) => path.join(tempDir(), ...parts);

/** Each writing command with `rac.xlsx` (random bytes) as its input and OUT where its output goes. */
const COMMANDS: readonly (readonly [command: string, kind: "xlsx" | "json" | "docx", args: readonly string[]])[] = [
  ["new", "xlsx", ["new", "--template-file", "rac.json", "--out", "OUT"]],
  ["import", "json", ["import", "rac.xlsx", "--out", "OUT"]],
  ["plan", "xlsx", ["plan", "rac.xlsx", "--out", "OUT"]],
  ["document", "docx", ["document", "rac.xlsx", "--out", "OUT"]],
  ["assignments", "xlsx", ["assignments", "rac.xlsx", "--out", "OUT"]],
  ["merge", "xlsx", ["merge", "rac.xlsx", "rac-2.xlsx", "--out", "OUT"]],
  ["rank", "xlsx", ["rank", "rac.xlsx", "rac-2.xlsx", "--out", "OUT"]],
];
const WORDS = { xlsx: "sổ tính Excel", json: "bộ tiêu chí JSON", docx: "tài liệu Word" } as const;
/** assignments writes the sheet or the appendix, by the name given. */
const KIND_TEXT: Readonly<Record<string, string>> = {
  assignments: "phải có đuôi .xlsx hoặc .docx: lệnh này ghi sổ tính Excel (.xlsx) hoặc tài liệu Word (.docx).",
};

const run = async (args: readonly string[], out: string, extra: string[] = []) =>
  await runCli([...args.map((a) => (a === "OUT" ? out : a)), ...extra], { cwd: tempDir() });
const refusal = (r: CliRun) => ({ code: r.code, lines: r.stderr.trim().split("\n").length, stderr: r.stderr.trim() });

describe("every command that writes", () => {
  beforeAll(async () => {
    for (const name of ["rac.xlsx", "rac-2.xlsx", "rac.json"]) await fs.writeFile(at(name), Buffer.from([0x00, 0x9f, 0x42, 0xff, 0x13]));
    await fs.mkdir(at("con"));
    for (const ext of ["xlsx", "json", "docx"]) await fs.writeFile(at(`co-san.${ext}`), "giữ nguyên");
  });

  it.each(COMMANDS)("%s refuses an --out of another kind before reading its input", async (command, kind, args) => {
    const text = KIND_TEXT[command] ?? `phải có đuôi .${kind}: lệnh này ghi ${WORDS[kind]}.`;
    expect(refusal((await run(args, "ket-qua.csv")))).toEqual({ code: 2, lines: 1, stderr: `par-index ${command}: Tệp kết quả «ket-qua.csv» ${text}` });
  });

  it.each(COMMANDS)("%s refuses an --out in a folder that does not exist", async (command, kind, args) => {
    const r = refusal((await run(args, `khong-co/ket-qua.${kind}`)));
    expect(r).toEqual({ code: 2, lines: 1, stderr: `par-index ${command}: Không ghi được tệp «khong-co/ket-qua.${kind}»: thư mục «${at("khong-co")}» không tồn tại.` });
  });

  it.each(COMMANDS)("%s refuses its own input as --out, by another spelling, even with --force", async (command, _kind, args) => {
    const input = args.includes("rac.json") ? "rac.json" : "rac.xlsx";
    const r = refusal((await run(args, `./con/../${input}`, ["--force"])));
    expect(r).toEqual({
      code: 2,
      lines: 1,
      stderr: `par-index ${command}: Tệp kết quả «./con/../${input}» trùng với tệp đầu vào; hãy chọn tên khác (tệp đầu vào không bao giờ bị ghi đè, kể cả với --force).`,
    });
  });

  it.each(COMMANDS)("%s keeps an existing file without --force", async (command, kind, args) => {
    const r = refusal((await run(args, `co-san.${kind}`)));
    // rank looks into an existing output first (its own earlier output is rebuilt); plan too, but
    // against its input's scoring sheet, so it reads the input first.
    const hint =
      command === "plan"
        ? "Tệp «rac.xlsx» không phải sổ tính Excel (.xlsx) đọc được."
        : command === "rank"
          ? `Tệp «co-san.${kind}» đã có nhưng không phải sổ tính đọc được; chọn tên khác cho --out, hoặc thêm --force để ghi đè.`
          : `Tệp «co-san.${kind}» đã có; chọn tên khác, hoặc thêm --force để ghi đè.`;
    expect(r).toEqual({ code: 2, lines: 1, stderr: `par-index ${command}: ${hint}` });
    expect(await fs.readFile(at(`co-san.${kind}`), "utf8")).toBe("giữ nguyên");
  });

  it("split checks its --out-dir before reading the master: a file, or a folder in a missing one", async () => {
    expect(refusal(await runCli(["split", "rac.xlsx", "--out-dir", "co-san.xlsx"], { cwd: tempDir() }))).toEqual({
      code: 2,
      lines: 1,
      stderr: "par-index split: «co-san.xlsx» đã có và là một tệp, không phải thư mục; hãy chọn một thư mục để ghi các tệp.",
    });
    expect(refusal(await runCli(["split", "rac.xlsx", "--out-dir", "khong-co/gui-di"], { cwd: tempDir() }))).toEqual({
      code: 2,
      lines: 1,
      stderr: `par-index split: Không tạo được thư mục «khong-co/gui-di»: thư mục «${at("khong-co")}» không tồn tại.`,
    });
  });

  it("and with a good --out, reads the input and says what is wrong with it", async () => {
    expect(refusal((await run(COMMANDS[3]![2], "ke-hoach.docx")))).toEqual({ code: 2, lines: 1, stderr: "par-index document: Tệp «rac.xlsx» không phải sổ tính Excel (.xlsx) đọc được." });
  });
});
