/**
 * What the document reader gives back, and what it reads internally: a report document (Word, PDF, text,
 * Markdown) as a list of blocks — paragraphs and tables in reading order — that build.ts turns into a
 * WorkbookSnapshot the model reader already understands.
 */
import type { WorkbookSnapshot } from "../../core/model/snapshot";
import { DEFAULT_LIMITS, type ReadLimits } from "../limits";
import type { DocumentPlaces } from "./places";

/** The kinds of document read, decided by the bytes (the extension only tells .txt from .md). */
export type DocumentKind = "docx" | "pdf" | "txt" | "md";

/** A document read: its kind, its title, the snapshot the checks read and where each row came from. */
export interface DocumentRead {
  readonly kind: DocumentKind;
  /** What the document calls itself: its title lines joined ("2021年度昆明市公安局呈贡分局整体支出绩效评价报告"),
   *  or null when it opens with no title. */
  readonly title: string | null;
  /** The report sheet (自评报告 or 评价报告: one paragraph a row in column A) first, then one sheet per table. */
  readonly snapshot: WorkbookSnapshot;
  /** Paragraph number, page and text of every row of every sheet. */
  readonly places: DocumentPlaces;
  /** What a reader should know but that did not stop the reading, in Chinese (an extension that does not fit
   *  the content, pages without text). */
  readonly notes: readonly string[];
}

/**
 * The bounds of one reading. Those of a zip (.docx) are the workbook reader's (limits.ts), so a .docx is read
 * within the bounds of an .xlsx; `cells` bounds the paragraphs and table cells together, `textLength` one
 * paragraph or cell, `sheets` the tables; the rest are a PDF's.
 */
export interface DocumentLimits extends ReadLimits {
  /** Pages of a PDF. */
  readonly pages: number;
  /** Milliseconds pdf.js may spend on the text of one page. */
  readonly pageMillis: number;
  /** Characters of text in the whole document. */
  readonly textChars: number;
}

export const DEFAULT_DOCUMENT_LIMITS: DocumentLimits = {
  ...DEFAULT_LIMITS,
  pages: 500,
  pageMillis: 10_000,
  textChars: 10_000_000,
};

/** How to read a document. */
export interface DocumentReadOptions {
  readonly limits?: Partial<DocumentLimits>;
  /** For PDF files: how pdf.js is found (pdf-loader.ts). */
  readonly pdf?: PdfOptions;
}

/** What pdf.js needs beyond the bytes. All optional: without them the text of most PDFs is read. */
export interface PdfOptions {
  /**
   * Where pdf.js's character maps are (`pdfjs-dist/cmaps/`, ending in "/"): a path in Node, a URL in the
   * browser. Needed only for PDFs whose fonts are not embedded and use one of the predefined CJK encodings
   * (UniGB-UCS2-H …); without it such text is not extracted.
   */
  readonly cMapUrl?: string;
  /** Where pdf.js's standard fonts are (`pdfjs-dist/standard_fonts/`), likewise. */
  readonly standardFontDataUrl?: string;
}

// ---------------------------------------------------------------------------------------------------------
// Blocks: what each format's reader produces

/** A paragraph as written; empty or blank ones are kept (they separate a table from its caption). */
export interface ParagraphBlock {
  readonly kind: "paragraph";
  readonly text: string;
  /** The page where it starts (PDF), else null. */
  readonly page: number | null;
}

/** A cell of a table, placed on the table's grid (1-based column), with the columns and rows it spans. */
export interface TableCellBlock {
  readonly col: number;
  readonly text: string;
  readonly colSpan: number;
  readonly rowSpan: number;
}

/** A table: its rows top to bottom (an empty row keeps its place, so row numbers are the table's own). */
export interface TableBlock {
  readonly kind: "table";
  readonly rows: readonly (readonly TableCellBlock[])[];
  readonly page: number | null;
}

export type Block = ParagraphBlock | TableBlock;

/** Limits with every field, from the defaults and what the caller gave. */
export function limitsOf(options: DocumentReadOptions | undefined): DocumentLimits {
  return { ...DEFAULT_DOCUMENT_LIMITS, ...(options?.limits ?? {}) };
}
