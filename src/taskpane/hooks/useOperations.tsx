// Hands the workbook operations down the tree, so components never reach Excel themselves and tests inject a fake.
import { createContext, useContext, type ReactNode } from "react";
import type { WorkbookOperations } from "../../excel/host/workbookOperations";

const OperationsContext = createContext<WorkbookOperations | null>(null);

export function OperationsProvider({ operations, children }: { operations: WorkbookOperations; children: ReactNode }) {
  return <OperationsContext.Provider value={operations}>{children}</OperationsContext.Provider>;
}

export function useOperations(): WorkbookOperations {
  const operations = useContext(OperationsContext);
  if (!operations) throw new Error("useOperations needs an OperationsProvider above it");
  return operations;
}
