// Parses XML into a small ordered element tree (name, attributes, children, text) for structural tests.
import { XMLParser, XMLValidator } from "fast-xml-parser";

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

type OrderedNode = Record<string, unknown>;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  parseAttributeValue: false,
  parseTagValue: false,
  trimValues: true,
});

function toElement(node: OrderedNode): XmlElement | undefined {
  const name = Object.keys(node).find((key) => key !== ":@" && key !== "#text" && !key.startsWith("?"));
  if (name === undefined) return undefined;
  const content = (node[name] ?? []) as OrderedNode[];
  const children: XmlElement[] = [];
  let text = "";
  for (const child of content) {
    if (typeof child["#text"] === "string") text += child["#text"];
    const element = toElement(child);
    if (element) children.push(element);
  }
  return { name, attrs: (node[":@"] ?? {}) as Record<string, string>, children, text };
}

/** The document element, or the parser's message when the XML is not well-formed. */
export function parseXml(xml: string): XmlElement {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`XML is not well-formed: ${valid.err.msg} (line ${valid.err.line})`);
  const root = (parser.parse(xml) as OrderedNode[]).map(toElement).find((element) => element !== undefined);
  if (!root) throw new Error("XML has no document element");
  return root;
}

export function childNames(element: XmlElement): string[] {
  return element.children.map((child) => child.name);
}

/** The only child with this name; throws when there is none or more than one. */
export function child(element: XmlElement, name: string): XmlElement {
  const found = element.children.filter((c) => c.name === name);
  if (found.length !== 1) throw new Error(`<${element.name}> has ${found.length} <${name}> children, expected 1`);
  return found[0] as XmlElement;
}

/** Follows a path of single children, e.g. at(root, "Requirements", "Sets"). */
export function at(element: XmlElement, ...names: string[]): XmlElement {
  return names.reduce(child, element);
}

export function descendants(element: XmlElement): XmlElement[] {
  return element.children.flatMap((c) => [c, ...descendants(c)]);
}

/** Every element with this name anywhere below, paired with its parent. */
export function findAll(element: XmlElement, name: string): Array<{ element: XmlElement; parent: XmlElement }> {
  return element.children.flatMap((c) => [
    ...(c.name === name ? [{ element: c, parent: element }] : []),
    ...findAll(c, name),
  ]);
}
