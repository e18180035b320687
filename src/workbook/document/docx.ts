/**
 * A Word document (.docx, also .docm and .dotx) as blocks. The main part is found through the package's
 * relationships (_rels/.rels → officeDocument), its styles and numbering through the part's own; each part is
 * parsed as it inflates (zip.ts within the bounds of limits.ts, xml-tokens.ts: no DOCTYPE entities, no external
 * entities), so a .docx is read within the same bounds as an .xlsx.
 *
 * What a reader sees is what is read: the text of w:t (w:tab a tab, w:br and w:cr a line break inside the
 * paragraph), inserted text (w:ins) kept and deleted text (w:del, w:moveFrom) left out, as Word shows a document
 * with its changes accepted (a deleted paragraph mark joins the paragraph to the next); the results of fields
 * kept and their codes left out; automatic numbering rendered ("一、", "（一）", docx-numbering.ts); hidden text
 * (w:vanish), text boxes and drawings, headers, footers, footnotes, comments and the table of contents left out.
 * Tables become table blocks on their grid (w:gridSpan, w:vMerge, w:hMerge, w:gridBefore); a table inside a
 * cell is flattened into that cell's text, a row a line and its cells separated by tabs.
 */
import { LimitError, type InflateBudget } from "../limits";
import { XmlTokenizer, type Tag, type XmlHandler } from "../xml-tokens";
import type { ZipArchive } from "../zip";
import { isOn, Numbering, StylesReader } from "./docx-numbering";
import type { Block, TableBlock, TableCellBlock } from "./types";

/** Why a package is not a Word document we can read (docx.ts's caller turns it into a DocumentReadError). */
export class DocxFormatError extends Error {
  override readonly name = "DocxFormatError";
  constructor(
    readonly reason: "workbook" | "presentation" | "no-document",
    message: string,
  ) {
    super(message);
  }
}

const REL_OFFICE_DOCUMENT = /\/officeDocument$/;
const REL_STYLES = /\/styles$/;
const REL_NUMBERING = /\/numbering$/;

/**
 * Parses a part of the archive as it inflates, the handler told of each element and text. An error of the parser
 * or the handler while the part inflates (the zip would take it for a damaged stream) is kept, the rest of the
 * part inflated unread within the budget, and the error thrown as it was.
 */
export function parseXmlPart(archive: ZipArchive, part: string, budget: InflateBudget, handler: XmlHandler): void {
  const parser = new XmlTokenizer(handler);
  let decoder: TextDecoder | null = null;
  let failed: { error: unknown } | null = null;
  try {
    archive.stream(part, budget, (chunk) => {
      if (failed) return;
      try {
        decoder ??= new TextDecoder(
          chunk[0] === 0xff && chunk[1] === 0xfe
            ? "utf-16le"
            : chunk[0] === 0xfe && chunk[1] === 0xff
              ? "utf-16be"
              : "utf-8",
        );
        const s = decoder.decode(chunk, { stream: true });
        if (s.length > 0) parser.write(s);
      } catch (error) {
        failed = { error };
      }
    });
  } catch (error) {
    if (failed) throw (failed as { error: unknown }).error;
    throw error;
  }
  if (failed) throw (failed as { error: unknown }).error;
  const rest = decoder ? (decoder as TextDecoder).decode() : "";
  if (rest.length > 0) parser.write(rest);
  parser.close();
}

/** The entry of the archive for a part name, matched without regard to case where the exact name is missing. */
function entryOf(archive: ZipArchive, name: string): string | null {
  if (archive.has(name)) return name;
  const lower = name.toLowerCase();
  return archive.names.find((n) => n.toLowerCase() === lower) ?? null;
}

/** A relationship's target as a part name, resolved against the folder of the part it belongs to. */
function resolveTarget(sourceDir: string, target: string): string {
  const path = target.startsWith("/") ? target.slice(1) : sourceDir + target;
  const out: string[] = [];
  for (const seg of path.split("/")) {
    if (seg === "..") out.pop();
    else if (seg !== "." && seg !== "") out.push(seg);
  }
  return out.join("/");
}

