/**
 * Why a report document could not be read, in one Chinese sentence or two, as a reviewer at the 财政局 would want
 * to be told: which file, what is wrong with it, what to do. Nothing else leaves readDocument.
 */
import { formatNumber } from "../../core/format";
import { limitMessage, type LimitKind } from "../limits";
import type { DocumentLimits } from "./types";

export type DocumentReadErrorCode =
  /** Nothing in it: 0 bytes, or no text at all. */
  | "empty"
  /** A .docx, PDF or zip that is damaged. */
  | "corrupt"
  /** An old binary Word document (.doc, .wps): an OLE2 compound file. */
  | "doc"
  /** Protected by a password (an encrypted .docx, a PDF that needs a password to open). */
  | "encrypted"
  /** A PDF without a text layer: a scan. */
  | "scanned"
  /** Something else: a workbook, a picture, RTF, a web page, binary data. */
  | "unsupported"
  /** A bound of limits.ts or DocumentLimits reached. */
  | "limit";

/** Why a document could not be read: `code` for the program, `message` in Chinese for the user. */
export class DocumentReadError extends Error {
  override readonly name = "DocumentReadError";
  constructor(
    readonly code: DocumentReadErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** A bound of the document reader's own (limits.ts has the zip's). */
export type DocumentLimitKind = "pages" | "pageMillis" | "textChars" | "cells" | "sheets" | "merges" | "textLength";

/** A bound reached while reading a document (turned into a DocumentReadError by readDocument). */
export class DocumentLimitError extends Error {
  override readonly name = "DocumentLimitError";
  constructor(
    readonly kind: DocumentLimitKind,
    readonly where = "",
  ) {
    super(`document limit ${kind}${where ? ` at ${where}` : ""}`);
  }
}

const quoted = (fileName: string): string => `“${fileName || "文件"}”`;

/** What the user is told for each failure; `detail` says more where the code alone does not (what is damaged). */
export function documentError(
  code: Exclude<DocumentReadErrorCode, "limit">,
  fileName: string,
  detail = "",
  cause?: unknown,
): DocumentReadError {
  const f = quoted(fileName);
  const message = ((): string => {
    switch (code) {
      case "empty":
        return detail === "bytes"
          ? `${f}是空文件（0 字节），没有可检查的内容。请确认选择的是报告文件，或重新导出后再试。`
          : `${f}中没有文字，没有可检查的报告内容。请确认选择的是报告正文文件。`;
      case "corrupt":
        return detail === "pdf"
          ? `${f}已损坏，无法作为 PDF 读取（文件结构不完整，可能没有下载或复制完整）。请从原文档重新导出 PDF，或提供报告的 Word 版。`
          : `${f}已损坏，无法读取${detail ? `（${detail}）` : ""}。请在 Word 或 WPS 中打开后重新另存为 .docx 或 PDF，再检查。`;
      case "doc":
        return `${f}是旧版 Word 文档（.doc 或 .wps），无法直接读取。请在 Word 或 WPS 中“另存为” Word 文档（.docx）或 PDF 后再检查。`;
      case "encrypted":
        return detail === "pdf"
          ? `${f}是加密的 PDF，需要密码才能打开，无法读取。请提供未加密的 PDF，或报告的 Word 版。`
          : `${f}设有打开密码，无法读取。请在 Word 中取消密码（文件 → 信息 → 保护文档 → 用密码进行加密，清空密码）后保存，再检查。`;
      case "scanned":
        return `${f}：这份 PDF 没有文字层（可能是扫描件），无法检查，请提供 Word 版或可复制文字的 PDF。`;
      case "unsupported":
        return `${f}${detail || "不是能读取的报告文件"}。可以检查的报告格式：Word 文档（.docx）、PDF、文本（.txt）和 Markdown（.md）。`;
    }
  })();
  return new DocumentReadError(code, message, { cause });
}

/** The Chinese sentence for a bound reached. */
export function documentLimitError(
  kind: LimitKind | DocumentLimitKind,
  limits: DocumentLimits,
  fileName: string,
  where = "",
  cause?: unknown,
): DocumentReadError {
  const f = quoted(fileName);
  const at = where ? `（${where}）` : "";
  const n = (v: number): string => formatNumber(v, 0);
  let message: string;
  switch (kind) {
    case "pages":
      message = `${f}有 ${where} 页，超过 ${n(limits.pages)} 页的上限，未读取。请只提供报告正文。`;
      break;
    case "pageMillis":
      message = `${f}的第 ${where} 页读取超过 ${formatNumber(limits.pageMillis / 1000, 0)} 秒，文件可能已损坏或是恶意构造的，已停止读取。请重新导出 PDF 或提供 Word 版。`;
      break;
    case "textChars":
      message = `${f}的文字超过 ${n(limits.textChars)} 个字符的上限，不像一份报告，已停止读取。`;
      break;
    case "cells":
      message = `${f}的段落和表格单元格超过 ${n(limits.cells)} 个的上限，已停止读取。`;
      break;
    case "sheets":
      message = `${f}中的表格超过 ${n(limits.sheets)} 个的上限，已停止读取。`;
      break;
    case "merges":
      message = `${f}中的表格${at}合并单元格超过 ${n(limits.merges)} 个的上限，已停止读取。`;
      break;
    case "textLength":
      message = `${f}中有一段连续的文字${at}过长，文件可能已损坏或是恶意构造的，已停止读取。`;
      break;
    default:
      message = `${f}：${limitMessage(kind, limits, where)}。`;
  }
  return new DocumentReadError("limit", message, { cause });
}
