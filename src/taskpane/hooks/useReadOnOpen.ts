// A read the pane makes once, when it (or a step) opens: the workbook's state at startup, a step's
// overview. Later reads are staff's choice (a button), so a new `read` after a render does not run
// again, and React's development double mount does not read twice either.
import { useEffect, useRef } from "react";

export function useReadOnOpen(read: () => Promise<void>): void {
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    void read();
  }, [read]);
}