/** The relationships of a part (its .rels part), as type → target part names. */
function relationships(archive: ZipArchive, part: string, budget: InflateBudget): { type: string; target: string }[] {
  const slash = part.lastIndexOf("/");
  const dir = slash < 0 ? "" : part.slice(0, slash + 1);
  const relsPart = entryOf(archive, `${dir}_rels/${part.slice(slash + 1)}.rels`);
  if (!relsPart) return [];
  const out: { type: string; target: string }[] = [];
  parseXmlPart(archive, relsPart, budget, {
    open(name, tag) {
      if (name !== "Relationship" || tag.attr("TargetMode") === "External") return;
      const type = tag.attr("Type");
      const target = tag.attr("Target");
      if (type && target) out.push({ type, target: resolveTarget(dir, target) });
    },
  });
  return out;
}

/** The main part of a Word package; a DocxFormatError when the package is a workbook, a presentation or neither. */
export function mainDocumentPart(archive: ZipArchive, budget: InflateBudget): string {
  const office = relationships(archive, "", budget).find((r) => REL_OFFICE_DOCUMENT.test(r.type));
  const target = office ? entryOf(archive, office.target) : null;
  const has = (name: string) => entryOf(archive, name) !== null;
  const looksLike = (prefix: string) => (office ? office.target.startsWith(prefix) : has(`${prefix}`));
  if (looksLike("xl/") || (!office && has("xl/workbook.xml")))
    throw new DocxFormatError("workbook", "是 Excel 工作簿，不是报告文档（请按工作簿检查它）");
  if (looksLike("ppt/") || (!office && has("ppt/presentation.xml")))
    throw new DocxFormatError("presentation", "是 PowerPoint 演示文稿，不是报告文档");
  if (target) return target;
  const fallback = entryOf(archive, "word/document.xml");
  if (fallback) return fallback;
  throw new DocxFormatError("no-document", "压缩包中没有 Word 正文（word/document.xml）");
}

/** Whether a zip looks like a Word package at all (its main part by relationship or by the usual name). */
export function isWordPackage(archive: ZipArchive): boolean {
  return archive.names.some((n) => /^word\/document\.xml$/i.test(n) || /^_rels\/\.rels$/i.test(n));
}

// ---------------------------------------------------------------------------------------------------------
// The body

interface CellBuild {
  paragraphs: string[];
  span: number;
  vMerge: "restart" | "continue" | null;
  hMerge: boolean;
  /** A deleted paragraph mark's text waiting for the next paragraph of this cell. */
  pending: string;
}

interface RowBuild {
  before: number;
  cells: CellBuild[];
  deleted: boolean;
}

interface TableBuild {
  rows: RowBuild[];
  row: RowBuild | null;
  cell: CellBuild | null;
}

interface ParagraphBuild {
  text: string;
  style: string | null;
  numId: string | null;
  ilvl: number | null;
  markDeleted: boolean;
}

interface Field {
  instr: string;
  inResult: boolean;
  hidden: boolean;
}

/** Elements whose whole content a reader does not see in the body. */
const SKIPPED = new Set([
  "delText",
  "delInstrText",
  "drawing",
  "pict",
  "object",
  "Fallback",
  "txbxContent",
  "rt",
  "sectPr",
  "tblPr",
  "tblGrid",
  "tblPrEx",
  "footnoteReference",
  "endnoteReference",
  "commentReference",
  "annotationRef",
  "footnoteRef",
  "endnoteRef",
  "oMathParaPr",
  "fldData",
  // Tracked changes of formatting hold the formatting as it was (an old numbering, hidden text): not what shows.
  "pPrChange",
  "rPrChange",
  "sectPrChange",
  "tblPrChange",
  "trPrChange",
  "tcPrChange",
  "numberingChange",
]);

/** Elements of property containers, where w:del and w:ins mark a revision instead of holding text. */
const PROPERTIES = new Set(["pPr", "rPr", "trPr", "tcPr", "tblPr", "sectPr", "numPr"]);

const TOC_STYLE = /^toc \d$/;

/** Turns document.xml's events into blocks. */
class BodyReader implements XmlHandler {
  readonly blocks: Block[] = [];
  private readonly path: string[] = [];
  private skipDepth = 0;
  private paragraph: ParagraphBuild | null = null;
  private paragraphDepth = 0;
  private runHidden = false;
  private inRunProps = false;
  private inParaProps = 0;
  private inParaMarkProps = false;
  private inNumPr = false;
  private readonly tables: TableBuild[] = [];
  private readonly fields: Field[] = [];
  private readonly sdtGallery: boolean[] = [];
  /** A deleted paragraph mark's text waiting for the next paragraph of the body. */
  private bodyPending = "";
  private chars = 0;

