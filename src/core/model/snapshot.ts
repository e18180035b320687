/**
 * A workbook as the adapters read it: every sheet's cells that hold something, row by row, with their number
 * formats, the merged areas and whether the sheet is protected or hidden. Both adapters (the .xlsx reader over a
 * file, office.js over the live workbook) produce this same snapshot for the same workbook; everything after it
 * is pure core code.
 *
 * The snapshot is sparse: its size grows with the cells that hold something, never with the area of the used
 * range (one value at XFD1048576 is one cell, not seventeen billion). Rows are in ascending order, each row's
 * cells in ascending column order, and no row or cell is listed twice.
 *
 * Values: numbers as numbers (dates as Excel serial numbers), text as text (rich text joined), booleans,
 * errors as their Excel text ("#DIV/0!"), formulas as their last computed value. A cell that holds nothing is
 * not listed, with one exception: a formula whose result the file does not hold (`uncomputed`; only a file
 * written by a program that does not calculate has one, Excel always does). The covered cells of a merged area
 * (all but its top-left cell) hold nothing, whatever the file says.
 */
export type CellValue = string | number | boolean | null;

/** A rectangle of cells, 1-based and inclusive. */
export interface Area {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** A cell that holds something. */
export interface SnapshotCell {
  readonly col: number;
  /** Its value; null only for a formula without a computed result (`uncomputed`). */
  readonly value: CellValue;
  /** Its number format ("General" where none is set). */
  readonly format: string;
  /** The formula ("=SUM(H5:H9)") of a cell whose file holds no computed result for it. */
  readonly uncomputed?: string;
}

export interface SnapshotRow {
  readonly row: number;
  readonly cells: readonly SnapshotCell[];
}

export interface SheetSnapshot {
  readonly name: string;
  /** The first and last row and column that hold something; an empty sheet has top = left = 1 and
   *  bottom = right = 0. */
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  /** The rows that hold something, in ascending order. */
  readonly rows: readonly SnapshotRow[];
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

/** Largest row and column of a worksheet. */
export const MAX_ROW = 1048576;
export const MAX_COL = 16384;

// ---------------------------------------------------------------------------------------------------------
// Building

/** Whether a value holds something as the snapshot counts it (text of only spaces does: it is in the cell). */
function holds(v: CellValue | undefined): v is string | number | boolean {
  return v !== null && v !== undefined && v !== "";
}

/**
 * A sheet from its rows of cells, as an adapter collects them: rows and cells sorted, empty cells and the covered
 * cells of merged areas left out, the bounds computed. `rows` may be in any order; a cell listed twice keeps its
 * last value. Rows that come in order, as a file lists them, are taken as they are.
 */
export function sheetOf(
  name: string,
  rows: Iterable<SnapshotRow>,
  options: { merges?: readonly Area[]; protected?: boolean; visible?: boolean } = {},
): SheetSnapshot {
  const merges = options.merges ?? [];
  let out = orderedRows(rows);
  if (merges.some((a) => a.bottom > a.top || a.right > a.left)) out = withoutCovered(out, merges);
  let left = Infinity;
  let right = 0;
  for (const r of out) {
    left = Math.min(left, r.cells[0]!.col);
    right = Math.max(right, r.cells[r.cells.length - 1]!.col);
  }
  const empty = out.length === 0;
  return {
    name,
    top: empty ? 1 : out[0]!.row,
    left: empty ? 1 : left,
    bottom: empty ? 0 : out[out.length - 1]!.row,
    right: empty ? 0 : right,
    rows: out,
    merges,
    protected: options.protected ?? false,
    visible: options.visible ?? true,
  };
}

const listed = (cell: SnapshotCell): boolean => holds(cell.value) || cell.uncomputed !== undefined;

/** The rows in ascending order, each with its listed cells in ascending order, none empty or twice. */
function orderedRows(rows: Iterable<SnapshotRow>): SnapshotRow[] {
  const out: SnapshotRow[] = [];
  let last = 0;
  let ordered = true;
  for (const r of rows) {
    if (r.row <= last) ordered = false;
    last = r.row;
    let clean = true;
    let col = 0;
    for (const cell of r.cells) {
      if (cell.col <= col || !listed(cell)) clean = false;
      col = cell.col;
    }
    if (clean) {
      if (r.cells.length > 0) out.push(r);
      continue;
    }
    const byCol = new Map<number, SnapshotCell>();
    for (const cell of r.cells)
      if (listed(cell)) byCol.set(cell.col, cell);
      else byCol.delete(cell.col);
    if (byCol.size > 0) out.push({ row: r.row, cells: [...byCol.values()].sort((a, b) => a.col - b.col) });
  }
  if (ordered) return out;
  // Rows out of order or listed twice: each row's cells together, the later over the earlier.
  const byRow = new Map<number, Map<number, SnapshotCell>>();
  for (const r of out) {
    let cells = byRow.get(r.row);
    if (!cells) byRow.set(r.row, (cells = new Map()));
    for (const cell of r.cells) cells.set(cell.col, cell);
  }
  return [...byRow.keys()]
    .sort((a, b) => a - b)
    .map((row) => ({ row, cells: [...byRow.get(row)!.values()].sort((a, b) => a.col - b.col) }));
}

/** The rows without the covered cells of merged areas; each area is looked at only in the rows that hold cells,
 *  found by binary search, so an area over a whole sheet costs no more than its rows' cells. */
function withoutCovered(rows: SnapshotRow[], merges: readonly Area[]): SnapshotRow[] {
  const drop = new Map<number, Set<number>>(); // row index → columns to drop
  for (const a of merges) {
    if (a.top === a.bottom && a.left === a.right) continue;
    let lo = 0;
    let hi = rows.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (rows[mid]!.row < a.top) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < rows.length && rows[i]!.row <= a.bottom; i++) {
      const { row, cells } = rows[i]!;
      for (let k = cellIndexAtOrAfter(cells, a.left); k < cells.length && cells[k]!.col <= a.right; k++) {
        const col = cells[k]!.col;
        if (row === a.top && col === a.left) continue;
        let set = drop.get(i);
        if (!set) drop.set(i, (set = new Set()));
        set.add(col);
      }
    }
  }
  if (drop.size === 0) return rows;
  const out: SnapshotRow[] = [];
  rows.forEach((r, i) => {
    const set = drop.get(i);
    if (!set) return out.push(r);
    const cells = r.cells.filter((c) => !set.has(c.col));
    if (cells.length > 0) out.push({ row: r.row, cells });
  });
  return out;
}

/**
 * A sheet from a grid of values whose top-left cell is (top, left), as office.js gives a used range and as tests
 * write sheets by hand; `formats` of the same shape, where known.
 */
export function sheetFromGrid(
  name: string,
  top: number,
  left: number,
  values: readonly (readonly CellValue[])[],
  formats?: readonly (readonly (string | undefined)[])[] | null,
  options: { merges?: readonly Area[]; protected?: boolean; visible?: boolean } = {},
): SheetSnapshot {
  const rows: SnapshotRow[] = [];
  values.forEach((line, r) => {
    const cells: SnapshotCell[] = [];
    line.forEach((value, c) => {
      if (!holds(value)) return;
      cells.push({ col: left + c, value, format: formats?.[r]?.[c] || "General" });
    });
    if (cells.length > 0) rows.push({ row: top + r, cells });
  });
  return sheetOf(name, rows, options);
}

/** The sheet with one cell's value replaced (its format kept; null empties it). The other rows are shared. */
export function withValue(sheet: SheetSnapshot, row: number, col: number, value: CellValue): SheetSnapshot {
  const old = snapshotCellAt(sheet, row, col);
  const others = rowCells(sheet, row).filter((c) => c.col !== col);
  const cells = value === null ? others : [...others, { col, value, format: old?.format ?? "General" }];
  const rows = sheet.rows.filter((r) => r.row !== row);
  return sheetOf(sheet.name, cells.length ? [...rows, { row, cells }] : rows, {
    merges: sheet.merges,
    protected: sheet.protected,
    visible: sheet.visible,
  });
}

// ---------------------------------------------------------------------------------------------------------
// Reading

/** The index in `rows` of the first row at or after `row` (rows.length if none). */
export function rowIndexAtOrAfter(sheet: SheetSnapshot, row: number): number {
  const rows = sheet.rows;
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (rows[mid]!.row < row) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The cells of a row (none for a row that holds nothing). */
export function rowCells(sheet: SheetSnapshot, row: number): readonly SnapshotCell[] {
  const found = sheet.rows[rowIndexAtOrAfter(sheet, row)];
  return found && found.row === row ? found.cells : [];
}

/** The index in `cells` of the first cell at or after `col` (cells.length if none). */
export function cellIndexAtOrAfter(cells: readonly SnapshotCell[], col: number): number {
  let lo = 0;
  let hi = cells.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cells[mid]!.col < col) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The snapshot cell at a 1-based row and column, or null where nothing is. */
export function snapshotCellAt(sheet: SheetSnapshot, row: number, col: number): SnapshotCell | null {
  const cells = rowCells(sheet, row);
  const found = cells[cellIndexAtOrAfter(cells, col)];
  return found && found.col === col ? found : null;
}

/** The value at a 1-based row and column, or null where nothing is. */
export function cellAt(sheet: SheetSnapshot, row: number, col: number): CellValue {
  return snapshotCellAt(sheet, row, col)?.value ?? null;
}

/** The number format at a 1-based row and column, or "General". */
export function formatAt(sheet: SheetSnapshot, row: number, col: number): string {
  return snapshotCellAt(sheet, row, col)?.format ?? "General";
}

/** How many cells of the sheet hold something. */
export function cellCount(sheet: SheetSnapshot): number {
  let n = 0;
  for (const r of sheet.rows) n += r.cells.length;
  return n;
}

/** The values of an area as a grid (null where nothing is): for a window of a sheet, never a whole used range. */
export function gridOf(sheet: SheetSnapshot, area: Area): CellValue[][] {
  const out: CellValue[][] = [];
  for (let r = area.top; r <= area.bottom; r++) out.push(new Array<CellValue>(area.right - area.left + 1).fill(null));
  for (let i = rowIndexAtOrAfter(sheet, area.top); i < sheet.rows.length && sheet.rows[i]!.row <= area.bottom; i++) {
    const { row, cells } = sheet.rows[i]!;
    for (let k = cellIndexAtOrAfter(cells, area.left); k < cells.length && cells[k]!.col <= area.right; k++)
      out[row - area.top]![cells[k]!.col - area.left] = cells[k]!.value;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Addresses

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
