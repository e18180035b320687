/**
 * A small XML scanner for patching the parts of an .xlsx file in place: it finds element tags (skipping comments,
 * CDATA sections, processing instructions and the doctype), reads their attributes and splices text into the
 * part, so that everything it does not change stays exactly as it was. No DOM and no Node API: it runs in the
 * browser preview as in the command line. It does not check well-formedness; the parts come from a workbook
 * ExcelJS has already opened.
 */

/** The XML declaration of every part jixiao writes anew. */
export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** The namespaces jixiao's patches meet (transitional OOXML, with the strict namespaces where they differ). */
export const NS = {
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  rel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  strictRel: "http://purl.oclc.org/ooxml/officeDocument/relationships",
  packageRel: "http://schemas.openxmlformats.org/package/2006/relationships",
  contentTypes: "http://schemas.openxmlformats.org/package/2006/content-types",
} as const;

/** An element tag in a part: `<row r="5">` (open), `</row>` (close) or `<c r="A1"/>` (empty). */
export interface Tag {
  readonly kind: "open" | "close" | "empty";
  /** The qualified name, with its prefix: "row", "x:row". */
  readonly name: string;
  /** The index of its "<". */
  readonly start: number;
  /** The index just after its ">". */
  readonly end: number;
}

/** Raised when a part is not the XML it should be; the caller reports the workbook as damaged. */
export class XmlPatchError extends Error {
  override readonly name = "XmlPatchError";
}

function skipPast(xml: string, from: number, marker: string): number {
  const at = xml.indexOf(marker, from);
  if (at < 0) throw new XmlPatchError(`unterminated ${marker}`);
  return at + marker.length;
}

function isNameEnd(code: number): boolean {
  // whitespace, "/", ">"
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 47 || code === 62 || Number.isNaN(code);
}

/** The next element tag at or after `from`, or null when there is none. */
export function nextTag(xml: string, from: number): Tag | null {
  let i = xml.indexOf("<", from);
  while (i >= 0) {
    const next = xml.charCodeAt(i + 1);
    if (next === 33 /* ! */) {
      if (xml.startsWith("<!--", i)) i = skipPast(xml, i + 4, "-->");
      else if (xml.startsWith("<![CDATA[", i)) i = skipPast(xml, i + 9, "]]>");
      else {
        // <!DOCTYPE …> with an optional internal subset in brackets.
        const bracket = xml.indexOf("[", i);
        const close = xml.indexOf(">", i);
        if (close < 0) throw new XmlPatchError("unterminated declaration");
        i = bracket >= 0 && bracket < close ? skipPast(xml, skipPast(xml, bracket, "]"), ">") : close + 1;
      }
      i = xml.indexOf("<", i);
      continue;
    }
    if (next === 63 /* ? */) {
      i = xml.indexOf("<", skipPast(xml, i + 2, "?>"));
      continue;
    }
    if (next === 47 /* / */) {
      const close = xml.indexOf(">", i);
      if (close < 0) throw new XmlPatchError("unterminated end tag");
      return { kind: "close", name: xml.slice(i + 2, close).trim(), start: i, end: close + 1 };
    }
    let j = i + 1;
    while (!isNameEnd(xml.charCodeAt(j))) j++;
    const name = xml.slice(i + 1, j);
    // The end of the start tag: the first ">" outside a quoted attribute value.
    for (;;) {
      const code = xml.charCodeAt(j);
      if (Number.isNaN(code)) throw new XmlPatchError(`unterminated tag <${name}`);
      if (code === 34 || code === 39) {
        const quote = xml.indexOf(code === 34 ? '"' : "'", j + 1);
        if (quote < 0) throw new XmlPatchError(`unterminated attribute in <${name}`);
        j = quote + 1;
        continue;
      }
      if (code === 62) break;
      j++;
    }
    const empty = xml.charCodeAt(j - 1) === 47;
    return { kind: empty ? "empty" : "open", name, start: i, end: j + 1 };
  }
  return null;
}

