/**
 * Browser only: a worker thread for pdf.js, so that reading a long PDF does not hold up the page. Vite sees
 * `new Worker(new URL("./pdf-worker.ts", import.meta.url), { type: "module" })` and bundles pdf-worker.ts (with
 * pdf.js's worker code) as a file of its own, loaded only when this function is called:
 *
 *   import { usePdfWorker } from "../workbook/document";
 *   import { startPdfWorker } from "../workbook/document/pdf-worker-browser";
 *   usePdfWorker(startPdfWorker());
 *
 * Without it pdf.js parses in the page's own thread, which works as well (and is what Node does).
 */
export function startPdfWorker(): Worker {
  return new Worker(new URL("./pdf-worker.ts", import.meta.url), { type: "module", name: "pdf.js" });
}
