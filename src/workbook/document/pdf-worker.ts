/**
 * pdf.js's worker as a module worker of the page's own bundle (see pdf-worker-browser.ts): importing the module
 * in a worker scope starts its message handler on the worker's port.
 */
import "pdfjs-dist/legacy/build/pdf.worker.mjs";
