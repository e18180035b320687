/**
 * What both workbook adapters share: the shape of a sheet's used range, the order of merged areas, the settings
 * sheet, how a write is checked against the cell it targets and the Chinese reasons for skipping it. Pure code,
 * no ExcelJS and no office.js, so that either adapter can be bundled without the other.
 */
import type { CellWrite } from "../core/checks/types";
import type { Area, CellValue, SheetSnapshot } from "../core/model/snapshot";
import { address, MAX_COL, MAX_ROW } from "../core/model/snapshot";

/** The very hidden sheet of an .xlsx file that holds jixiao's settings: column A the key, column B the JSON text. */
export const SETTINGS_SHEET = "_jixiao";

/** The key under which the office adapter keeps all settings in Office.context.document.settings (one object
 *  key → JSON text: the Settings API cannot list its keys). */
export const SETTINGS_KEY = "jixiao";

export { MAX_COL, MAX_ROW } from "../core/model/snapshot";
/** Most characters an Excel cell holds. */
export const CELL_TEXT_LIMIT = 32767;

export interface SkippedWrite {
  readonly write: CellWrite;
  /** Chinese, naming the cell: why the write was not made. */
  readonly reason: string;
}

export interface WriteOutcome {
  readonly applied: readonly CellWrite[];
  readonly skipped: readonly SkippedWrite[];
}