  constructor(
    private readonly numbering: Numbering | null,
    private readonly styles: StylesReader | null,
    private readonly budget: { readonly cells: number; readonly textChars: number; readonly textLength: number },
    private readonly onLimit: (kind: "cells" | "textChars" | "textLength") => never,
  ) {}

  private get parent(): string | undefined {
    return this.path[this.path.length - 1];
  }

  private get fieldsVisible(): boolean {
    for (const f of this.fields) if (!f.inResult || f.hidden) return false;
    return true;
  }

  private append(text: string): void {
    const p = this.paragraph;
    if (!p || this.runHidden || !this.fieldsVisible) return;
    p.text += text;
    if (p.text.length > this.budget.textLength) this.onLimit("textLength");
  }

  open(name: string, tag: Tag): void {
    // Every open is followed by its close (a self-closing element's at once), so depths count both alike.
    if (this.skipDepth > 0) {
      this.skipDepth++;
      return;
    }
    const parent = this.parent;
    const inProps = parent !== undefined && PROPERTIES.has(parent);
    if (
      SKIPPED.has(name) ||
      ((name === "del" || name === "moveFrom") && !inProps) ||
      (name === "sdtContent" && this.sdtGallery[this.sdtGallery.length - 1] === true)
    ) {
      this.skipDepth = 1;
      return;
    }
    this.path.push(name);
    switch (name) {
      case "p":
        this.paragraphDepth++;
        if (this.paragraphDepth === 1)
          this.paragraph = { text: "", style: null, numId: null, ilvl: null, markDeleted: false };
        return;
      case "pPr":
        this.inParaProps++;
        return;
      case "rPr":
        if (parent === "pPr") this.inParaMarkProps = true;
        else this.inRunProps = true;
        return;
      case "r":
        this.runHidden = false;
        return;
      case "numPr":
        this.inNumPr = parent === "pPr";
        return;
      case "sdt":
        this.sdtGallery.push(false);
        return;
      case "docPartGallery":
        if (/table of contents/i.test(tag.attr("w:val") ?? "") && this.sdtGallery.length > 0)
          this.sdtGallery[this.sdtGallery.length - 1] = true;
        return;
      case "tbl":
        this.tables.push({ rows: [], row: null, cell: null });
        return;
      case "tr": {
        const t = this.tables[this.tables.length - 1];
        if (t) t.row = { before: 0, cells: [], deleted: false };
        return;
      }
      case "tc": {
        const t = this.tables[this.tables.length - 1];
        if (t) t.cell = { paragraphs: [], span: 1, vMerge: null, hMerge: false, pending: "" };
        return;
      }
    }
    // Empty elements and properties.
    const p = this.paragraph;
    if (parent === "r" && p) {
      switch (name) {
        case "tab":
        case "ptab":
          return this.append("\t");
        case "br":
          if ((tag.attr("w:type") ?? "textWrapping") === "textWrapping") this.append("\n");
          return;
        case "cr":
          return this.append("\n");
        case "noBreakHyphen":
          return this.append("-");
        case "sym": {
          const code = Number.parseInt(tag.attr("w:char") ?? "", 16);
          // Symbol fonts map their glyphs into the private use area (F0xx): no character a reader could quote.
          if (Number.isFinite(code) && code > 0x1f && !(code >= 0xe000 && code <= 0xf8ff))
            this.append(String.fromCodePoint(code));
          return;
        }
        case "fldChar": {
          const type = tag.attr("w:fldCharType");
          if (type === "begin") this.fields.push({ instr: "", inResult: false, hidden: false });
          else if (type === "separate") {
            const f = this.fields[this.fields.length - 1];
            if (f) {
              f.inResult = true;
              // The table of contents repeats the headings: not part of the text a reader checks.
              f.hidden = /^\s*TOC\b/i.test(f.instr);
            }
          } else if (type === "end") this.fields.pop();
          return;
        }
      }
    }
    if (this.inRunProps && parent === "rPr" && name === "vanish") {
      this.runHidden = isOn(tag);
      return;
    }
    if (this.inParaProps > 0 && p) {
      if (parent === "pPr" && name === "pStyle") p.style = tag.attr("w:val") ?? null;
      else if (this.inNumPr && name === "numId") p.numId = tag.attr("w:val") ?? null;
      else if (this.inNumPr && name === "ilvl") p.ilvl = Number.parseInt(tag.attr("w:val") ?? "0", 10) || 0;
      else if (this.inParaMarkProps && parent === "rPr" && (name === "del" || name === "moveFrom"))
        p.markDeleted = true;
      return;
    }
    const t = this.tables[this.tables.length - 1];
    if (!t) return;
    if (parent === "trPr" && t.row) {
      if (name === "gridBefore") t.row.before = Number.parseInt(tag.attr("w:val") ?? "0", 10) || 0;
      else if (name === "del") t.row.deleted = true;
    } else if (parent === "tcPr" && t.cell) {
      if (name === "gridSpan")
        t.cell.span = Math.max(1, Math.min(1000, Number.parseInt(tag.attr("w:val") ?? "1", 10) || 1));
      else if (name === "vMerge") t.cell.vMerge = tag.attr("w:val") === "restart" ? "restart" : "continue";
      else if (name === "hMerge") t.cell.hMerge = tag.attr("w:val") !== "restart";
    }
  }

