// The help text of every command in English, as the pane speaks it too: shown by --help when the
// call says --lang en (or PAR_INDEX_LANG=en). The messages of the commands stay Vietnamese.
import type { CommandName } from "./usage";

/** English names of the document's fields, by option (the Vietnamese ones are in documentFieldSpecs.ts). */
export const DOCUMENT_OPTION_LABELS_EN: Readonly<Record<string, string>> = {
  "governing-body": "Governing body (cơ quan chủ quản)",
  issuer: "Issuing body",
  "issuer-abbreviation": "Issuing body's abbreviation",
  number: "Document number",
  place: "Place name",
  date: "Date of issue",
  unit: "Unit's name in the text",
  basis: "Grounds (opening paragraph)",
  purposes: "Purposes",
  requirements: "Requirements",
  organization: "Implementation",
  rank: "Rank (or 6/20: rank/number of units)",
  "rank-of": "Number of units ranked",
  "peer-group": "Group of units ranked",
  "rank-change": "Change of rank from last year",
  "sipas-rank": "SIPAS: rank (or 15/20)",
  "sipas-remedy": "SIPAS: tasks and solutions",
  "sipas-lead-unit": "SIPAS: lead unit",
  "sipas-co-units": "SIPAS: co-operating units",
  "sipas-time-frame": "SIPAS: time frame",
  "signing-authority": "Signing authority",
  "signer-title": "Signer's title",
  signer: "Signer's full name",
  recipients: "Recipients",
};

const DOCUMENT_OPTION_LINES_EN = Object.entries(DOCUMENT_OPTION_LABELS_EN)
  .map(([option, label]) => `  --${`${option} <…>`.padEnd(24)}${label}`)
  .join("\n");

export const GENERAL_USAGE_EN = `par-index — scoring the Administrative Reform Index (PAR INDEX) in Excel workbooks

Usage: par-index <command> [options]

Commands:
  templates                 List the bundled criteria templates
  new                       Create a scoring workbook from a template
  sample                    Write a sample criteria table (.xlsx) to try import with
  import                    Make a template (JSON) from a criteria table in Excel
  check                     Check the scores and total them by lĩnh vực
  plan                      Draw up the remediation plan (written to a new file)
  document                  Write the remediation plan document (.docx) ready to sign
  assignments               The assignment table by lead unit (columns L, M)
  split                     Make a file for each unit (only its rows open)
  merge                     Gather the scores from the units' returned files (into a new file)
  rank                      Consolidate and rank many units, compare with last year
  stage                     Move the appraisal stage: submit, appraise, explain, lock (or reopen)
  status                    The current appraisal stage, who holds the file, the deadline and what is left

Help on a command: par-index <command> --help --lang en (Vietnamese: without --lang)
Version: par-index --version
The commands' messages are in Vietnamese.
Exit codes: 0 = no error, 1 = errors in the data, 2 = a file could not be read or a wrong call.`;

