// pdfjs-dist ships no declarations for its worker module; it is imported for its side effect (it sets
// globalThis.pdfjsWorker, or starts the message handler in a worker scope).
declare module "pdfjs-dist/legacy/build/pdf.worker.mjs" {
  export const WorkerMessageHandler: unknown;
}