/** Merged areas in reading order (top, then left), without duplicates: both adapters list them so. */
export function sortMerges(areas: readonly Area[]): Area[] {
  const seen = new Set<string>();
  const out: Area[] = [];
  for (const a of areas) {
    const key = `${a.top},${a.left},${a.bottom},${a.right}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ top: a.top, left: a.left, bottom: a.bottom, right: a.right });
  }
  return out.sort((a, b) => a.top - b.top || a.left - b.left || a.bottom - b.bottom || a.right - b.right);
}

/** Settings from the settings sheet, each row from column A: the key in A, the JSON text in B (a text longer
 *  than a cell holds goes on in C, D, …). */
export function settingsFromSheet(sheet: SheetSnapshot): Record<string, string> {
  const settings: Record<string, string> = {};
  for (const { cells } of sheet.rows) {
    const key = cells[0]?.col === 1 ? cells[0].value : null;
    const text = cells
      .filter((c) => c.col > 1 && c.value !== null)
      .map((c) => String(c.value))
      .join("");
    if (key === null || text === "") continue;
    settings[String(key)] = text;
  }
  return settings;
}

/** Settings as they come out of Office.context.document.settings.get(SETTINGS_KEY): an object key → JSON text,
 *  or that object as JSON text; anything else gives no settings. */
export function settingsFromStored(stored: unknown): Record<string, string> {
  let value = stored;
  if (typeof value === "string") {
    try {
      value = JSON.parse(value) as unknown;
    } catch {
      return {};
    }
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) return {};
  const settings: Record<string, string> = {};
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    if (typeof v === "string") settings[key] = v;
    else if (v !== undefined) settings[key] = JSON.stringify(v);
  }
  return settings;
}

/** Whether two cell values are the same value (a write's `expected` against what the cell holds now). */
export function sameValue(a: CellValue, b: CellValue): boolean {
  if (a === null || b === null) return a === b;
  return typeof a === typeof b && a === b;
}

/** A value as the reasons show it: 空白, “文字”, 8.84, TRUE. */
export function showValue(v: CellValue): string {
  if (v === null) return "空白";
  if (typeof v === "string") return `“${v.length > 40 ? `${v.slice(0, 40)}…` : v}”`;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v);
}

/** 「绩效自评表」H17 */
export function cellLabel(write: Pick<CellWrite, "sheet" | "row" | "col">): string {
  return `「${write.sheet}」${address(write.row, write.col)}`;
}

/** Why a write is not made, in Chinese. */
export const skipReason = {
  badCell: (w: CellWrite) => `${cellLabel(w)} 不是有效的单元格位置（行 1–${MAX_ROW}，列 1–${MAX_COL}），未写入`,
  badValue: (w: CellWrite) => `${cellLabel(w)} 要写入的值不是有限的数字，未写入`,
  tooLong: (w: CellWrite) => `${cellLabel(w)} 要写入的文字超过 Excel 单元格上限 32767 个字符，未写入`,
  noSheet: (w: CellWrite) => `工作簿里已没有工作表「${w.sheet}」，${address(w.row, w.col)} 未写入`,
  badSheetName: (w: CellWrite, reason: string) => `${reason}，未能新建工作表，${address(w.row, w.col)} 未写入`,
  protectedSheet: (w: CellWrite) =>
    `工作表「${w.sheet}」受保护，${address(w.row, w.col)} 未写入；请先在 Excel 中撤销工作表保护（审阅 → 撤销工作表保护）再试`,
  changed: (w: CellWrite, now: CellValue) =>
    `${cellLabel(w)} 现在是 ${showValue(now)}，不是检查时的 ${showValue(w.expected)}：您已改过这个单元格，未覆盖`,
  formula: (w: CellWrite, formula: string) =>
    `${cellLabel(w)} 是公式 ${formula}，未用数值覆盖；请修改公式或它引用的单元格`,
  insideMerge: (w: CellWrite, area: Area) =>
    `${cellLabel(w)} 在合并单元格 ${address(area.top, area.left)}:${address(area.bottom, area.right)} 内，只能写入左上角的 ${address(area.top, area.left)}，未写入`,
} as const;

/** Checks that do not need the workbook: a real cell position, a finite number. */
export function invalidWrite(write: CellWrite): string | null {
  const { row, col, value } = write;
  if (!Number.isInteger(row) || !Number.isInteger(col) || row < 1 || col < 1 || row > MAX_ROW || col > MAX_COL)
    return skipReason.badCell(write);
  if (typeof value === "number" && !Number.isFinite(value)) return skipReason.badValue(write);
  if (typeof value === "string" && value.length > CELL_TEXT_LIMIT) return skipReason.tooLong(write);
  return null;
}

/** The key of a cell for maps of the writes of one batch. */
export function cellKey(sheet: string, row: number, col: number): string {
  return `${sheet}\u0000${row}\u0000${col}`;
}

// ---------------------------------------------------------------------------------------------------------
// New sheets

/** A sheet to create before the writes, when the workbook does not have it yet. */
export interface NewSheet {
  readonly name: string;
  /** Widths of the columns from A on, in characters of the default font (Excel's unit for column width). */
  readonly columnWidths?: readonly number[];
  /** 1-based columns whose cells wrap their text. */
  readonly wrapColumns?: readonly number[];
}

/** A sheet that was not created, or not deleted, and why (Chinese, naming the sheet). */
export interface SheetNote {
  readonly name: string;
  readonly reason: string;
}

/** Most characters of a sheet name. */
export const SHEET_NAME_LIMIT = 31;

/**
 * Why Excel would refuse `name` for a new sheet, in Chinese, or null when it takes it: 1–31 characters, none of
 * : \ / ? * [ ], no apostrophe first or last, not "History" (reserved by Excel) nor `_jixiao` (the settings
 * sheet), and, when `existing` is given, none of those names (compared case-insensitively, as Excel does).
 */
export function invalidSheetName(name: string, existing: readonly string[] = []): string | null {
  if (name.length === 0) return "工作表名不能为空";
  const label = `工作表名「${name}」`;
  if (name.length > SHEET_NAME_LIMIT)
    return `${label}有 ${name.length} 个字符，超过 Excel 的上限 ${SHEET_NAME_LIMIT} 个`;
  const bad = /[:\\/?*[\]]/.exec(name);
  if (bad) return `${label}含有 Excel 不允许的字符 “${bad[0]}”（工作表名不能含 : \\ / ? * [ ]）`;
  if (name.startsWith("'") || name.endsWith("'")) return `${label}以单引号开头或结尾，Excel 不允许`;
  if (name.toLowerCase() === "history") return `${label}是 Excel 保留的名称，不能用作工作表名`;
  if (name.toLowerCase() === SETTINGS_SHEET) return `${label}留作绩效自评助手保存设置的工作表，不能另作他用`;
  const same = existing.find((e) => e.toLowerCase() === name.toLowerCase());
  if (same !== undefined) return `工作簿里已有工作表「${same}」（工作表名不区分大小写）`;
  return null;
}

/** The new sheets to consider: the first of each name (case-insensitively), split into those Excel takes and
 *  those it would refuse, with the reason. */
export function sortNewSheets(newSheets: readonly NewSheet[]): { valid: NewSheet[]; rejected: SheetNote[] } {
  const seen = new Set<string>();
  const valid: NewSheet[] = [];
  const rejected: SheetNote[] = [];
  for (const sheet of newSheets) {
    const key = sheet.name.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    const reason = invalidSheetName(sheet.name);
    if (reason) rejected.push({ name: sheet.name, reason });
    else valid.push(sheet);
  }
  return { valid, rejected };
}

/** The pixels of Excel's widest digit in the default font (Calibri 11 at 96 dpi) and the padding of a column,
 *  from which ECMA-376 (§18.3.1.13) derives column widths. */
const DIGIT_PX = 7;
const COLUMN_PADDING_PX = 5;

/** A width in characters as office.js's `format.columnWidth` takes it: points, for the default font (a wider
 *  Normal font shows somewhat fewer characters). */
export function columnWidthPoints(characters: number): number {
  return Math.round((characters * DIGIT_PX + COLUMN_PADDING_PX) * 0.75 * 100) / 100;
}

/** A width in characters as the `width` of an .xlsx column holds it: with the padding, in 1/256 of a digit
 *  (ECMA-376 §18.3.1.13), so that Excel shows `characters`. */
export function columnWidthInFile(characters: number): number {
  return Math.trunc(((characters * DIGIT_PX + COLUMN_PADDING_PX) / DIGIT_PX) * 256) / 256;
}

/** The column widths of a new sheet as [column, characters], leaving out any Excel would not take (a width is
 *  0–255 characters). */
export function columnWidthsOf(sheet: NewSheet): [number, number][] {
  const out: [number, number][] = [];
  (sheet.columnWidths ?? []).forEach((w, i) => {
    if (Number.isFinite(w) && w >= 0 && w <= 255 && i < MAX_COL) out.push([i + 1, w]);
  });
  return out;
}

/** The wrapping columns of a new sheet, each once, in order, leaving out any that is not a column. */
export function wrapColumnsOf(sheet: NewSheet): number[] {
  const cols = (sheet.wrapColumns ?? []).filter((c) => Number.isInteger(c) && c >= 1 && c <= MAX_COL);
  return [...new Set(cols)].sort((a, b) => a - b);
}
