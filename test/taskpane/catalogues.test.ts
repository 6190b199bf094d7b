// The pane's language: Vietnamese is at hand, English arrives as its own chunk, both complete.
import { loadCatalogue, vietnameseCatalogue } from "../../src/taskpane/i18n/catalogues";
import { createLocalization } from "../../src/taskpane/i18n/useMessages";
import { makeIssue } from "../../src/domain";

describe("the pane's catalogues", () => {
  it("gives the Vietnamese catalogue itself, with nothing to fetch", async () => {
    await expect(loadCatalogue("vi")).resolves.toBe(vietnameseCatalogue);
  });

  it("loads English labels and English issue texts together", async () => {
    const english = await loadCatalogue("en");
    expect(english.language).toBe("en");
    expect(english.t.steps.check).not.toBe(vietnameseCatalogue.t.steps.check);
    const issue = makeIssue("score_missing", "warning", { itemCode: "1.1" }, { cell: "O7" });
    expect(createLocalization(english).issue(issue)).toMatch(/^Cell O7: /);
    expect(createLocalization(vietnameseCatalogue).issue(issue)).toMatch(/^Ô O7: /);
    expect(createLocalization(english).points(1089)).toBe("10.89");
    expect(createLocalization(vietnameseCatalogue).points(1089)).toBe("10,89");
  });
});
