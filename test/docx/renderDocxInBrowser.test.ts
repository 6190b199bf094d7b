/**
 * @jest-environment jsdom
 */
// The renderer in a browser-like environment (no Node globals reached for): what the task pane
// will run when staff download the document. jsdom lacks TextEncoder/TextDecoder, which every
// browser the add-in supports has, so they are given from Node's util here; Buffer, which jest's
// jsdom environment lends, is taken away while the document is made.
import { TextDecoder, TextEncoder } from "node:util";
import { buildPlanDocument } from "../../src/domain/document/buildPlanDocument";
import { defaultDocumentFields } from "../../src/domain/document/documentFields";
import { buildRemediationPlan } from "../../src/domain/plan/remediationPlan";
import { DOCX_MIME, renderDocx } from "../../src/docx/renderDocx";
import { seed001CheckResult } from "../helpers/seed001Check";
import { seed001Template } from "../helpers/seed001";

Object.assign(globalThis, { TextEncoder, TextDecoder });

describe("renderDocx in a browser-like environment", () => {
  it("gives the bytes of a .docx that a Blob can carry", async () => {
    expect(typeof window).toBe("object");
    const check = seed001CheckResult();
    const plan = buildRemediationPlan(seed001Template(), check.totals, { unit: "Văn phòng UBND tỉnh Sơn La", year: 2021 });
    const fields = defaultDocumentFields({ unit: "Văn phòng UBND tỉnh Sơn La", year: 2021, level: "so" });
    const lent = (globalThis as { Buffer?: unknown }).Buffer;
    (globalThis as { Buffer?: unknown }).Buffer = undefined;
    let bytes: Uint8Array<ArrayBuffer>;
    try {
      bytes = await renderDocx(buildPlanDocument({ plan, totals: check.totals, fields }).document);
    } finally {
      (globalThis as { Buffer?: unknown }).Buffer = lent;
    }
    expect([bytes[0], bytes[1], bytes[2], bytes[3]]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    const blob = new Blob([bytes], { type: DOCX_MIME });
    expect(blob.size).toBe(bytes.byteLength);
    expect(blob.type).toBe(DOCX_MIME);
  });
});
