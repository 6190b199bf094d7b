// `par-index document`: writes the remediation plan as the .docx document a unit signs, from the
// scores, the plan sheet's staff text and the document fields sheet (options override fields);
// with --ranking, the unit's rank line from the ranking workbook `par-index rank` wrote (the
// ranking of the workbook's year and template, the unit found by name), options still over it.
// The workbook is only read; the output follows every command's rule (outputTarget): a .docx, never
// the input, an existing file replaced only with --force, written whole or not at all.
import {
  countBySeverity,
  appraisalNoticeFields,
  buildAppraisalNotice,
  defaultDocumentFields,
  noticeRows,
  roundTotals,
  STAGES,
  DOCUMENT_FIELD_SPECS,
  findRankingLine,
  formatIssue,
  formatRank,
  formatRankChange,
  makeIssue,
  setField,
  unitFromSheet,
  withRankingLine,
  yearFromTitle,
  type DocumentFields,
  type RankingLineFound,
} from "../../domain";
import { renderDocx } from "../../docx/renderDocx";
import { noteSkippedSheets } from "../skippedSheetNotes";
import { planDocumentFromWorkbook, readDocumentFields, readRankingFile, readScoreWorkbook, stageSheetOf, type ScoreWorkbookCheck, type ScoreSheetCheck } from "../../node";
import { optionalString, parseCommandArgs, positionals, type OptionSpec, type ParsedArgs } from "../args";
import { issueLines } from "../issueLines";
import type { Output } from "../output";
import { OUTPUT_OPTIONS, outputTarget } from "../outputTarget";
import { UsageError } from "../usageError";

/** The options that override what --ranking fills. */
const RANK_OPTIONS = DOCUMENT_FIELD_SPECS.filter((spec) => ["rank", "rankOf", "rankChange", "peerGroup"].includes(spec.key)).map((spec) => spec.option);
const FIELD_OPTIONS: OptionSpec = Object.fromEntries(DOCUMENT_FIELD_SPECS.map((spec) => [spec.option, { type: "string" as const }]));

export async function runDocument(argv: readonly string[], out: Output): Promise<number> {
  const args = parseCommandArgs("document", argv, {
    ...OUTPUT_OPTIONS,
    sheet: { type: "string" },
    ranking: { type: "string" },
    appraisal: { type: "boolean" },
    ...FIELD_OPTIONS,
  });
  const [file] = positionals(args, ["tệp chấm điểm (.xlsx)"], "document") as [string];
  const sheet = optionalString(args, "sheet");
  const rankingFile = optionalString(args, "ranking");
  const override = fieldOverrides(args);
  const output = await outputTarget(args, "document", "docx", rankingFile === undefined ? [file] : [file, rankingFile]);
  const target = output.path;

  const result = await readScoreWorkbook(file, { readOnly: true, ...(sheet === undefined ? {} : { sheet }) });
  noteSkippedSheets(out, file, result.skipped);
  const scored = result.sheets[0]!;
  if (args.values.appraisal === true) {
    if (rankingFile !== undefined) throw new UsageError("--appraisal (thông báo kết quả thẩm định) không dùng với --ranking.", "document");
    return writeAppraisalNotice(result, scored, override, output, out);
  }
  const { errors } = countBySeverity(scored.check.issues);
  if (errors > 0) {
    out.problem(`Trang «${scored.sheetName}» còn ${errors} lỗi về điểm; sửa xong rồi xuất văn bản (chưa ghi ${target}):`);
    for (const line of issueLines(scored.check.issues.filter((i) => i.severity === "error"), file)) out.problem(line);
    return 1;
  }
  let ranked: RankingLineFound | null = null;
  if (rankingFile !== undefined) {
    const found = findRankingLine(await readRankingFile(rankingFile), rankedWorkbook(result, scored));
    if (!found.ok) {
      for (const issue of found.issues) out.problem(`par-index document: ${formatIssue(issue)} Chưa ghi ${target}.`);
      return 2;
    }
    ranked = found.value;
  }
  const line = ranked?.line;
  const made = planDocumentFromWorkbook(result, scored, (fields) => override(line ? withRankingLine(fields, line) : fields));
  const bytes = await renderDocx(made.document);
  await output.write(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));

  const who = [made.fields.unit, made.plan.year ? `năm ${made.plan.year}` : ""].filter(Boolean).join(", ");
  out.line(`Đã ghi ${target}: văn bản kế hoạch khắc phục${who ? ` (${who})` : ""}, ${made.plan.sections.length} lĩnh vực có tồn tại, hạn chế.`);
  out.line(
    made.planSheet
      ? `Nhiệm vụ, giải pháp, đơn vị, thời gian lấy từ trang «${made.planSheet}».`
      : "Sổ tính chưa có trang kế hoạch: kế hoạch lập từ điểm, chưa có nhiệm vụ, giải pháp (chạy par-index plan rồi nhập vào trang kế hoạch).",
  );
  if (ranked && rankingFile !== undefined) {
    const { line: r } = ranked;
    const change = r.change ? `, ${formatRankChange(r.change)}` : "";
    const overridden = RANK_OPTIONS.filter((option) => optionalString(args, option) !== undefined).map((option) => `--${option}`);
    const note = overridden.length > 0 ? ` (${overridden.join(", ")} ghi đè phần tương ứng)` : "";
    out.line(`Thứ hạng lấy từ trang «${ranked.sheet}» của ${rankingFile}: ${r.unit} ${formatRank(r.rank, r.rankOf)}${change}${note}.`);
  }
  out.line(
    made.fieldsSheet
      ? `Thông tin văn bản (số, ngày, người ký, nơi nhận…) lấy từ trang «${made.fieldsSheet}».`
      : "Sổ tính chưa có trang thông tin văn bản: dùng nội dung mặc định (par-index plan thêm trang này để sửa).",
  );
  // A rank beside a total it was not computed from would mislead: the two totals are named.
  const ownTotal = scored.check.totals.total.score;
  const rankingTotal = ranked?.line.score ?? null;
  const totalWarning =
    ranked && rankingFile !== undefined && rankingTotal !== null && rankingTotal !== ownTotal
      ? [makeIssue("document_ranking_total_differs", "warning", { file: rankingFile, rankingSheet: ranked.sheet, unit: ranked.line.unit, rankingTotal, workbookTotal: ownTotal })]
      : [];
  const warnings = [...scored.check.issues, ...made.issues, ...totalWarning];
  if (warnings.length > 0) {
    out.line();
    out.line(`${warnings.length} cảnh báo:`);
    for (const line of issueLines(warnings, file)) out.line(line);
  }
  return 0;
}

