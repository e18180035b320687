/**
 * The .xlsx adapter: a workbook's bytes → WorkbookSnapshot (read with ExcelJS), and CellWrites → new bytes
 * (checked against what ExcelJS reads, written by patching the zip: xlsx-patch.ts). It takes and gives bytes,
 * never paths, so that it runs in Node (the command line, with xlsx-file.ts) and in the browser preview alike.
 *
 * Reading follows snapshot.ts: every worksheet in workbook order (hidden ones with visible = false; chart sheets
 * are not worksheets and are left out), its used range computed from the cells that hold a value (ExcelJS's
 * dimensions also count cells that are only formatted), values normalised (dates → serial numbers in the 1900
 * or 1904 system of the workbook, rich text → plain text, hyperlinks → their text, formulas → their cached
 * result, errors → "#DIV/0!"), number formats, merged areas in reading order, sheet protection, and jixiao's
 * settings from the very hidden sheet `_jixiao`, which is not listed among the sheets.
 *
 * Every failure comes back as an XlsxReadError with a code and a Chinese message; nothing else is thrown.
 */
import ExcelJS from "exceljs";
import type { CellWrite } from "../core/checks/types";
import type { Area, CellValue, SheetSnapshot, WorkbookSnapshot } from "../core/model/snapshot";
import {
  SETTINGS_SHEET,
  type NewSheet,
  type SheetNote,
  type SkippedWrite,
  type WriteOutcome,
  invalidWrite,
  sameValue,
  settingsFromRows,
  skipReason,
  sortMerges,
  sortNewSheets,
  usedGrid,
} from "./common";
import { XlsxPackage, patchXlsx } from "./xlsx-patch";

export type XlsxReadErrorCode = "corrupt" | "xls" | "encrypted" | "empty" | "unreadable";

