/**
 * A sheet of the snapshot as the reader walks it (absolute 1-based rows and columns, merged areas known), and
 * the model's cells built from it: Cell, FigureCell (parseFigure), TextCell (folded text), TargetCell
 * (parseTarget), the 指标性质 cell (parseNature).
 */
import { parseFigure, parseNature, parseTarget, type Op } from "../figures";
import type { Area, CellValue, SheetSnapshot } from "./snapshot";
import { foldText, isEmpty } from "./text";
import type { Cell, CellRef, FigureCell, TargetCell, TextCell } from "./types";

/** Key of a cell in the merge index (columns are at most 16,384). */
const key = (row: number, col: number): number => row * 16385 + col;

export class SheetView {
  readonly name: string;
  readonly top: number;
  readonly left: number;
  /** Last row and column of the used range (bottom < top for an empty sheet). */
  readonly bottom: number;
  readonly right: number;
  readonly snapshot: SheetSnapshot;
  private readonly rows: SheetSnapshot["values"];
  private readonly formats: SheetSnapshot["numberFormats"];
  /** Each cell of a merged area (clipped to the used range) → its area. */
  private readonly merged = new Map<number, Area>();
  /** Per row of the used range: 1 when a merged area touches it. */
  private readonly mergedRow: Uint8Array;

  constructor(sheet: SheetSnapshot) {
    this.snapshot = sheet;
    this.name = sheet.name;
    this.top = sheet.top;
    this.left = sheet.left;
    this.rows = sheet.values;
    this.formats = sheet.numberFormats;
    let width = 0;
    for (const row of sheet.values) if (row.length > width) width = row.length;
    this.bottom = sheet.top + sheet.values.length - 1;
    this.right = sheet.left + width - 1;
    this.mergedRow = new Uint8Array(Math.max(0, sheet.values.length));
    for (const area of sheet.merges) {
      const top = Math.max(area.top, this.top);
      const bottom = Math.min(area.bottom, this.bottom);
      const left = Math.max(area.left, this.left);
      const right = Math.min(area.right, this.right);
      if (top > bottom || left > right || (area.top === area.bottom && area.left === area.right)) continue;
      for (let r = top; r <= bottom; r++) {
        this.mergedRow[r - this.top] = 1;
        for (let c = left; c <= right; c++) this.merged.set(key(r, c), area);
      }
    }
  }

  /** The value of a cell; null outside the used range and in the covered (non top-left) cells of a merge. */
  value(row: number, col: number): CellValue {
    const v = this.rows[row - this.top]?.[col - this.left];
    if (v === undefined || v === null) return null;
    if (this.mergedRow[row - this.top] === 1) {
      const area = this.merged.get(key(row, col));
      if (area && (area.top !== row || area.left !== col)) return null;
    }
    return v;
  }

  /** Whether the cell holds nothing (a covered cell of a merge holds nothing). */
  empty(row: number, col: number): boolean {
    return isEmpty(this.value(row, col));
  }

  format(row: number, col: number): string {
    return this.formats[row - this.top]?.[col - this.left] ?? "General";
  }

  /** The merged area a cell belongs to, or null. */
  mergeAt(row: number, col: number): Area | null {
    if (this.mergedRow[row - this.top] !== 1) return null;
    return this.merged.get(key(row, col)) ?? null;
  }

  /** The last column of the cell's merged area, or the column itself. */
  rightOf(row: number, col: number): number {
    const area = this.mergeAt(row, col);
    return area ? area.right : col;
  }

  /** Whether no cell of the row between the columns (inclusive) holds anything. */
  blankBetween(row: number, left: number, right: number): boolean {
    const values = this.rows[row - this.top];
    if (!values) return true;
    const from = Math.max(left, this.left);
    const to = Math.min(right, this.left + values.length - 1);
    for (let c = from; c <= to; c++) if (!isEmpty(values[c - this.left] ?? null) && !this.empty(row, c)) return false;
    return true;
  }

  /** The first column of the row, from `from` to `to` (inclusive), whose cell holds something; 0 if none. */
  firstFilled(row: number, from: number, to: number = this.right): number {
    for (let c = Math.max(from, this.left); c <= to; c++) if (!this.empty(row, c)) return c;
    return 0;
  }

  ref(row: number, col: number): CellRef {
    return { sheet: this.name, row, col };
  }
}

/**
 * A parser of cell values that reads each distinct text once: forms repeat their targets, natures and figures
 * down a column ("≥95%", "≥", "０．５"). What it returns is immutable, so cells of the same text share it; the
 * cache is bounded (cleared when full).
 */
function eachTextOnce<T>(parse: (raw: CellValue) => T): (raw: CellValue) => T {
  const cache = new Map<string, T>();
  return (raw) => {
    if (typeof raw !== "string") return parse(raw);
    if (cache.has(raw)) return cache.get(raw)!;
    if (cache.size >= TEXT_CACHE_SIZE) cache.clear();
    const parsed = parse(raw);
    cache.set(raw, parsed);
    return parsed;
  };
}

const TEXT_CACHE_SIZE = 5000;
const figureOf = eachTextOnce(parseFigure);
const targetOf = eachTextOnce(parseTarget);
const natureOf = eachTextOnce(parseNature);

export function cellAt(view: SheetView, row: number, col: number): Cell {
  return { ref: view.ref(row, col), raw: view.value(row, col), numberFormat: view.format(row, col) };
}

export function figureCell(view: SheetView, row: number, col: number): FigureCell {
  const raw = view.value(row, col);
  return { ref: view.ref(row, col), raw, numberFormat: view.format(row, col), figure: figureOf(raw) };
}

export function textCell(view: SheetView, row: number, col: number): TextCell {
  const raw = view.value(row, col);
  return { ref: view.ref(row, col), raw, numberFormat: view.format(row, col), text: foldText(raw) };
}

/** A text cell whose text is part of the cell ("单位名称：XXX" → "XXX"), keeping the cell's raw value. */
export function textCellWith(view: SheetView, row: number, col: number, text: string): TextCell {
  return { ref: view.ref(row, col), raw: view.value(row, col), numberFormat: view.format(row, col), text };
}

export function targetCell(view: SheetView, row: number, col: number): TargetCell {
  const raw = view.value(row, col);
  return { ref: view.ref(row, col), raw, numberFormat: view.format(row, col), target: targetOf(raw) };
}

export type NatureCell = Cell & { readonly op: Op | "qualitative" | null | undefined };

export function natureCell(view: SheetView, row: number, col: number): NatureCell {
  const raw = view.value(row, col);
  return { ref: view.ref(row, col), raw, numberFormat: view.format(row, col), op: natureOf(raw) };
}

/** Builds the cell of a column that may be missing from the table (column undefined → null). */
export function optional<T>(
  build: (view: SheetView, row: number, col: number) => T,
  view: SheetView,
  row: number,
  col: number | undefined,
): T | null {
  return col === undefined ? null : build(view, row, col);
}
