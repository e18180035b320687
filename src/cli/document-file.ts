/**
 * Reading a report document for a command: its bytes within the reader's bound (a regular file, its size checked
 * first), then the document reader (src/workbook/document/). pdf.js finds its character maps and standard fonts
 * in its own package, so PDFs whose fonts are not embedded read too.
 */
import { createRequire } from "node:module";
import path from "node:path";
import {
  DEFAULT_DOCUMENT_LIMITS,
  DocumentReadError,
  readDocument,
  type DocumentRead,
} from "../workbook/document/index";
import { NODE_FS, type FileSystem } from "./files";
import { fsReason } from "./fs-errors";

let pdfData: { cMapUrl: string; standardFontDataUrl: string } | null | undefined;

/** Where pdf.js's data files are, or null when its package cannot be found (PDFs with embedded fonts still read). */
function pdfDataFiles(): { cMapUrl: string; standardFontDataUrl: string } | null {
  if (pdfData !== undefined) return pdfData;
  try {
    const root = path.dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json"));
    pdfData = {
      cMapUrl: `${path.join(root, "cmaps")}${path.sep}`,
      standardFontDataUrl: `${path.join(root, "standard_fonts")}${path.sep}`,
    };
  } catch {
    pdfData = null;
  }
  return pdfData;
}

/** The document, or why it cannot be read: one Chinese line that names the file (a file-system error does not:
 *  `named` says which). */
export async function readDocumentFile(
  file: string,
  fs: FileSystem = NODE_FS,
): Promise<{ readonly document: DocumentRead } | { readonly error: string; readonly named: boolean }> {
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(file, DEFAULT_DOCUMENT_LIMITS.fileBytes);
  } catch (e) {
    return { error: fsReason(e, "read"), named: false };
  }
  try {
    const pdf = pdfDataFiles();
    const document = await readDocument(bytes, path.basename(file), pdf ? { pdf } : {});
    return { document };
  } catch (e) {
    // The reader names the file by its name; the command line names it as it was given.
    if (e instanceof DocumentReadError)
      return { error: e.message.replace(`“${path.basename(file)}”`, `“${file}”`), named: true };
    return { error: "读取报告时程序出错，请把文件发给开发者", named: false };
  }
}