/** `document --appraisal`: the council's notice of the appraisal result to the unit. */
async function writeAppraisalNotice(
  result: ScoreWorkbookCheck,
  scored: ScoreSheetCheck,
  override: (fields: DocumentFields) => DocumentFields,
  output: Awaited<ReturnType<typeof outputTarget>>,
  out: Output,
): Promise<number> {
  const sheet = stageSheetOf(result, scored);
  const stage = sheet.state.stage;
  if (stage === "self" || stage === "submitted") {
    out.problem(`Trang «${scored.sheetName}» đang ở giai đoạn «${STAGES[stage].label}»: chưa có kết quả thẩm định để thông báo (chuyển sang «${STAGES.appraised.label}» bằng par-index stage). Chưa ghi ${output.path}.`);
    return 1;
  }
  const unitFields = readDocumentFields(result.workbook, scored, result.metadata).fields;
  const fields = override(appraisalNoticeFields(unitFields));
  const document = buildAppraisalNotice({
    totals: scored.check.totals,
    values: scored.grid.values,
    rowOf: scored.check.rowOf,
    stage,
    ...(sheet.state.deadline ? { deadline: sheet.state.deadline } : {}),
    roundTotals: roundTotals(scored.check.totals),
    ...(scored.managed.year ? { year: scored.managed.year } : {}),
    fields,
  });
  const bytes = await renderDocx(document);
  await output.write(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  const rows = noticeRows({ totals: scored.check.totals, values: scored.grid.values, rowOf: scored.check.rowOf });
  out.line(`Đã ghi ${output.path}: thông báo kết quả thẩm định (${STAGES[stage].label.toLocaleLowerCase("vi")}), ${rows.length} tiêu chí có điểm thẩm định khác điểm tự đánh giá.`);
  return 0;
}

/** The workbook as a ranking saw it: the scoring sheet's unit (metadata, else its «Đơn vị:» line), then the document's; its year and template. */
function rankedWorkbook(result: ScoreWorkbookCheck, scored: ScoreSheetCheck) {
  const documentUnit = readDocumentFields(result.workbook, scored, result.metadata).fields.unit;
  return {
    units: [scored.managed.unit ?? "", unitFromSheet(scored.grid.values) ?? "", documentUnit],
    year: scored.managed.year ?? yearFromTitle(scored.grid.values),
    template: scored.template,
  };
}

/** The document fields the options set, checked like the fields sheet's cells. */
function fieldOverrides(args: ParsedArgs): (fields: DocumentFields) => DocumentFields {
  const given = DOCUMENT_FIELD_SPECS.flatMap((spec) => {
    const value = optionalString(args, spec.option);
    return value === undefined ? [] : [{ spec, value: spec.kind === "lines" ? value.replace(/\\n/g, "\n") : value }];
  });
  const apply = (fields: DocumentFields): DocumentFields => {
    const next: DocumentFields = { ...fields, date: { ...fields.date }, sipas: { ...fields.sipas } };
    for (const { spec, value } of given) {
      const problem = setField(next, spec, value);
      if (problem) {
        const issue = makeIssue("document_field_invalid", "error", { field: spec.label, text: value, expected: problem, ...(next.rankOf !== null ? { rankOf: next.rankOf } : {}) });
        throw new UsageError(`Tùy chọn --${spec.option}: ${formatIssue(issue).replace(/; văn bản bỏ qua nội dung này\.$/, ".")}`, "document");
      }
    }
    return next;
  };
  // Checked now, so a wrong value is a wrong call before the workbook is read.
  apply(defaultDocumentFields());
  return apply;
}
