// Editing a workbook the way a LibreOffice user does: a Basic macro in a fresh profile of our
// own opens the file in Calc, types into cells and saves it as .xlsx with Calc's own filter.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { findSoffice } from "./libreOffice";

// Every argument arrives as text (a macro: URL passes strings); Val reads numbers with a decimal point whatever the locale.
const MACRO = `Sub Log(text As String, logPath As String)
  Dim n As Integer
  n = FreeFile
  Open logPath For Append As #n
  Print #n, text
  Close #n
End Sub

Sub EditCells(inPath As String, outPath As String, sheetIndex As String, edits As String, logPath As String)
  On Error GoTo Failed
  Dim args(0) As New com.sun.star.beans.PropertyValue
  args(0).Name = "Hidden"
  args(0).Value = True
  Dim doc As Object
  doc = StarDesktop.loadComponentFromURL(ConvertToURL(inPath), "_blank", 0, args())
  Dim sheet As Object
  sheet = doc.Sheets.getByIndex(CInt(sheetIndex))
  Dim parts() As String
  parts = Split(edits, "|")
  Dim i As Integer
  For i = LBound(parts) To UBound(parts)
    Dim pair() As String
    pair = Split(parts(i), "=", 2)
    If Left(pair(1), 1) = "#" Then
      sheet.getCellRangeByName(pair(0)).setValue(Val(Mid(pair(1), 2)))
    Else
      sheet.getCellRangeByName(pair(0)).setString(pair(1))
    End If
  Next i
  Dim store(0) As New com.sun.star.beans.PropertyValue
  store(0).Name = "FilterName"
  store(0).Value = "Calc MS Excel 2007 XML"
  doc.storeToURL(ConvertToURL(outPath), store())
  doc.close(True)
  Log("ok", logPath)
  Exit Sub
Failed:
  Log("error " & Err & ": " & Error$, logPath)
End Sub
`;

function moduleXml(source: string): string {
  // LibreOffice silently replaces a module it cannot parse: escape it as it writes them (quotes too).
  const text = source.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" script:language="StarBasic">${text}</script:module>
`;
}

export type CellEdit = [cell: string, value: number | string];

/**
 * Opens `input` in LibreOffice Calc, sets each cell (numbers with setValue, text with setString)
 * on the sheet at `sheetIndex`, and saves the result to `output` as .xlsx. Paths must be ASCII
 * (they travel in a macro URL); texts must not contain "|".
 */
export function editWithLibreOffice(input: string, output: string, sheetIndex: number, edits: readonly CellEdit[], soffice = findSoffice()): void {
  const profile = mkdtempSync(path.join(tmpdir(), "par-index-lo-macro-"));
  const env = `-env:UserInstallation=${pathToFileURL(profile).href}`;
  try {
    // A first start creates the profile (and its Standard library), which the macro then replaces.
    spawnSync(soffice, [env, "--headless", "--norestore", "--terminate_after_init"], { encoding: "utf8", timeout: 120_000 });
    const library = path.join(profile, "user", "basic", "Standard");
    mkdirSync(library, { recursive: true });
    writeFileSync(path.join(library, "Module1.xba"), moduleXml(MACRO));
    const log = path.join(profile, "macro.log");
    const encoded = edits.map(([cell, value]) => `${cell}=${typeof value === "number" ? `#${value}` : value}`).join("|");
    const args = [input, output, String(sheetIndex), encoded, log].map((a) => `"${a.replace(/"/g, "")}"`).join(",");
    const run = spawnSync(soffice, [env, "--headless", "--norestore", "--nolockcheck", `macro:///Standard.Module1.EditCells(${args})`], {
      encoding: "utf8",
      timeout: 300_000,
    });
    const said = existsSync(log) ? readFileSync(log, "utf8").trim() : "";
    if (said !== "ok" || !existsSync(output)) {
      throw new Error(`LibreOffice did not edit ${input}: ${said || "the macro did not run"} ${run.error?.message ?? ""} ${run.stderr ?? ""}`.trim());
    }
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}
