// A tiny XML writer for feeds and sitemaps. Text and attribute values are always escaped and
// element names are fixed strings in our code, so no headline or tag name can break the markup.
// Nothing on npm is needed for four fixed document shapes, and this keeps readers' routes free of
// a dependency that would parse nothing.

/** Already-serialised XML; only el() makes one, so plain strings can never pass as markup. */
export type Xml = { readonly xml: string };

export type XmlChild = Xml | string | number | null | undefined | false;

const NAME = /^[A-Za-z_][\w.-]*(:[A-Za-z_][\w.-]*)?$/;

// XML 1.0 forbids most C0 controls, lone surrogates and U+FFFE/U+FFFF even as references; a
// pasted control character in a dek would otherwise make the whole feed unparsable.
const INVALID_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

/** Text safe inside an element or a double- or single-quoted attribute. */
export function escapeXml(value: string): string {
  return value.replace(INVALID_CHARS, "").replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/**
 * One element: `el("item", {}, el("title", {}, headline))`. Attributes that are undefined are
 * left out; string children are escaped, Xml children are inserted as they are.
 */
export function el(name: string, attrs: Record<string, string | number | undefined>, ...children: XmlChild[]): Xml {
  if (!NAME.test(name)) throw new Error(`Invalid XML name: ${name}`);
  let open = `<${name}`;
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined) continue;
    if (!NAME.test(key)) throw new Error(`Invalid XML attribute name: ${key}`);
    open += ` ${key}="${escapeXml(String(value))}"`;
  }
  const inner = serialize(children);
  return { xml: inner ? `${open}>${inner}</${name}>` : `${open}/>` };
}

/** Sibling elements without a wrapper, e.g. the items of a channel. */
export function fragment(children: XmlChild[]): Xml {
  return { xml: serialize(children) };
}

function serialize(children: XmlChild[]): string {
  let out = "";
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    out += typeof child === "object" ? child.xml : escapeXml(String(child));
  }
  return out;
}

/** A complete document with its declaration. */
export function xmlDocument(root: Xml): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${root.xml}\n`;
}
