/**
 * The .xlsx adapter: a workbook's bytes → WorkbookSnapshot, and CellWrites → new bytes. It takes and gives
 * bytes, never paths, so that it runs in Node (the command line, with xlsx-file.ts) and in the browser preview
 * alike.
 *
 * Reading is bounded and sparse (limits.ts): the parts are found through the package's relationships, never by
 * file name (xlsx-patch.ts's XlsxPackage); only the parts the checks need are inflated — the workbook, its
 * relationships, the shared strings, the styles and the worksheets — and each is parsed as it inflates
 * (xlsx-stream.ts), so drawings, charts, pictures, pivot caches, custom XML and VBA are never opened and a
 * broken one cannot stop the reading. A styles part that cannot be read leaves every cell "General".
 *
 * Reading follows snapshot.ts: every worksheet in workbook order (hidden ones with visible = false; chart sheets
 * are not worksheets and are left out), the cells that hold something (xlsx-sheet.ts), merged areas in reading
 * order, sheet protection, and jixiao's settings from the very hidden sheet `_jixiao`, which is not listed among
 * the sheets.
 *
 * Every failure comes back as an XlsxReadError with a code and a Chinese message; nothing else is thrown.
 */
import type { CellWrite } from "../core/checks/types";
import { indexOfText, startsWith } from "./bytes";
import { MergeIndex } from "../core/model/merges";
import { snapshotCellAt, type CellValue, type WorkbookSnapshot } from "../core/model/snapshot";
import {
  SETTINGS_SHEET,
  type NewSheet,
  type SheetNote,
  type SkippedWrite,
  type WriteOutcome,
  invalidWrite,
  sameValue,
  settingsFromSheet,
  skipReason,
  sortNewSheets,
} from "./common";
import { DEFAULT_LIMITS, InflateBudget, LimitError, limitMessage, type ReadLimits } from "./limits";
import { REL } from "./xlsx-patch-package";
import { XlsxPackage, patchXlsx } from "./xlsx-patch";
import { attributeOf, localName, nextTag } from "./xlsx-patch-xml";
import { readSharedStrings } from "./xlsx-shared-strings";
import { cellKey, readSheetPart, type SheetContext, type SheetRead } from "./xlsx-sheet";
import { CellFormats, readCellFormats } from "./xlsx-styles";

export type XlsxReadErrorCode = "corrupt" | "xls" | "encrypted" | "empty" | "unreadable" | "limit";

const MESSAGES: Record<Exclude<XlsxReadErrorCode, "unreadable" | "limit">, string> = {
  corrupt: "文件已损坏或不是 Excel 工作簿",
  xls: "这是旧版 .xls 文件，请在 Excel 中另存为 .xlsx",
  encrypted: "文件有密码保护，请先在 Excel 中取消密码再检查",
  empty: "工作簿里没有工作表，无法检查",
};

