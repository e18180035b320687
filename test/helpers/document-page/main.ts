/**
 * The page of test/document-browser.test.ts: the document reader as a page's bundle would use it, built by Vite.
 * `readReport(url, { worker })` fetches a file and reads it; with `worker`, pdf.js parses in a module worker
 * (pdf-worker-browser.ts) instead of the page's thread.
 */
import { readDocument, usePdfWorker } from "../../../src/workbook/document";
import { startPdfWorker } from "../../../src/workbook/document/pdf-worker-browser";

export interface PageRead {
  readonly kind: string;
  readonly sheets: readonly string[];
  readonly paragraphs: readonly string[];
  readonly pages: readonly (number | null)[];
}

declare global {
  interface Window {
    readReport: (url: string, options: { worker: boolean }) => Promise<PageRead | { error: string; code: string }>;
  }
}

let worker: Worker | null = null;

window.readReport = async (url, options) => {
  if (options.worker && !worker) usePdfWorker((worker = startPdfWorker()));
  const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
  try {
    const doc = await readDocument(bytes, decodeURIComponent(url.split("/").pop() ?? url));
    return {
      kind: doc.kind,
      sheets: doc.snapshot.sheets.map((s) => s.name),
      paragraphs: doc.places.list.filter((p) => p.sheet === doc.places.reportSheet).map((p) => p.text),
      pages: doc.places.list.map((p) => p.page),
    };
  } catch (error) {
    const e = error as { message: string; code: string };
    return { error: e.message, code: e.code };
  }
};

document.getElementById("status")!.textContent = "ready";
