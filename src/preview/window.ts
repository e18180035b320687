/**
 * What the preview's grid needs of a sheet beyond the snapshot, each bounded by what is shown rather than by the
 * sheet: how far the grid reaches (the cells and the merged areas, so a merged area over the whole sheet is
 * all there), how wide each column is drawn (guessed from the first cells of the sheet, a bounded number of them),
 * and which merged areas cross the window on screen (asked of the merge index row by row of the window). Nothing
 * here walks the cells of a merged area or the rows of the used range.
 */
import type { MergeIndex } from "../core/model/merges";
import type { Area, SheetSnapshot } from "../core/model/snapshot";
import { MAX_COL, MAX_ROW } from "../core/model/snapshot";
import { shown } from "./cells";

/** The grid's size in px: rows of one height, the column letters' row, and the bounds of a column's width. */
export const ROW_HEIGHT = 24;
export const HEADER_HEIGHT = 24;
export const MIN_COLUMN_WIDTH = 56;
export const DEFAULT_COLUMN_WIDTH = 72;
export const MAX_COLUMN_WIDTH = 480;
/** How many of the sheet's first cells the column widths are guessed from. */
export const WIDTH_SAMPLE_CELLS = 20_000;

/** How far the grid reaches: rows 1..rows and columns 1..cols (at least one of each). */
export interface Extent {
  readonly rows: number;
  readonly cols: number;
}

/** The last row and column that hold something or lie in a merged area, within the sheet's bounds. */
export function extentOf(sheet: SheetSnapshot): Extent {
  let rows = Math.max(1, sheet.bottom);
  let cols = Math.max(1, sheet.right);
  for (const m of sheet.merges) {
    if (m.bottom > rows) rows = m.bottom;
    if (m.right > cols) cols = m.right;
  }
  return { rows: Math.min(rows, MAX_ROW), cols: Math.min(cols, MAX_COL) };
}

/** The width of a text on screen in units of a Latin digit: CJK and other wide characters count two. */
export function textUnits(text: string, cap = 64): number {
  let units = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    units += code >= 0x1100 && (code <= 0x115f || code >= 0x2e80) ? 2 : 1;
    if (units >= cap) return cap;
  }
  return units;
}

/**
 * The width in px of every column 1..cols (index 0 is column 1), from the longest text of the sheet's first
 * `WIDTH_SAMPLE_CELLS` cells in it (a cell merged across columns counts for none), between the minimum and the
 * maximum; a column with none of those cells gets the default width.
 */
export function columnWidths(sheet: SheetSnapshot, cols: number, merges: MergeIndex): Float64Array {
  const units = new Float64Array(cols);
  let seen = 0;
  outer: for (const { row, cells } of sheet.rows) {
    for (const cell of cells) {
      if (seen++ >= WIDTH_SAMPLE_CELLS) break outer;
      if (cell.col > cols) break;
      const area = merges.size > 0 ? merges.at(row, cell.col) : null;
      if (area && area.right > area.left) continue;
      const u = textUnits(shown(cell.value, cell.format));
      if (u > units[cell.col - 1]!) units[cell.col - 1] = u;
    }
  }
  const widths = new Float64Array(cols);
  for (let i = 0; i < cols; i++) {
    const u = units[i]!;
    widths[i] =
      u === 0 ? DEFAULT_COLUMN_WIDTH : Math.min(MAX_COLUMN_WIDTH, Math.max(MIN_COLUMN_WIDTH, Math.ceil(u * 7 + 14)));
  }
  return widths;
}

/**
 * The merged areas that cross the window of rows `top..bottom` and columns `left..right`, each once, in the order
 * found (row by row, left to right). Asks the index once a row of the window: the cost follows the window.
 */
export function mergesInWindow(merges: MergeIndex, window: Area): Area[] {
  if (merges.size === 0) return [];
  const out: Area[] = [];
  const seen = new Set<Area>();
  for (let row = window.top; row <= window.bottom; row++) {
    for (const area of merges.inRow(row, window.left, window.right)) {
      if (seen.has(area)) continue;
      seen.add(area);
      out.push(area);
    }
  }
  return out;
}

/** The digits of the largest row number, for the width of the row numbers' column. */
export function rowHeaderWidth(rows: number): number {
  return 16 + 8 * String(rows).length;
}
