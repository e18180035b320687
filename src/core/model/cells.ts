/**
 * A sheet of the snapshot as the reader walks it (absolute 1-based rows and columns, merged areas known), and
 * the model's cells built from it: Cell, FigureCell (parseFigure), TextCell (folded text), TargetCell
 * (parseTarget), the 指标性质 cell (parseNature).
 */
import { parseFigure, parseNature, parseTarget, type Figure, type Op } from "../figures";
import { MergeIndex } from "./merges";
import {
  cellIndexAtOrAfter,
  rowIndexAtOrAfter,
  type Area,
  type CellValue,
  type SheetSnapshot,
  type SnapshotCell,
  type SnapshotRow,
} from "./snapshot";
import { foldText, isEmpty } from "./text";
import type { Cell, CellRef, FigureCell, TargetCell, TextCell } from "./types";

const NO_CELLS: readonly SnapshotCell[] = [];

/**
 * A sheet as the reader walks it: absolute 1-based rows and columns, merged areas known. Every question costs
 * in proportion to the cells that hold something (a lookup in a row, a binary search), never to the area of the
 * used range: a sheet with one value at XFD1048576 is as quick as any other.
 */
export class SheetView {
  readonly name: string;
  /** First and last row and column that hold something (bottom < top for an empty sheet). */
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  readonly snapshot: SheetSnapshot;
  private readonly byRow = new Map<number, SnapshotRow>();
  private readonly merges: MergeIndex;

  constructor(sheet: SheetSnapshot) {
    this.snapshot = sheet;
    this.name = sheet.name;
    this.top = sheet.top;
    this.left = sheet.left;
    this.bottom = sheet.bottom;
    this.right = sheet.right;
    for (const r of sheet.rows) this.byRow.set(r.row, r);
    this.merges = new MergeIndex(sheet.merges);
  }

  /** The rows that hold something, top to bottom. */
  get rows(): readonly SnapshotRow[] {
    return this.snapshot.rows;
  }

  /** The cells of a row that hold something, left to right. */
  cells(row: number): readonly SnapshotCell[] {
    return this.byRow.get(row)?.cells ?? NO_CELLS;
  }

  /** The first row after `row` that holds something, or 0. */
  nextRow(row: number): number {
    return this.snapshot.rows[rowIndexAtOrAfter(this.snapshot, row + 1)]?.row ?? 0;
  }

  /** The snapshot's cell at a row and column, or null where nothing is. */
  cell(row: number, col: number): SnapshotCell | null {
    const cells = this.byRow.get(row)?.cells;
    if (!cells) return null;
    const found = cells[cellIndexAtOrAfter(cells, col)];
    return found && found.col === col ? found : null;
  }

  /** The value of a cell; null where nothing is (the covered cells of a merge hold nothing). */
  value(row: number, col: number): CellValue {
    return this.cell(row, col)?.value ?? null;
  }

  /** The formula of a cell whose file holds no computed result for it, or null. */
  uncomputed(row: number, col: number): string | null {
    return this.cell(row, col)?.uncomputed ?? null;
  }

  /** Whether the cell holds nothing (a covered cell of a merge holds nothing; a formula without a result does
   *  hold something). */
  empty(row: number, col: number): boolean {
    const cell = this.cell(row, col);
    return cell === null || (cell.uncomputed === undefined && isEmpty(cell.value));
  }

  format(row: number, col: number): string {
    return this.cell(row, col)?.format ?? "General";
  }

  /** The merged area a cell belongs to, or null. */
  mergeAt(row: number, col: number): Area | null {
    return this.merges.at(row, col);
  }

  /** The merged areas that cross a row between two columns, left to right. */
  mergesInRow(row: number, left: number, right: number): Area[] {
    return this.merges.inRow(row, left, right);
  }

  /** The last column of the cell's merged area, or the column itself. */
  rightOf(row: number, col: number): number {
    const area = this.mergeAt(row, col);
    return area ? area.right : col;
  }

