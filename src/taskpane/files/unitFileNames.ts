// The names of the units' files the pane hands over: «<unit> - Chấm điểm CCHC <năm>.xlsx», without
// the characters Windows, macOS or a zip refuse; a second unit whose name cleans to the same one gets
// " (2)" (names compared as file systems that ignore case would).

export function unitFileNames(units: readonly string[], year: number): string[] {
  const taken = new Set<string>();
  return units.map((unit) => {
    const clean = `${unit} - Chấm điểm CCHC ${year}`
      .normalize("NFC")
      .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, " ")
      .replace(/\s+/g, " ")
      .trim()
      // Windows drops a trailing dot or space.
      .replace(/[. ]+$/, "");
    let name = `${clean}.xlsx`;
    for (let n = 2; taken.has(name.toLocaleLowerCase("vi")); n += 1) name = `${clean} (${n}).xlsx`;
    taken.add(name.toLocaleLowerCase("vi"));
    return name;
  });
}

/** The zip holding every unit's file: «Chấm điểm CCHC <năm> - các đơn vị.zip». */
export function unitFilesZipName(year: number): string {
  return `Chấm điểm CCHC ${year} - các đơn vị.zip`;
}
