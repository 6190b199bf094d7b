/** @jest-environment jsdom */
// A step reads the workbook once when it opens; a later read is staff's choice (its button), whatever re-renders.
import "@testing-library/jest-dom";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { StrictMode, useState } from "react";
import { useReadOnOpen } from "../../src/taskpane/hooks/useReadOnOpen";

function Step({ read }: { read: (typed: string) => Promise<void> }) {
  const [typed, setTyped] = useState("");
  // A new function on every render, as a step's read is when it depends on what staff typed.
  useReadOnOpen(() => read(typed));
  return <input aria-label="Ghi chú" value={typed} onChange={(event) => setTyped(event.target.value)} />;
}

describe("a read when a step opens", () => {
  it("runs once, not again on every change nor twice under React's strict mode", async () => {
    const read = jest.fn(async (_typed: string) => undefined);
    const { rerender } = render(
      <StrictMode>
        <Step read={read} />
      </StrictMode>,
    );
    await userEvent.setup().type(screen.getByRole("textbox", { name: "Ghi chú" }), "abc");
    rerender(
      <StrictMode>
        <Step read={read} />
      </StrictMode>,
    );
    expect(read).toHaveBeenCalledTimes(1);
    expect(read).toHaveBeenCalledWith("");
  });

  it("runs again when the step is opened again", () => {
    const read = jest.fn(async () => undefined);
    const first = render(<Step read={read} />);
    first.unmount();
    render(<Step read={read} />);
    expect(read).toHaveBeenCalledTimes(2);
  });
});
