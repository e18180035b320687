/**
 * The shared string table of a patched workbook (xl/sharedStrings.xml): the texts jixiao writes are added at its
 * end (or found among the plain texts it has), never reordering or changing an entry, so every cell that points
 * into it keeps its text.
 *
 * Why shared strings rather than inline strings (`t="inlineStr"`): it is the form Excel itself writes and every
 * reader knows, and it is the one where ExcelJS (and so readXlsx, which the command line and the preview read the
 * written file back with) decodes Excel's escapes `_xHHHH_` exactly as Excel does; with inline strings ExcelJS
 * would show the escapes as typed, so a text holding a control character or “_x0041_” would read back
 * differently from what Excel shows. The cost is one more part rewritten, with its counts kept right.
 */
import {
  type Edit,
  XML_DECLARATION,
  NS,
  applyEdits,
  attributeOf,
  elementOf,
  escapeText,
  localName,
  prefixOf,
  rootOf,
  withAttributes,
  openForm,
  type Element,
} from "./xlsx-patch-xml";

/** Characters XML 1.0 cannot hold (C0 controls but tab and line feed, U+FFFE, U+FFFF, lone surrogates), the
 *  carriage return (an XML parser turns it into a line feed), and an underscore that would otherwise start an
 *  escape: each becomes `_xHHHH_` as Excel writes it (ECMA-376 ST_Xstring). */
const NEEDS_ESCAPE =
  /_(?=x[0-9A-Fa-f]{4}_)|[\u0000-\u0008\u000B-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF][\uDC00-\uDFFF]|[\uD800-\uDFFF]/g;

/** A text as the content of a `<t>` element: Excel's escapes, then XML's. */
export function xstring(text: string): string {
  // A whole surrogate pair matches too (no lookbehind: older WebKit lacks it), and stays as it is.
  const escaped = text.replace(NEEDS_ESCAPE, (ch) =>
    ch.length === 2 ? ch : `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`,
  );
  return escapeText(escaped);
}

/** A `<t>` element holding `text`, with xml:space="preserve" where white space at its ends or a line break
 *  must survive (as ExcelJS writes it, so that its entries are found again). */
export function textElement(prefix: string, text: string): string {
  const preserve = /^\s|\n|\s$/.test(text) ? ' xml:space="preserve"' : "";
  return `<${prefix}t${preserve}>${xstring(text)}</${prefix}t>`;
}

/** The shared string table: the existing part's entries, and those added. */
export class SharedStrings {
  private readonly known = new Map<string, number>();
  private readonly added: string[] = [];
  private readonly existing: number;
  private readonly prefix: string;
  private readonly root: Element | null = null;
  private countDelta = 0;

  /** `xml`: the part as it is, or null when the workbook has none yet. */
  constructor(private readonly xml: string | null) {
    if (xml === null) {
      this.existing = 0;
      this.prefix = "";
      return;
    }
    const root = (this.root = elementOf(xml, rootOf(xml)));
    this.prefix = prefixOf(root.open.name);
    let index = 0;
    for (const si of root.children) {
      if (localName(si.open.name) !== "si") continue;
      const inner = xml.slice(si.contentStart, si.contentEnd);
      if (!this.known.has(inner)) this.known.set(inner, index);
      index++;
    }
    this.existing = index;
  }

  /** Whether the table must be written: an entry was added or a count changed. */
  get changed(): boolean {
    return this.added.length > 0 || this.countDelta !== 0;
  }

  /** Whether the workbook has a shared string table already. */
  get exists(): boolean {
    return this.xml !== null;
  }

  /** The index of `text`, added if the table does not hold it as a plain text; one more cell points to it. */
  indexOf(text: string): number {
    const inner = textElement(this.prefix, text);
    this.countDelta++;
    let index = this.known.get(inner);
    if (index === undefined) {
      index = this.existing + this.added.length;
      this.added.push(inner);
      this.known.set(inner, index);
    }
    return index;
  }

  /** `n` cells that pointed into the table no longer do. */
  released(n: number): void {
    this.countDelta -= n;
  }

  /** The part: the existing one with the new entries at its end and its counts updated, or a new one. */
  render(): string {
    const items = this.added.map((inner) => `<${this.prefix}si>${inner}</${this.prefix}si>`).join("");
    const unique = this.existing + this.added.length;
    if (this.xml === null) {
      const count = Math.max(this.countDelta, 0);
      return `${XML_DECLARATION}<sst xmlns="${NS.main}" count="${count}" uniqueCount="${unique}">${items}</sst>`;
    }
    const xml = this.xml;
    const root = this.root!;
    const counts: Record<string, string> = {};
    const count = attributeOf(xml, root.open, "count");
    if (count !== undefined && /^\d+$/.test(count)) counts.count = String(Math.max(Number(count) + this.countDelta, 0));
    if (attributeOf(xml, root.open, "uniqueCount") !== undefined) counts.uniqueCount = String(unique);
    const tag = withAttributes(xml.slice(root.open.start, root.open.end), counts);
    const edits: Edit[] =
      root.open.kind === "empty"
        ? [{ start: root.open.start, end: root.end, text: `${openForm(tag)}${items}</${root.open.name}>` }]
        : [
            { start: root.open.start, end: root.open.end, text: tag },
            { start: root.contentEnd, end: root.contentEnd, text: items },
          ];
    return applyEdits(xml, edits);
  }
}
