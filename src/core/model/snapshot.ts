/**
 * A workbook as the adapters read it: every sheet's used range as plain values, with number formats, merged
 * areas and whether the sheet is protected. Both adapters (ExcelJS over an .xlsx file, office.js over the live
 * workbook) produce this same snapshot for the same workbook; everything after it is pure core code.
 *
 * Values: numbers as numbers (dates as Excel serial numbers), text as text (rich text joined), booleans,
 * errors as their Excel text ("#DIV/0!"), formulas as their last computed value, empty cells as null.
 */
export type CellValue = string | number | boolean | null;

/** A rectangle of cells, 1-based and inclusive. */
export interface Area {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface SheetSnapshot {
  readonly name: string;
  /** Row and column (1-based) of values[0][0]: the top-left cell of the used range. */
  readonly top: number;
  readonly left: number;
  /** The used range, row by row; rows may be shorter than the widest (missing cells are null). */
  readonly values: readonly (readonly CellValue[])[];
  /** Number formats of the same shape as values, where the adapter knows them ("General" otherwise). */
  readonly numberFormats: readonly (readonly string[])[];
  readonly merges: readonly Area[];
  readonly protected: boolean;
  readonly visible: boolean;
}

export interface WorkbookSnapshot {
  readonly sheets: readonly SheetSnapshot[];
  /**
   * jixiao's own settings stored in the workbook (chosen profile, accepted warnings, column mappings), as
   * key → JSON text. Office: Office.context.document.settings; .xlsx: a very hidden sheet named _jixiao.
   */
  readonly settings: Readonly<Record<string, string>>;
}

/** The value at a 1-based row and column of a sheet, or null outside its used range. */
export function cellAt(sheet: SheetSnapshot, row: number, col: number): CellValue {
  return sheet.values[row - sheet.top]?.[col - sheet.left] ?? null;
}

/** The number format at a 1-based row and column, or "General". */
export function formatAt(sheet: SheetSnapshot, row: number, col: number): string {
  return sheet.numberFormats[row - sheet.top]?.[col - sheet.left] ?? "General";
}

/** Column letters of a 1-based column number: 1 → A, 28 → AB. */
export function columnName(col: number): string {
  let name = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** A1 address of a 1-based row and column. */
export function address(row: number, col: number): string {
  return `${columnName(col)}${row}`;
}

/** A1 address of an area: "B5" for one cell, "B5:D9" otherwise. */
export function areaAddress(area: Area): string {
  const a = address(area.top, area.left);
  return area.top === area.bottom && area.left === area.right ? a : `${a}:${address(area.bottom, area.right)}`;
}

/** Parses "H17" or "$H$17" into a 1-based row and column; null for anything else. */
export function parseAddress(a1: string): { readonly row: number; readonly col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(a1.trim());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1]!.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  const row = Number(m[2]);
  return row >= 1 && col >= 1 && col <= 16384 && row <= 1048576 ? { row, col } : null;
}
