/**
 * What a file is, decided by its bytes — a zip, an OLE2 compound file, a PDF, RTF, a web page, a picture, text —
 * and what its name says, so that a report saved under the wrong extension is still read as what it is, and told.
 */

import { indexOfText, startsWith } from "../bytes";

export type Sniffed = "empty" | "zip" | "ole2" | "pdf" | "rtf" | "html" | "image" | "text";

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];
const IMAGES: readonly (readonly number[])[] = [
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF
  [0x49, 0x49, 0x2a, 0x00], // TIFF
  [0x4d, 0x4d, 0x00, 0x2a],
  [0x42, 0x4d], // BMP
];

/** The kind of the bytes. */
export function sniff(bytes: Uint8Array): Sniffed {
  if (bytes.length === 0) return "empty";
  if (startsWith(bytes, ZIP) || startsWith(bytes, ZIP_EMPTY)) return "zip";
  if (startsWith(bytes, OLE2)) return "ole2";
  if (indexOfText(bytes, "%PDF-", false, 1024) >= 0) return "pdf";
  if (IMAGES.some((sig) => startsWith(bytes, sig))) return "image";
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 512)).replace(/^\ufeff|^\u00ef\u00bb\u00bf/, "");
  if (/^\s*\{\\rtf/.test(head)) return "rtf";
  if (/^\s*(?:<!DOCTYPE html|<html|<\?xml[^>]*>\s*<html|MIME-Version:)/i.test(head)) return "html";
  return "text";
}

/** Whether `data` holds `text` as UTF-16LE (an OLE2 directory entry's name). */
export const containsUtf16 = (data: Uint8Array, text: string): boolean => indexOfText(data, text, true) >= 0;

/** The kind of document a file name's extension promises, if any. */
export function extensionKind(fileName: string): { ext: string; kind: "docx" | "pdf" | "txt" | "md" | "doc" | null } {
  const m = /\.([A-Za-z0-9]{1,8})$/.exec(fileName.trim());
  const ext = m ? m[1]!.toLowerCase() : "";
  const kind =
    ext === "docx" || ext === "docm" || ext === "dotx" || ext === "dotm"
      ? "docx"
      : ext === "pdf"
        ? "pdf"
        : ext === "txt" || ext === "text"
          ? "txt"
          : ext === "md" || ext === "markdown"
            ? "md"
            : ext === "doc" || ext === "wps" || ext === "dot"
              ? "doc"
              : null;
  return { ext, kind };
}

/** The kind's name as a reader says it. */
export const KIND_NAMES: Readonly<Record<"docx" | "pdf" | "txt" | "md", string>> = {
  docx: "Word 文档",
  pdf: "PDF 文件",
  txt: "纯文本",
  md: "Markdown 文本",
};