/** The local name of a qualified name: "row" of "x:row". */
export function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

/** The prefix of a qualified name with its colon ("x:" of "x:row"), or "" for none. */
export function prefixOf(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? "" : name.slice(0, colon + 1);
}

/** An attribute of a tag as the part has it: the value still escaped. */
export interface RawAttribute {
  readonly name: string;
  readonly raw: string;
}

const ATTRIBUTE = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** The attributes of a start tag (or empty-element tag), in order. */
export function attributesOf(xml: string, tag: Tag): RawAttribute[] {
  const text = xml.slice(tag.start + 1 + tag.name.length, tag.end - 1);
  const out: RawAttribute[] = [];
  for (const m of text.matchAll(ATTRIBUTE)) out.push({ name: m[1]!, raw: m[2] ?? m[3] ?? "" });
  return out;
}

/** One attribute of a tag, unescaped, or undefined. */
export function attributeOf(xml: string, tag: Tag, name: string): string | undefined {
  const found = attributesOf(xml, tag).find((a) => a.name === name);
  return found === undefined ? undefined : unescapeXml(found.raw);
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** Text or an attribute value with its entity and character references resolved. */
export function unescapeXml(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref.startsWith("#x")) return String.fromCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith("#")) return String.fromCodePoint(parseInt(ref.slice(1), 10));
    return ENTITIES[ref] ?? whole;
  });
}

/** Characters XML 1.0 cannot hold at all, not even as references: C0 controls but tab, line feed and carriage
 *  return, U+FFFE, U+FFFF and lone surrogates. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF][\uDC00-\uDFFF]|[\uD800-\uDFFF]/g;
/** A match of NOT_XML kept when it is a whole surrogate pair (no lookbehind: older WebKit lacks it). */
const pairOrNothing = (m: string) => (m.length === 2 ? m : "");

/** Text escaped for element content; characters XML cannot hold are left out (a cell's text is escaped the
 *  Excel way before, see xlsx-patch-strings.ts, so this only drops them from names). */
export function escapeText(text: string): string {
  return text
    .replace(NOT_XML, pairOrNothing)
    .replace(/[&<>]/g, (ch) => (ch === "&" ? "&amp;" : ch === "<" ? "&lt;" : "&gt;"));
}

/** Text escaped for a double-quoted attribute value (line breaks and tabs as references, so that they survive
 *  attribute-value normalisation; characters XML cannot hold left out). */
export function escapeAttribute(text: string): string {
  return text.replace(NOT_XML, pairOrNothing).replace(/[&<>"\t\n\r]/g, (ch) => {
    switch (ch) {
      case "&":
        return "&amp;";
      case "<":
        return "&lt;";
      case ">":
        return "&gt;";
      case '"':
        return "&quot;";
      default:
        return `&#${ch.charCodeAt(0)};`;
    }
  });
}

/** A start tag (the text of it alone) with attributes set to raw (already escaped) values, replaced where they
 *  stand and added last otherwise, or removed where the value is null. */
export function withAttributes(tagText: string, values: Readonly<Record<string, string | null>>): string {
  const tag = nextTag(tagText, 0);
  if (!tag || tag.kind === "close") throw new XmlPatchError("not a start tag");
  const attributes = attributesOf(tagText, tag);
  const parts: string[] = [];
  for (const a of attributes) {
    if (!(a.name in values)) parts.push(`${a.name}="${a.raw}"`);
    else if (values[a.name] !== null) parts.push(`${a.name}="${values[a.name]!}"`);
  }
  for (const [name, value] of Object.entries(values))
    if (value !== null && !attributes.some((a) => a.name === name)) parts.push(`${name}="${value}"`);
  return `<${tag.name}${parts.map((p) => ` ${p}`).join("")}${tag.kind === "empty" ? "/>" : ">"}`;
}

