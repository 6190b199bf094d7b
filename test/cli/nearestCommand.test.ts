import { COMMANDS } from "../../src/cli/usage";
import { editDistance, nearestCommand } from "../../src/cli/nearestCommand";

describe("the command staff meant", () => {
  it.each([
    ["chek", "check"],
    ["CHECK", "check"],
    ["plna", "plan"],
    ["rnak", "rank"],
    ["merg", "merge"],
    ["spilt", "split"],
    ["templtes", "templates"],
    ["docment", "document"],
    ["imprt", "import"],
    ["ne", "new"],
    ["assig", "assignments"],
  ])("«%s» is taken for «%s»", (typed, meant) => {
    expect(nearestCommand(typed, COMMANDS)).toBe(meant);
  });

  it.each(["chấm", "xyz", "plot", "delete"])("«%s» is near no command: nothing is guessed", (typed) => {
    expect(nearestCommand(typed, COMMANDS)).toBeNull();
  });

  it("counts a swapped pair of letters as one slip", () => {
    expect(editDistance("rnak", "rank")).toBe(1);
    expect(editDistance("chek", "check")).toBe(1);
    expect(editDistance("", "new")).toBe(3);
    expect(editDistance("split", "split")).toBe(0);
  });
});
