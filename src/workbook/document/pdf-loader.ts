/**
 * pdf.js (pdfjs-dist 5, its legacy build: the one that runs in Node 20 and in every browser the pane supports),
 * loaded when the first PDF is read — never for a .docx or a text file.
 *
 * pdf.js parses in its "worker". By default that worker's code runs in this thread (pdf.js's fake worker: the
 * worker module is imported here and found through `globalThis.pdfjsWorker`), which works the same in Node and in
 * a browser and needs no file served beside the bundle. A browser page can give pdf.js a real worker thread
 * instead, before the first read: `usePdfWorker(startPdfWorker())` (pdf-worker-browser.ts, a module worker that
 * Vite bundles as a file of its own).
 */
import type * as PdfJs from "pdfjs-dist";

export type PdfJsModule = typeof PdfJs;

let loading: Promise<PdfJsModule> | null = null;
let port: Worker | null = null;

/**
 * Lets pdf.js parse in a worker thread: `worker` runs pdf-worker.ts (see pdf-worker-browser.ts). Call it before
 * the first PDF is read; null goes back to parsing in this thread for the PDFs read after.
 */
export function usePdfWorker(worker: Worker | null): void {
  port = worker;
  if (loading) void loading.then((pdfjs) => (pdfjs.GlobalWorkerOptions.workerPort = worker));
}

/** pdf.js, loaded once; its worker in this thread unless a worker port was given. */
export function loadPdfJs(): Promise<PdfJsModule> {
  loading ??= (async () => {
    const pdfjs = (await import("pdfjs-dist/legacy/build/pdf.mjs")) as PdfJsModule;
    if (port) pdfjs.GlobalWorkerOptions.workerPort = port;
    else if (!pdfjs.GlobalWorkerOptions.workerPort && !pdfjs.GlobalWorkerOptions.workerSrc) {
      // The worker's code in this thread: importing it sets globalThis.pdfjsWorker, where pdf.js looks first.
      await import("pdfjs-dist/legacy/build/pdf.worker.mjs");
    }
    return pdfjs;
  })();
  loading.catch(() => (loading = null));
  return loading;
}