const MESSAGES: Record<Exclude<XlsxReadErrorCode, "unreadable">, string> = {
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
    message: string = code === "unreadable" ? "无法读取文件" : MESSAGES[code],
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
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

function bytesOf(input: Uint8Array | ArrayBuffer): Uint8Array {
  return input instanceof Uint8Array ? input : new Uint8Array(input);
}

function startsWith(data: Uint8Array, signature: readonly number[]): boolean {
  return data.length >= signature.length && signature.every((b, i) => data[i] === b);
}

/** Whether `data` contains `text`, as ASCII (utf16 = false) or UTF-16LE (utf16 = true). */
function contains(data: Uint8Array, text: string, utf16 = false): boolean {
  const needle: number[] = [];
  for (const ch of text) {
    needle.push(ch.charCodeAt(0));
    if (utf16) needle.push(0);
  }
  const first = needle[0]!;
  const last = data.length - needle.length;
  outer: for (let i = data.indexOf(first); i !== -1 && i <= last; i = data.indexOf(first, i + 1)) {
    for (let j = 1; j < needle.length; j++) if (data[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** The workbook in `bytes`, or an XlsxReadError saying what the bytes are instead. A password-protected .xlsx
 *  is an OLE2 compound file like an old .xls; it holds a stream named "EncryptedPackage". */
async function openWorkbook(input: Uint8Array | ArrayBuffer): Promise<ExcelJS.Workbook> {
  const data = bytesOf(input);
  if (startsWith(data, OLE2)) throw new XlsxReadError(contains(data, "EncryptedPackage", true) ? "encrypted" : "xls");
  if (!startsWith(data, ZIP)) throw new XlsxReadError("corrupt");
  const workbook = new ExcelJS.Workbook();
  try {
    // JSZip (inside ExcelJS) takes a Uint8Array in Node and in the browser alike.
    await workbook.xlsx.load(data as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw new XlsxReadError("corrupt", MESSAGES.corrupt, { cause: error });
  }
  if (dataSheets(workbook).length === 0) {
    if (contains(data, "xl/workbook.xml")) throw new XlsxReadError("empty");
    if (contains(data, "xl/workbook.bin"))
      throw new XlsxReadError("corrupt", "这是 .xlsb（二进制）工作簿，请在 Excel 中另存为 .xlsx");
    throw new XlsxReadError("corrupt");
  }
  return workbook;
}

function isSettingsSheet(ws: ExcelJS.Worksheet): boolean {
  return ws.name.toLowerCase() === SETTINGS_SHEET;
}

function dataSheets(workbook: ExcelJS.Workbook): ExcelJS.Worksheet[] {
  return workbook.worksheets.filter((ws) => !isSettingsSheet(ws));
}

function is1904(workbook: ExcelJS.Workbook): boolean {
  return Boolean((workbook.properties as { date1904?: boolean } | undefined)?.date1904);
}

// ---------------------------------------------------------------------------------------------------------
// Values

const MS_PER_DAY = 86_400_000;

/** The serial number of a date as ExcelJS made it (ExcelJS: Date = (serial − 25569) days after 1970, or −24107
 *  in the 1904 system, rounded to the millisecond). One exact integer sum and one division, so a serial that
 *  is the nearest double to a whole millisecond comes back bit for bit. */
function serialOf(date: Date, date1904: boolean): CellValue {
  const ms = date.getTime();
  if (!Number.isFinite(ms)) return null;
  return (ms + (date1904 ? 24107 : 25569) * MS_PER_DAY) / MS_PER_DAY;
}

function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === "[object Date]";
}

/** A value of ExcelJS as the snapshot holds it. */
function normalise(value: unknown, date1904: boolean): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "string") return value === "" ? null : value;
  if (typeof value === "boolean") return value;
  if (isDate(value)) return serialOf(value, date1904);
  if (typeof value === "object") {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v.richText)) {
      const text = (v.richText as { text?: unknown }[]).map((run) => String(run.text ?? "")).join("");
      return text === "" ? null : text;
    }
    if (typeof v.error === "string") return v.error;
    if ("formula" in v || "sharedFormula" in v) return normalise(v.result, date1904);
    if ("hyperlink" in v || "text" in v) return normalise(v.text, date1904);
  }
  return null;
}

/** The value of a cell; a cell covered by a merge (not its top-left) is empty, whatever ExcelJS says (it
 *  answers with the top-left cell's value). */
function cellValue(cell: ExcelJS.Cell, date1904: boolean): CellValue {
  if (cell.type === ExcelJS.ValueType.Merge) return null;
  // A formula's cached result of 0 is missing from cell.value ({ formula } only); cell.result keeps it.
  if (cell.type === ExcelJS.ValueType.Formula) {
    const result = (cell as unknown as { result?: unknown }).result;
    if (result !== undefined) return normalise(result, date1904);
  }
  return normalise(cell.value, date1904);
}

/** The formula of a cell ("=SUM(H5:H9)"), or null. */
function formulaOf(cell: ExcelJS.Cell): string | null {
  if (cell.type !== ExcelJS.ValueType.Formula) return null;
  const v = cell.value as { formula?: string; sharedFormula?: string };
  const f = v.formula ?? (cell as unknown as { formula?: string }).formula ?? v.sharedFormula;
  return f ? `=${f}` : "=…";
}

function numberFormatOf(ws: ExcelJS.Worksheet, row: number, col: number): string {
  const cell = ws.findCell(row, col);
  if (cell) return cell.numFmt || "General";
  // A cell that is not in the file takes the format of its row, else of its column, as in Excel. Read without
  // creating anything (getRow/getColumn would add them to the file).
  const rowFormat = ws.findRow(row)?.numFmt;
  if (rowFormat) return rowFormat;
  const columns = ws.columns as ExcelJS.Column[] | null;
  return columns?.[col - 1]?.numFmt || "General";
}

function mergesOf(ws: ExcelJS.Worksheet): Area[] {
  const merges = (ws as unknown as { _merges?: Record<string, Area | undefined> })._merges ?? {};
  return sortMerges(
    Object.values(merges)
      .filter((m): m is Area => m !== undefined)
      .map((m) => ({ top: m.top, left: m.left, bottom: m.bottom, right: m.right })),
  );
}

function isProtected(ws: ExcelJS.Worksheet): boolean {
  return Boolean((ws as unknown as { sheetProtection?: { sheet?: boolean } | null }).sheetProtection?.sheet);
}

// ---------------------------------------------------------------------------------------------------------
// Reading

function sheetSnapshot(ws: ExcelJS.Worksheet, date1904: boolean): SheetSnapshot {
  // First pass: the cells that hold a value, and their bounds.
  const found = new Map<number, Map<number, CellValue>>();
  let top = Infinity;
  let left = Infinity;
  let bottom = 0;
  let right = 0;
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const v = cellValue(cell, date1904);
      if (v === null) return;
      let cells = found.get(r);
      if (!cells) found.set(r, (cells = new Map()));
      cells.set(c, v);
      top = Math.min(top, r);
      bottom = Math.max(bottom, r);
      left = Math.min(left, c);
      right = Math.max(right, c);
    });
  });
  const values: CellValue[][] = [];
  const formats: string[][] = [];
  for (let r = top; r <= bottom; r++) {
    const cells = found.get(r);
    const row: CellValue[] = [];
    const fmt: string[] = [];
    for (let c = left; c <= right; c++) {
      row.push(cells?.get(c) ?? null);
      fmt.push(numberFormatOf(ws, r, c));
    }
    values.push(row);
    formats.push(fmt);
  }
  const grid = usedGrid(bottom ? top : 1, bottom ? left : 1, values, formats);
  return {
    name: ws.name,
    top: grid.top,
    left: grid.left,
    values: grid.values,
    numberFormats: grid.numberFormats,
    merges: mergesOf(ws),
    protected: isProtected(ws),
    visible: ws.state === undefined || ws.state === "visible",
  };
}