/** Why a workbook could not be read: `code` for the program, `message` in Chinese for the user. */
export class XlsxReadError extends Error {
  override readonly name = "XlsxReadError";
  constructor(
    readonly code: XlsxReadErrorCode,
    message: string = code === "unreadable" ? "无法读取文件" : code === "limit" ? "文件超出读取上限" : MESSAGES[code],
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** How to read: the bounds (limits.ts) of what the file may make the reader spend. */
export interface XlsxReadOptions {
  readonly limits?: ReadLimits;
}

export interface XlsxWriteResult extends WriteOutcome {
  /** The new workbook; the input bytes themselves (a copy) when nothing was written. */
  readonly bytes: Uint8Array;
  /** The new sheets that were added, in the order given. */
  readonly createdSheets: readonly string[];
  /** The new sheets not added because Excel would refuse the name, with the reason; their writes are skipped. */
  readonly rejectedSheets: readonly SheetNote[];
}

// ---------------------------------------------------------------------------------------------------------
// Opening

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const MACRO_ENABLED = /macroEnabled/i;

function bytesOf(input: Uint8Array | ArrayBuffer): Uint8Array {
  return input instanceof Uint8Array ? input : new Uint8Array(input);
}

/** A part named as a reader of the workbook knows it. */
function partLabel(where: string): string {
  if (/sharedStrings\.xml$/i.test(where)) return "共享字符串表";
  if (/styles\.xml$/i.test(where)) return "样式表";
  if (/workbook\.xml$/i.test(where)) return "工作簿目录";
  if (/\.rels$/i.test(where)) return "部件关系表";
  if (/\[Content_Types\]\.xml$/i.test(where)) return "内容类型表";
  return where;
}

/** Any failure of reading as the one XlsxReadError it is. */
function readError(error: unknown, limits: ReadLimits): XlsxReadError {
  if (error instanceof XlsxReadError) return error;
  if (error instanceof LimitError)
    return new XlsxReadError("limit", limitMessage(error.kind, limits, partLabel(error.where)), { cause: error });
  return new XlsxReadError("corrupt", MESSAGES.corrupt, { cause: error });
}

/** A sheet of the workbook as its package lists it. */
interface ListedSheet {
  readonly name: string;
  readonly visible: boolean;
  /** The worksheet part; null for a chart sheet, a dialog sheet or a sheet whose part is missing. */
  readonly part: string | null;
}

/** A workbook's package opened for reading, with what every sheet's reading needs. */
interface OpenedWorkbook {
  readonly pkg: XlsxPackage;
  readonly sheets: readonly ListedSheet[];
  readonly context: SheetContext;
  /** The workbook part is a macro-enabled one (.xlsm). */
  readonly macroEnabled: boolean;
}

/** Whether the workbook part's `<workbookPr>` says the 1904 date system. */
function is1904(xml: string): boolean {
  for (let tag = nextTag(xml, 0); tag; tag = nextTag(xml, tag.end)) {
    if (tag.kind === "close" || localName(tag.name) !== "workbookPr") continue;
    const v = attributeOf(xml, tag, "date1904");
    return v === "1" || v === "true";
  }
  return false;
}

/**
 * The workbook in `bytes`, opened, or an XlsxReadError saying what the bytes are instead. A password-protected
 * .xlsx is an OLE2 compound file like an old .xls; it holds a stream named "EncryptedPackage".
 */
function openWorkbook(input: Uint8Array | ArrayBuffer, budget: InflateBudget): OpenedWorkbook {
  const data = bytesOf(input);
  if (startsWith(data, OLE2))
    throw new XlsxReadError(indexOfText(data, "EncryptedPackage", true) >= 0 ? "encrypted" : "xls");
  if (!startsWith(data, ZIP)) throw new XlsxReadError("corrupt");
  let pkg: XlsxPackage;
  try {
    pkg = new XlsxPackage(data, budget);
  } catch (error) {
    if (error instanceof LimitError) throw error;
    if (indexOfText(data, "xl/workbook.bin") >= 0)
      throw new XlsxReadError("corrupt", "这是 .xlsb（二进制）工作簿，请在 Excel 中另存为 .xlsx", { cause: error });
    throw new XlsxReadError("corrupt", MESSAGES.corrupt, { cause: error });
  }
  if (pkg.sheets.length > budget.limits.sheets) throw new LimitError("sheets");
  const sheets = pkg.sheets.map((s) => ({ name: s.name, visible: s.state === "visible", part: s.part }));
  if (!sheets.some((s) => s.part !== null && s.name.toLowerCase() !== SETTINGS_SHEET)) throw new XlsxReadError("empty");
  const date1904 = is1904(pkg.text(pkg.workbookPart));
  const stringsPart = pkg.partOf(REL.sharedStrings);
  const strings = stringsPart ? readSharedStrings(pkg.archiveOf, stringsPart, budget) : [];
  const context: SheetContext = { strings, formats: formatsOf(pkg), date1904, cells: { count: 0 } };
  const macroEnabled = MACRO_ENABLED.test(pkg.contentTypeOf(pkg.workbookPart) ?? "");
  return { pkg, sheets, context, macroEnabled };
}

/** The cell formats of the styles part; "General" for every cell when there is none or it cannot be read. */
function formatsOf(pkg: XlsxPackage): CellFormats {
  const part = pkg.partOf(REL.styles);
  if (!part) return CellFormats.NONE;
  try {
    return readCellFormats(pkg.text(part));
  } catch (error) {
    if (error instanceof LimitError) throw error;
    return CellFormats.NONE;
  }
}

function readSheet(opened: OpenedWorkbook, sheet: ListedSheet & { part: string }): SheetRead {
  try {
    return readSheetPart(opened.pkg.archiveOf, sheet.part, opened.pkg.budget, sheet, opened.context);
  } catch (error) {
    // A bound reached in the sheet's part is told by the sheet's name (the reader names the cell where it can).
    if (error instanceof LimitError && !error.where.startsWith("工作表"))
      throw new LimitError(error.kind, `工作表“${sheet.name}”`);
    throw error;
  }
}

const isSettings = (s: ListedSheet): boolean => s.name.toLowerCase() === SETTINGS_SHEET;
const isWorksheet = (s: ListedSheet): s is ListedSheet & { part: string } => s.part !== null;

// ---------------------------------------------------------------------------------------------------------
// Reading

/** What readXlsxWorkbook tells beside the snapshot. */
export interface XlsxWorkbookRead {
  readonly snapshot: WorkbookSnapshot;
  /** The workbook is macro-enabled (.xlsm): a copy written from it must keep that kind. */
  readonly macroEnabled: boolean;
}

/** Reads a workbook, with what the writers of copies need to know of it. Throws only an XlsxReadError. */
export function readXlsxWorkbook(bytes: Uint8Array | ArrayBuffer, options: XlsxReadOptions = {}): XlsxWorkbookRead {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const budget = new InflateBudget(limits);
  try {
    if (bytesOf(bytes).length > limits.fileBytes) throw new LimitError("fileBytes");
    const opened = openWorkbook(bytes, budget);
    const worksheets = opened.sheets.filter(isWorksheet);
    const settingsSheet = worksheets.find(isSettings);
    return {
      snapshot: {
        sheets: worksheets.filter((s) => !isSettings(s)).map((s) => readSheet(opened, s).snapshot),
        settings: settingsSheet ? settingsFromSheet(readSheet(opened, settingsSheet).snapshot) : {},
      },
      macroEnabled: opened.macroEnabled,
    };
  } catch (error) {
    throw readError(error, limits);
  }
}

/** Reads a workbook. Rejects only with an XlsxReadError. */
export async function readXlsx(
  bytes: Uint8Array | ArrayBuffer,
  options: XlsxReadOptions = {},
): Promise<WorkbookSnapshot> {
  return readXlsxWorkbook(bytes, options).snapshot;
}

// ---------------------------------------------------------------------------------------------------------
// Writing

/** The new sheets the workbook does not have (a sheet of that name, in any case, is left as it is: a worksheet,
 *  or a chart sheet, whose writes are then skipped as going to no worksheet). */
function sheetsToCreate(listed: readonly ListedSheet[], sheets: readonly NewSheet[]): NewSheet[] {
  const lower = new Set(listed.map((s) => s.name.toLowerCase()));
  const created: NewSheet[] = [];
  for (const spec of sheets) {
    if (lower.has(spec.name.toLowerCase())) continue;
    lower.add(spec.name.toLowerCase());
    created.push(spec);
  }
  return created;
}

/** A sheet as the writes see it: what it holds when read, the writes made so far over it. */
interface WriteTarget {
  readonly read: SheetRead | null;
  readonly merges: MergeIndex;
  readonly written: Map<number, CellValue>;
}

/**
 * Writes values into cells, keeping each cell's format and style, the formulas and merges elsewhere, and every
 * other sheet as it was. A write is skipped, with a Chinese reason, when its cell no longer holds
 * `write.expected` (the user changed it since the check), when the cell holds a formula or lies inside a merged
 * area (not its top-left cell), when its sheet is protected or gone, or when the position or value is not
 * valid. Writes apply in order, so a second write to a cell sees the first.
 *
 * `newSheets` are added first (after the last sheet, before the settings sheet; a sheet of that name, in any
 * case, is used as it is), so that writes go into them; one whose name Excel would refuse is not, and its writes
 * are skipped with the reason. `settings`, when given, becomes the whole content of the `_jixiao` sheet (created
 * very hidden if missing). When nothing is written or added and no settings are given, the bytes come back
 * unchanged. A workbook that was written is marked to be recalculated when Excel opens it: formulas that depend
 * on a written cell still hold their old cached result in the file until then.
 *
 * The writes are checked against the workbook as readXlsx reads it (the sheets written into only); the file is
 * written by patching its zip (xlsx-patch.ts), so every
 * part the writes do not touch (charts, pictures, pivot tables, add-in settings, custom XML, macros …) comes
 * back byte for byte.
 *
 * Rejects only with an XlsxReadError (the bytes are not a workbook).
 */
export async function applyXlsxWrites(
  bytes: Uint8Array | ArrayBuffer,
  writes: readonly CellWrite[],
  settings?: Readonly<Record<string, string>>,
  newSheets: readonly NewSheet[] = [],
  options: XlsxReadOptions = {},
): Promise<XlsxWriteResult> {
  const limits = options.limits ?? DEFAULT_LIMITS;
  let opened: OpenedWorkbook;
  try {
    opened = openWorkbook(bytes, new InflateBudget(limits));
  } catch (error) {
    throw readError(error, limits);
  }
  const applied: CellWrite[] = [];
  const skipped: SkippedWrite[] = [];
  const skip = (write: CellWrite, reason: string) => skipped.push({ write, reason });
  const { valid, rejected: rejectedSheets } = sortNewSheets(newSheets);
  const refused = new Map(rejectedSheets.map((r) => [r.name.toLowerCase(), r.reason]));
  const created = sheetsToCreate(opened.sheets, valid);
  const createdSheets = created.map((s) => s.name);

  // The sheets written into, each read once, when its first write comes.
  const targets = new Map<string, WriteTarget | null>();
  const targetOf = (name: string): WriteTarget | null => {
    if (targets.has(name)) return targets.get(name)!;
    const listed = opened.sheets.find((s) => s.name === name && !isSettings(s));
    let target: WriteTarget | null = null;
    if (listed && isWorksheet(listed)) {
      const read = readSheet(opened, listed);
      target = { read, merges: new MergeIndex(read.snapshot.merges), written: new Map() };
    } else if (!listed && createdSheets.includes(name)) {
      target = { read: null, merges: new MergeIndex([]), written: new Map() };
    }
    targets.set(name, target);
    return target;
  };

  try {
    for (const write of writes) {
      const invalid = invalidWrite(write);
      const badName = refused.get(write.sheet.toLowerCase());
      if (invalid || badName !== undefined) {
        skip(write, invalid ?? skipReason.badSheetName(write, badName!));
        continue;
      }
      const target = targetOf(write.sheet);
      if (!target) {
        skip(write, skipReason.noSheet(write));
        continue;
      }
      if (target.read?.snapshot.protected) {
        skip(write, skipReason.protectedSheet(write));
        continue;
      }
      const merge = target.merges.at(write.row, write.col);
      if (merge && (merge.top !== write.row || merge.left !== write.col)) {
        skip(write, skipReason.insideMerge(write, merge));
        continue;
      }
      const key = cellKey(write.row, write.col);
      const now = target.written.has(key)
        ? target.written.get(key)!
        : target.read
          ? (snapshotCellAt(target.read.snapshot, write.row, write.col)?.value ?? null)
          : null;
      if (!sameValue(now, write.expected)) {
        skip(write, skipReason.changed(write, now));
        continue;
      }
      const formula = target.read?.formulas.get(key);
      if (formula) {
        skip(write, skipReason.formula(write, formula));
        continue;
      }
      target.written.set(key, write.value);
      applied.push(write);
    }
  } catch (error) {
    throw readError(error, limits);
  }

  const outcome = { applied, skipped, createdSheets, rejectedSheets };
  if (applied.length === 0 && createdSheets.length === 0 && settings === undefined)
    return { bytes: new Uint8Array(bytesOf(bytes)), ...outcome };
  try {
    const out = patchXlsx(opened.pkg, {
      writes: applied,
      newSheets: created,
      settings,
      recalculate: applied.length > 0,
    });
    return { bytes: out, ...outcome };
  } catch (error) {
    if (error instanceof LimitError) throw readError(error, limits);
    throw new XlsxReadError("corrupt", "无法保存工作簿：" + MESSAGES.corrupt, { cause: error });
  }
}
