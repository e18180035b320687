/**
 * A PDF's paragraphs, from the text layer pdf.js reads page by page (pdf-loader.ts), rebuilt into lines and
 * paragraphs by pdf-layout.ts. Bounded: the pages (DocumentLimits.pages, checked before any page is read), the
 * time pdf.js spends on each page (pageMillis) and the characters of text (textChars).
 *
 * Text is taken as pdf.js gives it, without its Unicode normalisation (figures and punctuation as printed: full-
 * width （ stays （), except that Kangxi radicals and CJK compatibility ideographs — which some PDF producers put in
 * their character maps for ordinary characters (⾏ for 行) — become the characters they stand for.
 */
import { DocumentLimitError } from "./errors";
import { loadPdfJs, type PdfJsModule } from "./pdf-loader";
import {
  pageLines,
  paragraphsOf,
  withoutFurniture,
  type PdfPageText,
  type PdfParagraph,
  type PdfTextItem,
} from "./pdf-layout";
import type { DocumentLimits, PdfOptions } from "./types";

/** Why pdf.js could not open the file. */
export class PdfOpenError extends Error {
  override readonly name = "PdfOpenError";
  constructor(
    readonly reason: "encrypted" | "corrupt" | "unavailable",
    readonly detail: string,
    options?: { cause?: unknown },
  ) {
    super(detail, options);
  }
}

export interface PdfRead {
  readonly paragraphs: readonly PdfParagraph[];
  readonly pages: number;
  /** Pages on which no text was found (scanned pages, pictures, blank pages). */
  readonly pagesWithoutText: readonly number[];
  /** No page gave text, yet the first page shows text: its font's characters could not be read (a font that
   *  is not embedded, in an encoding whose character map pdf.js was not given). */
  readonly unreadableText: boolean;
}

const FOLDED = /[\u2f00-\u2fdf\uf900-\ufaff]/g;

/** Radicals and compatibility ideographs as the characters they stand for (⾏ → 行); nothing else changed. */
export function unfoldIdeographs(text: string): string {
  return text.replace(FOLDED, (c) => c.normalize("NFKC"));
}

const now = (): number => (typeof performance !== "undefined" ? performance.now() : Date.now());

/** The promise, or a rejection with `onTimeout()` once `ms` have passed. */
function within<T>(promise: Promise<T>, ms: number, onTimeout: () => Error): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(onTimeout()), Math.max(0, ms));
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

interface RawItem {
  readonly str: string;
  readonly transform: readonly number[];
  readonly width: number;
  readonly dir?: string;
}

interface RawMark {
  readonly type: "beginMarkedContent" | "beginMarkedContentProps" | "endMarkedContent";
  readonly tag?: string | null;
  readonly id?: string | null;
}

interface StructNode {
  readonly role?: string;
  readonly type?: string;
  readonly id?: string;
  readonly children?: readonly StructNode[];
}

/** Roles of the structure tree that sit inside a paragraph rather than make one. */
const INLINE_ROLES = new Set([
  "Span",
  "Link",
  "Annot",
  "Reference",
  "Quote",
  "Code",
  "Ruby",
  "RB",
  "RT",
  "RP",
  "Warichu",
  "WT",
  "WP",
  "Em",
  "Strong",
  "Sub",
  "BibEntry",
  "Lbl",
  "Form",
]);

/**
 * For a tagged PDF (Word's and LibreOffice's exports can be), the paragraph each marked content of the page belongs
 * to: its nearest block-level element of the structure tree (P, H1, LI, TD …), numbered on the page.
 */
function blocksOfTree(tree: StructNode | null): Map<string, number> {
  const out = new Map<string, number>();
  let next = 0;
  const walk = (node: StructNode, block: number | null) => {
    let here = block;
    if (node.role !== undefined && !INLINE_ROLES.has(node.role) && node.role !== "Root") here = next++;
    for (const child of node.children ?? []) {
      if (child.type === "content" && child.id !== undefined) {
        if (here !== null) out.set(child.id, here);
      } else walk(child, here);
    }
  };
  if (tree) walk(tree, null);
  return out;
}

/**
 * The items of a page's text content in the page's printed coordinates, each with the paragraph of the structure
 * tree it belongs to where the PDF is tagged; rotated and vertical text, and text marked as an artifact (a tagged
 * PDF's headers, footers and page numbers), left out.
 */
function itemsOf(
  pdfjs: PdfJsModule,
  viewport: { transform: number[] },
  raw: readonly unknown[],
  blocks: ReadonlyMap<string, number>,
): PdfTextItem[] {
  const out: PdfTextItem[] = [];
  const marks: { artifact: boolean; block: number | undefined }[] = [];
  for (const r of raw) {
    if (typeof r !== "object" || r === null) continue;
    if ("type" in r) {
      const mark = r as RawMark;
      if (mark.type === "endMarkedContent") marks.pop();
      else {
        const outer = marks[marks.length - 1];
        marks.push({
          artifact: (outer?.artifact ?? false) || mark.tag === "Artifact",
          block: (mark.id ? blocks.get(mark.id) : undefined) ?? outer?.block,
        });
      }
      continue;
    }
    if (!("str" in r)) continue;
    const it = r as RawItem;
    const mark = marks[marks.length - 1];
    if (it.str === "" || it.dir === "ttb" || mark?.artifact) continue;
    const m = pdfjs.Util.transform(viewport.transform, it.transform as number[]) as number[];
    const [a, b, c, d, e, f] = m as [number, number, number, number, number, number];
    // Left to right along a horizontal baseline only: watermarks at an angle and vertical text are not the body.
    if (!(a > 0) || Math.abs(b) > 0.05 * a) continue;
    out.push({
      str: unfoldIdeographs(it.str),
      x: e,
      y: f,
      width: it.width,
      size: Math.hypot(c, d),
      ...(mark?.block !== undefined ? { block: mark.block } : {}),
    });
  }
  return out;
}