  text(text: string): void {
    if (this.skipDepth > 0) return;
    const parent = this.parent;
    if (parent === "t") this.append(text);
    else if (parent === "instrText") {
      const f = this.fields[this.fields.length - 1];
      if (f && f.instr.length < 256) f.instr += text;
    }
  }

  close(name: string): void {
    if (this.skipDepth > 0) {
      this.skipDepth--;
      return;
    }
    this.path.pop();
    switch (name) {
      case "p":
        this.paragraphDepth--;
        if (this.paragraphDepth === 0) this.endParagraph();
        return;
      case "pPr":
        this.inParaProps--;
        return;
      case "rPr":
        this.inRunProps = false;
        this.inParaMarkProps = false;
        return;
      case "numPr":
        this.inNumPr = false;
        return;
      case "sdt":
        this.sdtGallery.pop();
        return;
      case "tc": {
        const t = this.tables[this.tables.length - 1];
        if (t?.cell && t.row) {
          if (t.cell.pending !== "") t.cell.paragraphs.push(t.cell.pending);
          t.row.cells.push(t.cell);
        }
        if (t) t.cell = null;
        return;
      }
      case "tr": {
        const t = this.tables[this.tables.length - 1];
        if (t?.row && !t.row.deleted) t.rows.push(t.row);
        if (t) t.row = null;
        return;
      }
      case "tbl":
        this.endTable();
        return;
      case "body":
        if (this.bodyPending !== "") this.emit(this.bodyPending);
        this.bodyPending = "";
        return;
    }
  }

  /** The number text of a paragraph (its own numbering, or its style's), counted; "" for none. */
  private numberOf(p: ParagraphBuild, style: { numId: string | null; ilvl: number | null }): string {
    if (!this.numbering) return "";
    const numId = p.numId ?? style.numId;
    if (numId === null || numId === "0") return "";
    let ilvl = p.ilvl ?? style.ilvl;
    if (ilvl === null && p.style !== null) ilvl = this.numbering.levelOfStyle(numId, p.style);
    return this.numbering.next(numId, ilvl ?? 0) ?? "";
  }

  private endParagraph(): void {
    const p = this.paragraph;
    this.paragraph = null;
    if (!p) return;
    const style = this.styles?.resolve(p.style) ?? { numId: null, ilvl: null, name: "" };
    if (TOC_STYLE.test(style.name)) return;
    const t = this.tables[this.tables.length - 1];
    const cell = t?.cell ?? null;
    if (p.markDeleted) {
      // Its mark deleted, the paragraph runs on into the next one (Word's view with the changes accepted).
      if (cell) cell.pending += p.text;
      else this.bodyPending += p.text;
      return;
    }
    const pending = cell ? cell.pending : this.bodyPending;
    if (cell) cell.pending = "";
    else this.bodyPending = "";
    const text = this.numberOf(p, style) + pending + p.text;
    if (cell) cell.paragraphs.push(text);
    else this.emit(text);
  }

  private count(text: string): void {
    this.chars += text.length;
    if (this.chars > this.budget.textChars) this.onLimit("textChars");
  }

  private emit(text: string): void {
    this.count(text);
    this.blocks.push({ kind: "paragraph", text, page: null });
    if (this.blocks.length > this.budget.cells) this.onLimit("cells");
  }

