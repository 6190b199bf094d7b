// Takes staff to a cell an issue points at: activates its sheet and selects it. One sync.
import type { HostDependencies } from "../host/hostEnvironment";
import { runAction } from "../host/runAction";

export function selectCell(host: HostDependencies, sheetName: string, cell: string): Promise<void> {
  return runAction(
    host,
    "selectCell",
    async ({ context }) => {
      const worksheet = context.workbook.worksheets.getItem(sheetName);
      worksheet.activate();
      worksheet.getRange(cell).select();
      await context.sync();
    },
    { sheet: sheetName },
  );
}