/** The operators that show text. */
const TEXT_OPERATORS = ["showText", "showSpacedText", "nextLineShowText", "nextLineSetSpacingShowText"] as const;

/** Whether the first page draws text at all (a scan draws only pictures). */
async function showsText(pdfjs: PdfJsModule, doc: PdfDocument, limits: DocumentLimits): Promise<boolean> {
  try {
    const page = await within(doc.getPage(1), limits.pageMillis, () => new Error("page"));
    const ops = await within(page.getOperatorList(), limits.pageMillis, () => new Error("operators"));
    const shown = new Set<number>(TEXT_OPERATORS.map((name) => pdfjs.OPS[name]));
    return ops.fnArray.some((fn) => shown.has(fn));
  } catch {
    return false;
  }
}

type PdfDocument = Awaited<ReturnType<PdfJsModule["getDocument"]>["promise"]>;

/** pdf.js's loading task for the bytes. */
function openTask(pdfjs: PdfJsModule, bytes: Uint8Array, options: PdfOptions) {
  return pdfjs.getDocument({
    // pdf.js may hand the buffer to its worker: a copy keeps the caller's bytes whole.
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    enableXfa: false,
    stopAtErrors: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
    ...(options.cMapUrl ? { cMapUrl: options.cMapUrl, cMapPacked: true } : {}),
    ...(options.standardFontDataUrl ? { standardFontDataUrl: options.standardFontDataUrl } : {}),
  });
}

/**
 * Reads the text of every page and rebuilds its paragraphs. Rejects with a PdfOpenError when pdf.js cannot open
 * the file, a DocumentLimitError when a bound is reached.
 */
export async function readPdf(bytes: Uint8Array, limits: DocumentLimits, options: PdfOptions = {}): Promise<PdfRead> {
  let pdfjs: PdfJsModule;
  try {
    pdfjs = await loadPdfJs();
  } catch (error) {
    throw new PdfOpenError("unavailable", error instanceof Error ? error.message : String(error), { cause: error });
  }
  const task = openTask(pdfjs, bytes, options);
  try {
    let doc: Awaited<typeof task.promise>;
    try {
      doc = await within(task.promise, limits.pageMillis, () => new DocumentLimitError("pageMillis", "1"));
    } catch (error) {
      if (error instanceof DocumentLimitError) throw error;
      const name = (error as { name?: string } | null)?.name;
      if (name === "PasswordException") throw new PdfOpenError("encrypted", "password", { cause: error });
      throw new PdfOpenError("corrupt", error instanceof Error ? error.message : String(error), { cause: error });
    }
    if (doc.numPages > limits.pages) throw new DocumentLimitError("pages", String(doc.numPages));
    const pages: PdfPageText[] = [];
    const pagesWithoutText: number[] = [];
    let chars = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      const started = now();
      const overrun = () => new DocumentLimitError("pageMillis", String(n));
      let page: Awaited<ReturnType<typeof doc.getPage>>;
      let content: Awaited<ReturnType<typeof page.getTextContent>>;
      let tree: StructNode | null;
      try {
        page = await within(doc.getPage(n), limits.pageMillis, overrun);
        content = await within(
          page.getTextContent({ includeMarkedContent: true }),
          limits.pageMillis - (now() - started),
          overrun,
        );
        tree = content.items.some((it) => "type" in it && (it as RawMark).id)
          ? ((await within(page.getStructTree(), limits.pageMillis - (now() - started), overrun)) as StructNode | null)
          : null;
      } catch (error) {
        if (error instanceof DocumentLimitError) throw error;
        // A page pdf.js cannot read: the others still are.
        pagesWithoutText.push(n);
        continue;
      }
      if (now() - started > limits.pageMillis) throw overrun();
      const viewport = page.getViewport({ scale: 1 });
      const items = itemsOf(pdfjs, viewport, content.items, blocksOfTree(tree));
      page.cleanup();
      for (const it of items) chars += it.str.length;
      if (chars > limits.textChars) throw new DocumentLimitError("textChars");
      if (!items.some((it) => it.str.trim() !== "")) pagesWithoutText.push(n);
      pages.push({ number: n, width: viewport.width, height: viewport.height, items });
    }
    const unreadableText = chars === 0 && doc.numPages > 0 && (await showsText(pdfjs, doc, limits));
    const lines = withoutFurniture(
      pages.map(pageLines),
      pages.map((p) => p.height),
    );
    return {
      paragraphs: paragraphsOf(
        lines,
        pages.map((p) => p.width),
      ),
      pages: doc.numPages,
      pagesWithoutText,
      unreadableText,
    };
  } finally {
    await task.destroy().catch(() => undefined);
  }
}
