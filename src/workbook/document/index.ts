/**
 * Reading report documents — the 自评报告 / 评价报告 as units hand it in: Word (.docx), PDF, text (.txt) or
 * Markdown (.md) — into the same WorkbookSnapshot a workbook gives, so that the model reader and the checks work
 * on it unchanged: the paragraphs as the report sheet (one a row in column A), each table as a sheet of its own.
 * `places` tells every row's paragraph number, page and text, so that a finding is told as a reader finds it.
 *
 * Bytes in, snapshot out: no Node API, the same code in the command line and in the browser. pdf.js is loaded
 * only for a PDF (pdf-loader.ts says how its worker runs).
 *
 *   const { kind, title, snapshot, places } = await readDocument(bytes, "自评报告.docx");
 *   readModel(snapshot).indicators;                       // the 绩效自评表 attached to the report, if any
 *   places.describe("自评报告", 11, "22.25%");             // 第11段（第3页）：“……资产负债率为 22.25%……”
 */
import { LimitError } from "../limits";
import { XmlSyntaxError } from "../xml-tokens";
import { ZipArchive } from "../zip";
import { InflateBudget } from "../limits";
import { buildDocument } from "./build";
import { DocxFormatError, DocxLimit, readDocxBlocks } from "./docx";
import { documentError, documentLimitError, DocumentLimitError, DocumentReadError } from "./errors";
import { readPdf, PdfOpenError } from "./pdf";
import { readMarkdown, readPlainText } from "./plain";
import { containsUtf16, extensionKind, KIND_NAMES, sniff } from "./sniff";
import { decodeText } from "./text-decode";
import {
  limitsOf,
  type Block,
  type DocumentKind,
  type DocumentLimits,
  type DocumentRead,
  type DocumentReadOptions,
} from "./types";

export { DocumentReadError, type DocumentReadErrorCode } from "./errors";
export { DocumentPlaces, sentenceOf, type DocumentPlace } from "./places";
export { usePdfWorker } from "./pdf-loader";
export {
  DEFAULT_DOCUMENT_LIMITS,
  type DocumentKind,
  type DocumentLimits,
  type DocumentRead,
  type DocumentReadOptions,
  type PdfOptions,
} from "./types";

/** File extensions of the documents read, for a file picker's `accept`. */
export const DOCUMENT_EXTENSIONS = [".docx", ".pdf", ".txt", ".md"] as const;

/**
 * Reads a report document. The format is decided by the bytes (a zip holding a Word document, %PDF-, text), not by
 * the name; a name whose extension says otherwise is read as what the bytes are, and told in `notes`. Rejects
 * only with a DocumentReadError, whose message names the file, says what is wrong and what to do.
 */
export async function readDocument(
  bytes: Uint8Array | ArrayBuffer,
  fileName: string,
  options: DocumentReadOptions = {},
): Promise<DocumentRead> {
  const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const limits = limitsOf(options);
  try {
    if (data.length > limits.fileBytes) throw new LimitError("fileBytes");
    const { kind, blocks, notes } = await blocksOf(data, fileName, limits, options);
    if (!blocks.some((b) => b.kind === "table" || b.text.trim() !== "")) throw documentError("empty", fileName);
    const built = buildDocument(blocks, limits);
    return { kind, title: built.title, snapshot: built.snapshot, places: built.places, notes };
  } catch (error) {
    throw asReadError(error, fileName, limits);
  }
}

/** Any failure as the one DocumentReadError it is. */
function asReadError(error: unknown, fileName: string, limits: DocumentLimits): DocumentReadError {
  if (error instanceof DocumentReadError) return error;
  if (error instanceof LimitError) return documentLimitError(error.kind, limits, fileName, error.where, error);
  if (error instanceof DocumentLimitError || error instanceof DocxLimit)
    return documentLimitError(error.kind, limits, fileName, "where" in error ? error.where : "", error);
  if (error instanceof PdfOpenError) {
    if (error.reason === "encrypted") return documentError("encrypted", fileName, "pdf", error);
    if (error.reason === "unavailable")
      // Not the file's fault: the part of jixiao that reads PDFs did not load (a page cut off from its server).
      return new DocumentReadError(
        "unsupported",
        `“${fileName}”未能读取：读取 PDF 的组件没有加载成功（${error.detail}）。请刷新页面（或重新安装 jixiao）后再试。`,
        { cause: error },
      );
    return documentError("corrupt", fileName, "pdf", error);
  }
  if (error instanceof XmlSyntaxError) return documentError("corrupt", fileName, "Word 正文的 XML 格式错误", error);
  return documentError("corrupt", fileName, "", error);
}

interface Blocks {
  readonly kind: DocumentKind;
  readonly blocks: readonly Block[];
  readonly notes: string[];
}

