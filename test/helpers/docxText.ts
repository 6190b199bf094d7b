// The text of a .docx file, paragraph by paragraph, read from its document.xml (no parser that
// trims whitespace, so what the file holds is what the test sees).
import JSZip from "jszip";

const decode = (s: string) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");

export function paragraphTexts(documentXml: string): string[] {
  return [...documentXml.matchAll(/<w:p(?: [^>]*)?>([\s\S]*?)<\/w:p>/g)]
    .map((m) => [...m[1]!.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => decode(t[1]!)).join(""))
    .filter((t) => t !== "");
}

export async function documentXmlOf(bytes: Uint8Array | Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const file = zip.file("word/document.xml");
  if (!file) throw new Error("no word/document.xml in the .docx");
  return file.async("string");
}

export async function docxParagraphs(bytes: Uint8Array | Buffer): Promise<string[]> {
  return paragraphTexts(await documentXmlOf(bytes));
}
