/**
 * Reading a report document in a page (the task pane, the browser preview): the file the user chose or dropped is
 * read in the page — its bytes from the File, then readDocument — and sent nowhere. pdf.js parses in a module
 * worker of the page's own origin (pdf-worker-browser.ts: a file of the page's bundle, allowed by the pages'
 * `worker-src 'self'`), started at the first PDF; where a page cannot start one, or the worker's file does not
 * load, pdf.js parses in the page's thread instead. Loaded only when a document is opened.
 */
import { documentLimitError, DocumentReadError } from "./errors";
import { readDocument, usePdfWorker } from "./index";
import { startPdfWorker } from "./pdf-worker-browser";
import { sniff } from "./sniff";
import { DEFAULT_DOCUMENT_LIMITS, type DocumentRead } from "./types";

export { DocumentReadError };

/** What is read of a file the user gave: a File, or anything with its name, size and bytes. */
export interface PageFile {
  readonly name: string;
  readonly size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

let worker: Worker | null | undefined;

/** pdf.js's worker thread, started once; null where this page cannot have one (it then parses in this thread). */
function pdfWorker(): Worker | null {
  if (worker !== undefined) return worker;
  worker = null;
  if (typeof Worker !== "function") return worker;
  try {
    const started = startPdfWorker();
    // The worker's file did not load: the PDFs read after parse in the page's thread.
    started.addEventListener("error", () => {
      if (worker === started) {
        worker = null;
        usePdfWorker(null);
      }
    });
    worker = started;
  } catch {
    worker = null;
  }
  usePdfWorker(worker);
  return worker;
}

/**
 * Where pdf.js finds its character maps and standard fonts: dist/pdfjs/, beside the page (scripts/build.ts copies
 * them there). Fetched from the page's own origin, and only for a PDF whose fonts are not embedded.
 */
function pdfDataUrls(): { cMapUrl: string; standardFontDataUrl: string } {
  const base = typeof document === "undefined" ? globalThis.location.href : document.baseURI;
  return {
    cMapUrl: new URL("pdfjs/cmaps/", base).href,
    standardFontDataUrl: new URL("pdfjs/standard_fonts/", base).href,
  };
}

/**
 * Reads a report document the user gave the page. Rejects only with a DocumentReadError: its message is the one
 * Chinese line the command line gives for the same file (a file past the reader's bound is refused before its
 * bytes are read).
 */
export async function readPageFile(file: PageFile): Promise<DocumentRead> {
  const limits = DEFAULT_DOCUMENT_LIMITS;
  if (file.size > limits.fileBytes) throw documentLimitError("fileBytes", limits, file.name);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (error) {
    throw new DocumentReadError(
      "unsupported",
      `“${file.name}”未能读取：浏览器无法读取这个文件（可能已被移动、删除或正在被其他程序占用）。请重新选择。`,
      { cause: error },
    );
  }
  if (sniff(bytes) !== "pdf") return readDocument(bytes, file.name);
  pdfWorker();
  return readDocument(bytes, file.name, { pdf: pdfDataUrls() });
}