/** The blocks of the document, by what its bytes are. */
async function blocksOf(
  data: Uint8Array,
  fileName: string,
  limits: DocumentLimits,
  options: DocumentReadOptions,
): Promise<Blocks> {
  const named = extensionKind(fileName);
  const notes: string[] = [];
  const told = (kind: DocumentKind) => {
    const promised = named.kind === "doc" ? "docx" : named.kind;
    const mismatch =
      promised !== null &&
      promised !== kind &&
      !(kind === "txt" && promised === "md") &&
      !(kind === "md" && promised === "txt");
    // A space before a Latin word in Chinese text, as the project writes “Word 文档”.
    const what = /^[A-Za-z]/.test(KIND_NAMES[kind]) ? ` ${KIND_NAMES[kind]}` : KIND_NAMES[kind];
    if (mismatch) notes.push(`文件扩展名是 .${named.ext}，但内容是${what}，已按${what}读取。`);
  };
  switch (sniff(data)) {
    case "empty":
      throw documentError("empty", fileName, "bytes");
    case "ole2":
      // A password-protected .docx is an OLE2 file holding the package as a stream named EncryptedPackage.
      if (containsUtf16(data, "EncryptedPackage")) throw documentError("encrypted", fileName);
      if (containsUtf16(data, "WordDocument")) throw documentError("doc", fileName);
      if (containsUtf16(data, "Workbook"))
        throw documentError(
          "unsupported",
          fileName,
          "是旧版 Excel 工作簿（.xls），不是报告文档（请在 Excel 中另存为 .xlsx 后按工作簿检查）",
        );
      if (containsUtf16(data, "PowerPoint Document"))
        throw documentError("unsupported", fileName, "是旧版 PowerPoint 演示文稿，不是报告文档");
      throw documentError("doc", fileName);
    case "zip":
      return { kind: "docx", blocks: docxBlocks(data, fileName, limits, told), notes };
    case "pdf": {
      told("pdf");
      let read;
      try {
        read = await readPdf(data, limits, options.pdf);
      } catch (error) {
        if (error instanceof PdfOpenError && error.reason === "corrupt" && /password/i.test(error.detail))
          throw documentError("encrypted", fileName, "pdf", error);
        throw error;
      }
      if (read.paragraphs.length === 0 && read.unreadableText)
        throw documentError(
          "unsupported",
          fileName,
          "中的文字无法提取（使用了未嵌入的字体或特殊的字符编码），无法检查。请提供 Word 版，或导出嵌入字体的 PDF",
        );
      if (read.paragraphs.length === 0) throw documentError("scanned", fileName);
      if (read.pagesWithoutText.length > 0)
        notes.push(
          `第 ${read.pagesWithoutText.join("、")} 页没有文字层（可能是扫描页、图片或空白页），这些页上的内容没有读入。`,
        );
      return {
        kind: "pdf",
        blocks: read.paragraphs.map((p) => ({ kind: "paragraph", text: p.text, page: p.page })),
        notes,
      };
    }
    case "rtf":
      throw documentError(
        "unsupported",
        fileName,
        "是 RTF 格式的文档，无法直接读取（请在 Word 或 WPS 中另存为 .docx）",
      );
    case "html":
      throw documentError(
        "unsupported",
        fileName,
        "是网页格式（HTML/MHT）的文档，无法直接读取（请在 Word 或 WPS 中另存为 .docx）",
      );
    case "image":
      throw documentError("unsupported", fileName, "是图片，没有可读取的文字（请提供 Word 版或可复制文字的 PDF）");
    case "text": {
      const decoded = decodeText(data);
      if (!decoded) throw documentError("unsupported", fileName, "不是文本，也不是 Word 文档或 PDF，可能已损坏");
      if (decoded.text.length > limits.textChars) throw new DocumentLimitError("textChars");
      const kind: DocumentKind = named.kind === "md" ? "md" : "txt";
      told(kind);
      const blocks = kind === "md" ? readMarkdown(decoded.text) : readPlainText(decoded.text);
      if (blocks.length > limits.cells) throw new DocumentLimitError("cells");
      return { kind, blocks, notes };
    }
  }
}

/** A zip's blocks: a Word package's body, or the reason it is none. */
function docxBlocks(
  data: Uint8Array,
  fileName: string,
  limits: DocumentLimits,
  told: (kind: DocumentKind) => void,
): Block[] {
  let archive: ZipArchive;
  try {
    archive = new ZipArchive(data);
  } catch (error) {
    throw documentError("corrupt", fileName, "压缩包不完整，文件可能没有下载或复制完整", error);
  }
  const budget = new InflateBudget(limits);
  try {
    const blocks = readDocxBlocks(archive, budget, limits);
    told("docx");
    return blocks;
  } catch (error) {
    if (error instanceof DocxFormatError)
      throw error.reason === "no-document"
        ? documentError("unsupported", fileName, `不是 Word 文档（${error.message}）`, error)
        : documentError("unsupported", fileName, error.message, error);
    if (error instanceof LimitError || error instanceof DocxLimit) throw error;
    if (error instanceof XmlSyntaxError) throw documentError("corrupt", fileName, "Word 正文的 XML 格式错误", error);
    throw documentError("corrupt", fileName, "Word 文档的压缩内容已损坏", error);
  }
}