export const COMMAND_USAGE_EN: Readonly<Record<CommandName, string>> = {
  templates: `Usage: par-index templates [--json]

Lists the templates shipped with the tool (id, name, source, total maximum).
  --json                    Print JSON: [{ "id", "name", "source", "maxTotal" }]`,

  new: `Usage: par-index new (--template <id> | --template-file <file.json>) --out <file.xlsx>
                  [--unit <unit name>] [--year <year>] [--force]

Creates a scoring workbook like the sheet the add-in makes: self-assessment and appraisal score
columns, formulas for the totals, points lost and the rate. With «khung-trong», a table to type
your own criteria into. A workbook for a unit other than the template's owner is named for that
unit and starts without the owner's assignments (lead and co-operating units).
  --template <id>           A bundled template (see: par-index templates)
  --template-file <file>    A template as JSON (for example made by import)
  --out <file.xlsx>         The file to create
  --unit <unit name>        The unit being scored
  --year <year>             The year assessed, e.g. 2024
  --force                   Overwrite --out if it exists (default: never)`,

  import: `Usage: par-index import <table.xlsx> [--sheet <sheet name>] --out <template.json> [--json] [--force]

Reads a criteria table (code, content, maximum points…) pasted from an appendix into Excel and writes
the template as JSON, named by the title above the table. Title rows, blank rows and the «Tổng
cộng» row are not criteria. Every error names its cell (Sheet!A1).
  --sheet <sheet name>      The sheet with the table (default: the first)
  --out <file.json>         The template file to write (only when there is no error)
  --json                    Print the result as JSON
  --force                   Overwrite --out if it exists (default: never)
Exit codes: 0 = imported (perhaps with warnings), 1 = the table has errors, 2 = the file cannot be read.`,

  sample: `Usage: par-index sample --out <file.xlsx> [--force]

Writes a sample criteria table as staff paste an appendix into Excel (title, STT / Lĩnh vực, tiêu chí /
Điểm tối đa / Đơn vị chủ trì header, lĩnh vực numbered in Roman numerals, a Tổng cộng row), made from
son-la-vpub-2021, to try: par-index import <file.xlsx> --out bo-tieu-chi.json
  --out <file.xlsx>         The file to write
  --force                   Overwrite --out if it exists (default: never)
Exit codes: 0 = written, 2 = a wrong call or the file cannot be written.`,

  check: `Usage: par-index check <file.xlsx> [--sheet <sheet name>] [--errors-only] [--json]

Checks the scores on the scoring sheet and prints the table by lĩnh vực (maximum, score, points lost,
rate %), with the errors and warnings at their cells ('Sheet'!G14, as Excel writes it; paste it into
the Name Box to go there). More than 5 warnings of one kind print as one line with the count and the
first cells. The last line sums up the sheets, errors and warnings.
  --sheet <sheet name>      Check only this sheet (default: every scoring sheet)
  --errors-only             List errors only (warnings are still counted in the last line)
  --json                    Print one JSON object: ok, issues, items, areas, total (with byMethod: the
                            score by scoring method — self/appraisal, survey, SIPAS); with
                            --errors-only, issues holds errors only
Exit codes: 0 = no error (perhaps warnings), 1 = errors, 2 = the file cannot be read.`,

  plan: `Usage: par-index plan <file.xlsx> --out <new-file.xlsx> [--lead-unit <unit>]
                   [--time-frame <time>] [--sheet <sheet name>] [--force]

Writes a copy with a «Kế hoạch khắc phục» sheet: the table by lĩnh vực and every shortcoming
(«… đạt 1,5/3,5 điểm (trừ 2 điểm)»). Run again on its own result, it keeps what staff typed in the
remedy, unit, time and note columns, and rows staff added. The input file is never changed. When
--out exists and is a plan of the same scoring sheet (written by an earlier run), what staff typed
in it is kept; another file is not overwritten without --force.
  --out <file.xlsx>         The result file (not the input)
  --lead-unit <unit>        Default lead unit for new rows (when the template names none)
  --time-frame <time>       Default time frame for new rows (default: Thường xuyên)
  --sheet <sheet name>      The scoring sheet to plan for (default: the first)
  --force                   Overwrite --out without keeping what it holds
Exit codes: 0 = written, 1 = the scores have errors (nothing written), 2 = a file cannot be read or written.`,

  document: `Usage: par-index document <file.xlsx> --out <plan.docx> [--sheet <sheet name>] [--force]
                       [--ranking <ranking.xlsx> | --appraisal] [document field options]

Writes the remediation plan document (.docx, A4, Times New Roman) in the form of Decree 30/2020:
heading, KẾ HOẠCH, grounds, purposes, requirements, the assessment's result (score, rank, score by
method, the table), tasks and solutions for every lĩnh vực that lost points, implementation,
recipients, signer. Tasks, units and times come from the «Kế hoạch khắc phục» sheet (when there is
one); the document's fields from the «Thông tin văn bản» sheet (added by plan). The .xlsx is not changed.
  --out <file.docx>         The document to write (must end in .docx)
  --sheet <sheet name>      The scoring sheet (default: the first)
  --force                   Overwrite --out if it exists (default: never)
  --ranking <file.xlsx>     Take the unit's rank, number of units and change of rank from the ranking
                            par-index rank wrote (same year, same template); --rank… options still win
  --appraisal               Instead of the plan: the council's appraisal notice to the unit (self,
                            round-1 and result totals; the items appraised differently from the self
                            score, with notes, explanations and round-2 scores once there)
Document fields (override the «Thông tin văn bản» sheet; a line break is \\n; a value starting with
«-» is written with =, e.g. --recipients="- Như trên;\\n- Lưu: VT."):
${DOCUMENT_OPTION_LINES_EN}
Exit codes: 0 = written (perhaps with warnings), 1 = the scores have errors (nothing written), 2 = a file cannot be read or written.`,

  assignments: `Usage: par-index assignments <file.xlsx> [--sheet <sheet name>] [--json]
                       [--out <assignments.xlsx|appendix.docx>] [--deadline <dd/mm/yyyy>] [--time-frame <time>]
                       [--unit-deadline "<unit>=<dd/mm/yyyy>"]… [--force]

Reads the assignment from the «Đơn vị chủ trì» (L) and «Đơn vị phối hợp» (M) columns of the scoring
sheet: a lĩnh vực's or tiêu chí's items belong to the unit on its row unless a row below names
another; a cell naming several units separated by «;» assigns to each. Prints each unit with its items
(«Lĩnh vực 3 … (trừ tiêu chí thành phần 3.2.5)») and the items nobody is assigned (with cells).
  --sheet <sheet name>      The scoring sheet (default: the first)
  --json                    Print JSON: { units: [{ unit, items, summary, coUnits, deadline, timeFrame }],
                            unassigned, surveyed, issues, file }
  --out <file.xlsx|.docx>   Write the assignment table (Stt, content, lead unit, co-operating units,
                            time frame) to a new file: .xlsx a workbook, .docx the «PHỤ LỤC»
                            appendix to the plan (A4, landscape when the table needs it)
  --deadline <dd/mm/yyyy>   Every unit's deadline for sending its results
  --time-frame <time>       The time frame, e.g. «Tháng 12/2024 - Tháng 01/2025»
  --unit-deadline "<unit>=<dd/mm/yyyy>"   One unit's own deadline (may be repeated)
  --force                   Overwrite --out if it exists
Exit codes: 0 = read (unassigned items are warnings), 2 = a file cannot be read or written, or a wrong call.`,

  split: `Usage: par-index split <master.xlsx> --out-dir <folder> [--sheet <sheet name>] [--json]
                 [--deadline <dd/mm/yyyy>] [--time-frame <time>] [--unit-deadline "<unit>=<dd/mm/yyyy>"]…
                 [--force]

Makes one file per lead unit («<master> - <unit>.xlsx»): the whole scoring sheet for context, but only
the unit's cells open — self score (F), evidence (O), explanation (P); other rows grey and locked
(sheet protection without a password). The unit and its deadline in the title; the metadata records
the master, the unit and the time of the split, so merge puts everything back in place. The master
is not changed.
  --out-dir <folder>        Where to write the files (created if missing, inside an existing folder)
  --json                    Print JSON: { files: [{ unit, file, items, deadline }], masterId, splitAt, unassigned }
  --deadline, --time-frame, --unit-deadline   Deadlines, as for assignments
  --force                   Overwrite existing files (default: write none if one exists)
Exit codes: 0 = made, 1 = no unit is assigned, 2 = a file cannot be read or written, or a wrong call.`,

  merge: `Usage: par-index merge <master.xlsx> <unit-file.xlsx>… --out <new-file.xlsx>
                 [--sheet <sheet name>] [--json] [--deadline <dd/mm/yyyy>]
                 [--unit-deadline "<unit>=<dd/mm/yyyy>"]… [--keep <code,…>] [--force]

Gathers the units' returned files (made by split) into a copy of the master: for each unit, copies the
self score, evidence and explanation of the items assigned to it, only where they differ from the
master (a blank cell in a return erases nothing). Items of another unit are not copied (listed as
outside its part); when two files differ on one item, the master's value stays and the conflict is
listed, with the item's other fields reported as not copied. Files of another template or another
master are refused. Prints each unit's progress: assigned, scored, with evidence/explanation, missing,
against the deadline (the split's, remembered by the master). Gathering the same file again changes
nothing. The input files are never changed.
  --out <file.xlsx>         The result file (not an input)
  --json                    Print JSON: { units: [{ unit, file, assigned, scored, withEvidence, missing,
                            deadline, daysLeft, late }], conflicts: [{ code, files, field, values }],
                            outside: [{ file, code }], changes, returns, issues }
  --deadline <dd/mm/yyyy>   Deadline for units whose split file records none
  --unit-deadline "<unit>=<dd/mm/yyyy>"   Such a unit's own deadline (may be repeated)
  --keep <code,…>           The conflicts of these items were settled by typing the agreed value into
                            the master: keep it and report no conflict (may be repeated)
  --force                   Overwrite --out if it exists
Exit codes: 0 = gathered, no conflict, nothing outside a unit's part (missing items are warnings),
1 = conflicts or items outside a unit's part (what could be gathered is written), 2 = a file refused,
unreadable or unwritable, or a wrong call (nothing written).`,

  rank: `Usage: par-index rank <a.xlsx> <b.xlsx> … --out <ranking.xlsx> [--previous <last-year.xlsx|.json>]
                  [--groups 90,80,70] [--group-labels "Tốt,Khá,Trung bình,Yếu"] [--final-only] [--json] [--force]

Consolidates the units' scoring workbooks (same template, same maxima) and ranks them by the index
(score ÷ applicable maximum); the same index to two decimals is the same rank. Writes the «Xếp hạng»
sheet (the ranking, groups, change from last year, chart) and the «Theo lĩnh vực» sheet. Units with
errors, another template, another year or two workbooks are listed apart with the reason, not ranked.
A folder or a name pattern (don-vi/*.xlsx) may be given. Run again onto its old result, it keeps the
«Ghi chú» column.
  --out <file.xlsx>         The ranking file (not an input)
  --previous <file>         Last year's result: last year's ranking (.xlsx), a pasted table (unit, rank,
                            index %), or JSON [{ "unit", "rank", "percent" }]
  --groups <thresholds>     Group thresholds in %, descending (default 90,80,70: A, B, C, D)
  --group-labels <names>    The groups' names, one more than the thresholds
  --final-only              Rank only units whose appraisal result is locked (the others listed apart)
  --json                    Print the result as JSON (--out may then be left out)
  --force                   Overwrite an --out that is not a ranking, or start afresh without the old notes
Exit codes: 0 = every unit ranked, 1 = some unit not ranked, 2 = a wrong call or a file that cannot be used.`,

  stage: `Usage: par-index stage <file.xlsx> <self|submitted|appraised|explained|final> --out <new-file.xlsx>
                   [--by "<full name>"] [--note "<reason, note>"] [--deadline dd/mm/yyyy]
                   [--against <copy-sent.xlsx>] [--sheet <sheet name>] [--json] [--force]

Moves the scoring workbook to the next appraisal stage, or one stage back (reopen, withdraw to correct):
  self       Self-assessment        (the unit edits self scores, evidence, explanations)
  submitted  Submitted              (the council enters round-1 scores and its notes)
  appraised  Appraised, round 1     (the unit explains and adds evidence)
  explained  Explained              (the council enters round-2 scores and notes)
  final      Locked                 (nobody edits; the result is used for the ranking)
Before moving, the tool checks: to submit, no errors; to «appraised», every self-assessed item has an
appraisal score and every item that lost points a note; to lock, every round-2 score that differs has
a note. The cells the holder may not edit must keep the values of the last move (checked in the file,
and against the copy sent with --against). Each move adds a row to the «Lịch sử chấm điểm» sheet and
locks the scoring sheet but for the receiver's cells. Result = round 2, else round 1, else self.
  --out <file.xlsx>         The file to write (the input is not changed)
  --by <full name>          Who moves it, for the history
  --note <text>             Reason or note; required to move back
  --deadline <dd/mm/yyyy>   The receiver's deadline
  --against <file.xlsx>     The copy you sent, to compare the returned file with
  --sheet <sheet name>      The scoring sheet (when the file has several)
  --json                    Print the result as JSON: from, to, file, issues, changed
  --force                   Overwrite --out if it exists
Exit codes: 0 = moved, 1 = not ready or cells were changed (nothing written), 2 = a wrong step or a wrong call.`,

  status: `Usage: par-index status <file.xlsx> [--sheet <sheet name>] [--json]

Says which appraisal stage the scoring sheet is at, who holds the file, the deadline (days left or
late), the next step and what still blocks it (with cells), and the history of moves.
  --sheet <sheet name>      The scoring sheet (when the file has several)
  --json                    Print JSON: stage, holder, deadline, next, blocking, history
Exit codes: 0 = read, 2 = the file cannot be read or a wrong call.`,
};