function settingsOf(workbook: ExcelJS.Workbook, date1904: boolean): Record<string, string> {
  const ws = workbook.worksheets.find(isSettingsSheet);
  if (!ws) return {};
  const rows: CellValue[][] = [];
  ws.eachRow({ includeEmpty: false }, (row) => {
    const cells: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      cells[c - 1] = cellValue(cell, date1904);
    });
    rows.push(Array.from(cells, (v) => v ?? null));
  });
  return settingsFromRows(rows);
}

/** Reads a workbook. Rejects only with an XlsxReadError. */
export async function readXlsx(bytes: Uint8Array | ArrayBuffer): Promise<WorkbookSnapshot> {
  const workbook = await openWorkbook(bytes);
  try {
    const date1904 = is1904(workbook);
    return {
      sheets: dataSheets(workbook).map((ws) => sheetSnapshot(ws, date1904)),
      settings: settingsOf(workbook, date1904),
    };
  } catch (error) {
    throw new XlsxReadError("corrupt", MESSAGES.corrupt, { cause: error });
  }
}

// ---------------------------------------------------------------------------------------------------------
// Writing

/**
 * The new sheets the workbook does not have (a sheet of that name, in any case, is left as it is: a worksheet,
 * or a chart sheet, whose writes are then skipped as going to no worksheet). They are added to the ExcelJS
 * workbook only so that the checks of the writes see them empty; the file gets them from patchXlsx.
 */
function sheetsToCreate(workbook: ExcelJS.Workbook, pkg: XlsxPackage, sheets: readonly NewSheet[]): NewSheet[] {
  const existing = new Set([...pkg.sheets.map((s) => s.name), ...workbook.worksheets.map((ws) => ws.name)]);
  const lower = new Set([...existing].map((name) => name.toLowerCase()));
  const created: NewSheet[] = [];
  for (const spec of sheets) {
    if (lower.has(spec.name.toLowerCase())) continue;
    workbook.addWorksheet(spec.name);
    lower.add(spec.name.toLowerCase());
    created.push(spec);
  }
  return created;
}

/** The merged area that covers a cell, if any. */
function mergeAt(ws: ExcelJS.Worksheet, row: number, col: number): Area | null {
  return mergesOf(ws).find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right) ?? null;
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
 * The checks read the workbook with ExcelJS; the file is written by patching its zip (xlsx-patch.ts), so every
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
): Promise<XlsxWriteResult> {
  const workbook = await openWorkbook(bytes);
  let pkg: XlsxPackage;
  try {
    pkg = new XlsxPackage(bytesOf(bytes));
  } catch (error) {
    throw new XlsxReadError("corrupt", MESSAGES.corrupt, { cause: error });
  }
  const date1904 = is1904(workbook);
  const applied: CellWrite[] = [];
  const skipped: SkippedWrite[] = [];
  const skip = (write: CellWrite, reason: string) => skipped.push({ write, reason });
  const { valid, rejected: rejectedSheets } = sortNewSheets(newSheets);
  const refused = new Map(rejectedSheets.map((r) => [r.name.toLowerCase(), r.reason]));
  const created = sheetsToCreate(workbook, pkg, valid);
  const createdSheets = created.map((s) => s.name);

  for (const write of writes) {
    const invalid = invalidWrite(write);
    const badName = refused.get(write.sheet.toLowerCase());
    if (invalid || badName !== undefined) {
      skip(write, invalid ?? skipReason.badSheetName(write, badName!));
      continue;
    }
    const ws = dataSheets(workbook).find((s) => s.name === write.sheet);
    if (!ws) {
      skip(write, skipReason.noSheet(write));
      continue;
    }
    if (isProtected(ws)) {
      skip(write, skipReason.protectedSheet(write));
      continue;
    }
    const merge = mergeAt(ws, write.row, write.col);
    if (merge && (merge.top !== write.row || merge.left !== write.col)) {
      skip(write, skipReason.insideMerge(write, merge));
      continue;
    }
    const existing = ws.findCell(write.row, write.col);
    const now = existing ? cellValue(existing, date1904) : null;
    if (!sameValue(now, write.expected)) {
      skip(write, skipReason.changed(write, now));
      continue;
    }
    const formula = existing ? formulaOf(existing) : null;
    if (formula) {
      skip(write, skipReason.formula(write, formula));
      continue;
    }
    ws.getCell(write.row, write.col).value = write.value;
    applied.push(write);
  }

  const outcome = { applied, skipped, createdSheets, rejectedSheets };
  if (applied.length === 0 && createdSheets.length === 0 && settings === undefined)
    return { bytes: new Uint8Array(bytesOf(bytes)), ...outcome };
  try {
    const out = patchXlsx(pkg, { writes: applied, newSheets: created, settings, recalculate: applied.length > 0 });
    return { bytes: out, ...outcome };
  } catch (error) {
    throw new XlsxReadError("corrupt", "无法保存工作簿：" + MESSAGES.corrupt, { cause: error });
  }
}
