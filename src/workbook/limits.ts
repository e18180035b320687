/**
 * What a workbook file may make jixiao spend. A file is read only within these bounds, and each bound that is
 * reached is told in one Chinese sentence naming the file and the bound, before the memory or the time is spent:
 * the file's size is checked before it is read, a part's declared size before it is inflated, and the bytes
 * inflated, the ratio of inflated to compressed bytes, the cells and the length of a text while they are read.
 *
 * The bounds are far above what a budget workbook holds (the project's benchmark workbook of 10,000 budget rows
 * and 2,000 indicators: 0.4 MB on disk, 3 MB of XML, 80,000 cells), and low enough that any file of 3 MB or less
 * is checked within seconds and a few hundred megabytes (the hostile files of test/hostile-files.test.ts, measured
 * one by one in a process of their own by `npm run bench`).
 */
import { formatNumber } from "../core/format";

export interface ReadLimits {
  /** Bytes of the file itself, checked before it is read. */
  readonly fileBytes: number;
  /** Bytes one part of the package inflates to. */
  readonly partBytes: number;
  /** Bytes all the parts read inflate to, together. */
  readonly totalBytes: number;
  /** Inflated ÷ compressed bytes of a part, once it has inflated past `ratioFrom` bytes. */
  readonly ratio: number;
  readonly ratioFrom: number;
  /** Cells that hold something, in all the sheets together. */
  readonly cells: number;
  /** Characters of one cell's text (Excel's own limit is 32,767). */
  readonly textLength: number;
  /** Merged areas of one sheet. */
  readonly merges: number;
  /** Sheets of the workbook. */
  readonly sheets: number;
}

const MB = 1024 * 1024;

export const DEFAULT_LIMITS: ReadLimits = {
  fileBytes: 100 * MB,
  partBytes: 64 * MB,
  totalBytes: 160 * MB,
  ratio: 200,
  ratioFrom: 2 * MB,
  cells: 500_000,
  textLength: 32_767,
  merges: 100_000,
  sheets: 1_000,
};

export type LimitKind = Exclude<keyof ReadLimits, "ratioFrom">;

const megabytes = (bytes: number): string => `${formatNumber(bytes / MB, 1)} MB`;

/** The Chinese sentence for a bound reached; `where` names the part, sheet or cell when known. */
export function limitMessage(kind: LimitKind, limits: ReadLimits, where = ""): string {
  const at = where ? `（${where}）` : "";
  switch (kind) {
    case "fileBytes":
      return `文件超过 ${megabytes(limits.fileBytes)} 的上限，未读取`;
    case "partBytes":
      return `文件中的一个部件${at}解压后超过 ${megabytes(limits.partBytes)} 的上限，可能是恶意构造的压缩文件，已停止读取`;
    case "totalBytes":
      return `文件解压后的内容超过 ${megabytes(limits.totalBytes)} 的上限，可能是恶意构造的压缩文件，已停止读取`;
    case "ratio":
      return `文件中的一个部件${at}压缩比超过 ${limits.ratio} 倍的上限，可能是“压缩炸弹”，已停止读取`;
    case "cells":
      return `工作簿中有内容的单元格超过 ${formatNumber(limits.cells, 0)} 个的上限${at}，未检查`;
    case "textLength":
      return `单元格${at}中的文字超过 ${formatNumber(limits.textLength, 0)} 个字符（Excel 单元格的上限），文件可能已损坏或是恶意构造的`;
    case "merges":
      return `工作表${at}的合并单元格超过 ${formatNumber(limits.merges, 0)} 个的上限，未检查`;
    case "sheets":
      return `工作簿的工作表超过 ${formatNumber(limits.sheets, 0)} 张的上限，未检查`;
  }
}

/** A bound reached while reading (the reader turns it into an XlsxReadError with limitMessage). */
export class LimitError extends Error {
  override readonly name = "LimitError";
  constructor(
    readonly kind: LimitKind,
    readonly where = "",
  ) {
    super(`limit ${kind}${where ? ` at ${where}` : ""}`);
  }
}

/** The inflated bytes spent so far on one file, against its bounds. */
export class InflateBudget {
  private total = 0;
  constructor(readonly limits: ReadLimits = DEFAULT_LIMITS) {}

  /** Checks a part's declared size before it is inflated. */
  declare(part: string, size: number): void {
    if (size > this.limits.partBytes) throw new LimitError("partBytes", part);
    if (this.total + size > this.limits.totalBytes) throw new LimitError("totalBytes", part);
  }

  /** Counts bytes a part inflated to, `inflated` of them so far from `compressed` bytes read. */
  spend(part: string, bytes: number, inflated: number, compressed: number): void {
    this.total += bytes;
    if (inflated > this.limits.partBytes) throw new LimitError("partBytes", part);
    if (this.total > this.limits.totalBytes) throw new LimitError("totalBytes", part);
    if (inflated > this.limits.ratioFrom && inflated > this.limits.ratio * Math.max(compressed, 1))
      throw new LimitError("ratio", part);
  }
}