  private endTable(): void {
    const table = this.tables.pop();
    if (!table) return;
    const outer = this.tables[this.tables.length - 1];
    if (outer?.cell) {
      // A table inside a cell: its rows as lines of that cell, cells separated by tabs.
      for (const row of table.rows) {
        const line = row.cells
          .map(cellText)
          .filter((s) => s.trim() !== "")
          .join("\t");
        if (line !== "") outer.cell.paragraphs.push(line);
      }
      return;
    }
    const block = tableOnGrid(table.rows);
    let cells = 0;
    for (const row of block.rows)
      for (const c of row) {
        cells++;
        this.count(c.text);
      }
    this.blocks.push(block);
    if (this.blocks.length + cells > this.budget.cells) this.onLimit("cells");
  }
}

const cellText = (c: CellBuild): string => c.paragraphs.filter((s) => s.trim() !== "").join("\n");

/** The rows placed on the table's grid: spans across columns, vertical merges as row spans of their first cell. */
function tableOnGrid(rows: readonly RowBuild[]): TableBlock {
  const out: TableCellBlock[][] = [];
  // Per grid column, the cell a vertical merge started in (its row index in `out` and the cell itself).
  const open = new Map<number, { row: number; cell: { -readonly [K in keyof TableCellBlock]: TableCellBlock[K] } }>();
  rows.forEach((row, r) => {
    const cells: { -readonly [K in keyof TableCellBlock]: TableCellBlock[K] }[] = [];
    let col = 1 + row.before;
    for (const c of row.cells) {
      const text = cellText(c);
      if (c.hMerge && cells.length > 0) {
        // A legacy horizontal merge: the cell widens the one before it.
        const prev = cells[cells.length - 1]!;
        prev.colSpan += c.span;
        if (text !== "") prev.text = prev.text === "" ? text : `${prev.text}\n${text}`;
        col += c.span;
        continue;
      }
      const owner = c.vMerge === "continue" ? open.get(col) : undefined;
      if (owner && owner.cell.colSpan === c.span) {
        owner.cell.rowSpan = r - owner.row + 1;
        if (text !== "") owner.cell.text = owner.cell.text === "" ? text : `${owner.cell.text}\n${text}`;
      } else {
        const cell = { col, text, colSpan: c.span, rowSpan: 1 };
        cells.push(cell);
        for (let k = col; k < col + c.span; k++) open.delete(k);
        if (c.vMerge !== null) open.set(col, { row: r, cell });
      }
      col += c.span;
    }
    out.push(cells);
  });
  return {
    kind: "table",
    rows: out.map((cells) => cells.filter((c) => c.text !== "" || c.colSpan > 1 || c.rowSpan > 1)),
    page: null,
  };
}

/** The bounds the body reader keeps (DocumentLimits' share of them). */
export interface DocxBudget {
  readonly cells: number;
  readonly textChars: number;
  readonly textLength: number;
}

/**
 * The blocks of a Word package's body. Throws a DocxFormatError for a package that is no Word document, a
 * LimitError for a bound of the zip, a DocxLimit for one of the document's, and the zip's and the tokenizer's
 * own errors for a damaged part.
 */
export function readDocxBlocks(archive: ZipArchive, budget: InflateBudget, limits: DocxBudget): Block[] {
  const main = mainDocumentPart(archive, budget);
  const rels = relationships(archive, main, budget);
  const partOf = (re: RegExp): string | null => {
    const r = rels.find((x) => re.test(x.type));
    return r ? entryOf(archive, r.target) : null;
  };
  let styles: StylesReader | null = null;
  const stylesPart = partOf(REL_STYLES);
  if (stylesPart) styles = optionalPart(archive, stylesPart, budget, new StylesReader());
  let numbering: Numbering | null = null;
  const numberingPart = partOf(REL_NUMBERING);
  if (numberingPart) numbering = optionalPart(archive, numberingPart, budget, new Numbering(styles));
  const reader = new BodyReader(numbering, styles, limits, (kind) => {
    throw new DocxLimit(kind);
  });
  parseXmlPart(archive, main, budget, reader);
  return reader.blocks;
}

/** A bound of the document (not of the zip) reached in the body. */
export class DocxLimit extends Error {
  override readonly name = "DocxLimit";
  constructor(readonly kind: "cells" | "textChars" | "textLength") {
    super(`docx limit ${kind}`);
  }
}

/** Styles and numbering: a damaged one leaves the paragraphs unnumbered rather than the document unread. */
function optionalPart<H extends XmlHandler>(
  archive: ZipArchive,
  part: string,
  budget: InflateBudget,
  handler: H,
): H | null {
  try {
    parseXmlPart(archive, part, budget, handler);
    return handler;
  } catch (error) {
    if (error instanceof LimitError) throw error;
    return null;
  }
}