  /** Whether no cell of the row between the columns (inclusive) holds anything. */
  blankBetween(row: number, left: number, right: number): boolean {
    return this.firstFilled(row, left, right) === 0;
  }

  /** The first column of the row, from `from` to `to` (inclusive), whose cell holds something; 0 if none. */
  firstFilled(row: number, from: number, to: number = this.right): number {
    const cells = this.byRow.get(row)?.cells;
    if (!cells) return 0;
    for (let k = cellIndexAtOrAfter(cells, from); k < cells.length; k++) {
      const cell = cells[k]!;
      if (cell.col > to) return 0;
      if (cell.uncomputed !== undefined || !isEmpty(cell.value)) return cell.col;
    }
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

/** Why a figure cannot be read from a formula whose file holds no computed result. */
export const UNCOMPUTED_REASON = "公式没有计算结果：请在 Excel 中打开并保存后再检查";

function uncomputedFigure(formula: string): Figure {
  return { kind: "invalid", text: formula, reason: UNCOMPUTED_REASON };
}

// The cells below are built as literals of one shape each (no spread of a Cell into another object): a model of
// tens of thousands of rows builds hundreds of thousands of them, and a spread costs several times a literal and
// gives the objects more than one hidden class. `uncomputed` is added only to the rare formula without a result.

/** The cell with `uncomputed` where its formula has no result (the rare case: added, not a field of every cell). */
function keepingUncomputed<T extends Cell>(cell: T, found: SnapshotCell | null): T {
  if (found?.uncomputed !== undefined) (cell as { uncomputed?: string }).uncomputed = found.uncomputed;
  return cell;
}

export function cellAt(view: SheetView, row: number, col: number): Cell {
  const found = view.cell(row, col);
  const cell: Cell = {
    ref: view.ref(row, col),
    raw: found ? found.value : null,
    numberFormat: found?.format ?? "General",
  };
  return keepingUncomputed(cell, found);
}

export function figureCell(view: SheetView, row: number, col: number): FigureCell {
  const found = view.cell(row, col);
  const raw = found ? found.value : null;
  const figure = found?.uncomputed ? uncomputedFigure(found.uncomputed) : figureOf(raw);
  const cell: FigureCell = { ref: view.ref(row, col), raw, numberFormat: found?.format ?? "General", figure };
  return keepingUncomputed(cell, found);
}

export function textCell(view: SheetView, row: number, col: number): TextCell {
  const found = view.cell(row, col);
  const raw = found ? found.value : null;
  const cell: TextCell = {
    ref: view.ref(row, col),
    raw,
    numberFormat: found?.format ?? "General",
    text: foldText(raw),
  };
  return keepingUncomputed(cell, found);
}

/** A text cell whose text is part of the cell ("单位名称：XXX" → "XXX"), keeping the cell's raw value. */
export function textCellWith(view: SheetView, row: number, col: number, text: string): TextCell {
  const found = view.cell(row, col);
  const cell: TextCell = {
    ref: view.ref(row, col),
    raw: found ? found.value : null,
    numberFormat: found?.format ?? "General",
    text,
  };
  return keepingUncomputed(cell, found);
}

export function targetCell(view: SheetView, row: number, col: number): TargetCell {
  const found = view.cell(row, col);
  const raw = found ? found.value : null;
  const target = found?.uncomputed ? uncomputedFigure(found.uncomputed) : targetOf(raw);
  const cell: TargetCell = { ref: view.ref(row, col), raw, numberFormat: found?.format ?? "General", target };
  return keepingUncomputed(cell, found);
}

export type NatureCell = Cell & { readonly op: Op | "qualitative" | null | undefined };

export function natureCell(view: SheetView, row: number, col: number): NatureCell {
  const found = view.cell(row, col);
  const raw = found ? found.value : null;
  const cell: NatureCell = {
    ref: view.ref(row, col),
    raw,
    numberFormat: found?.format ?? "General",
    op: natureOf(raw),
  };
  return keepingUncomputed(cell, found);
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