/** A start tag turned into the start tag of an element with content: `<row r="5"/>` → `<row r="5">`. */
export function openForm(tagText: string): string {
  return tagText.endsWith("/>") ? `${tagText.slice(0, -2).trimEnd()}>` : tagText;
}

/** The element whose start tag is `open`: where its content starts and ends and where it ends (the same
 *  for an empty element). */
export interface Span {
  readonly open: Tag;
  readonly contentStart: number;
  readonly contentEnd: number;
  readonly end: number;
}

/** The extent of the element that `open` starts. */
export function spanOf(xml: string, open: Tag): Span {
  if (open.kind === "empty") return { open, contentStart: open.end, contentEnd: open.end, end: open.end };
  let depth = 0;
  for (let t = nextTag(xml, open.end); t; t = nextTag(xml, t.end)) {
    if (t.kind === "open") depth++;
    else if (t.kind === "close") {
      if (depth === 0) return { open, contentStart: open.end, contentEnd: t.start, end: t.end };
      depth--;
    }
  }
  throw new XmlPatchError(`<${open.name}> is not closed`);
}

/** An element with its children. */
export interface Element extends Span {
  readonly children: readonly Span[];
}

/** The element that `open` starts, with the spans of its children in order. */
export function elementOf(xml: string, open: Tag): Element {
  if (open.kind === "empty") return { ...spanOf(xml, open), children: [] };
  const children: Span[] = [];
  for (let t = nextTag(xml, open.end); t;) {
    if (t.kind === "close") return { open, contentStart: open.end, contentEnd: t.start, end: t.end, children };
    const span = spanOf(xml, t);
    children.push(span);
    t = nextTag(xml, span.end);
  }
  throw new XmlPatchError(`<${open.name}> is not closed`);
}

/** The root element's start tag. */
export function rootOf(xml: string): Tag {
  const root = nextTag(xml, 0);
  if (!root || root.kind === "close") throw new XmlPatchError("no root element");
  return root;
}

/** The namespace declarations of a tag: prefix ("" for the default) → namespace. */
export function namespacesOf(xml: string, tag: Tag): Map<string, string> {
  const out = new Map<string, string>();
  for (const a of attributesOf(xml, tag)) {
    if (a.name === "xmlns") out.set("", unescapeXml(a.raw));
    else if (a.name.startsWith("xmlns:")) out.set(a.name.slice(6), unescapeXml(a.raw));
  }
  return out;
}

/** A change to a part: the text from `start` to `end` replaced by `text`. */
export interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** The part with the edits made; they must not overlap (insertions at one point keep their order). */
export function applyEdits(xml: string, edits: readonly Edit[]): string {
  if (edits.length === 0) return xml;
  const sorted = edits
    .map((e, i) => ({ e, i }))
    .sort((a, b) => a.e.start - b.e.start || a.e.end - b.e.end || a.i - b.i)
    .map((x) => x.e);
  const pieces: string[] = [];
  let at = 0;
  for (const e of sorted) {
    if (e.start < at) throw new XmlPatchError("overlapping edits");
    pieces.push(xml.slice(at, e.start), e.text);
    at = e.end;
  }
  pieces.push(xml.slice(at));
  return pieces.join("");
}

// ---------------------------------------------------------------------------------------------------------
// Bytes

/** A part's text: UTF-8 (with or without its byte order mark) or UTF-16 with one. */
export function decodePart(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  return new TextDecoder("utf-8").decode(bytes);
}

/** A part's text as UTF-8 bytes (a part read as UTF-16 says so no more). */
export function encodePart(xml: string): Uint8Array {
  const declared = /^<\?xml[^?]*encoding=["']utf-16["']/i.test(xml)
    ? xml.replace(/^(<\?xml[^?]*encoding=["'])utf-16(["'])/i, "$1UTF-8$2")
    : xml;
  return new TextEncoder().encode(declared);
}
