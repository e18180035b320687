/**
 * A template sheet while it is being laid out: cells with constants or formula trees, number formats, merges,
 * styles, drop-down lists and tables, addressed in A1 form. build.ts turns drafts into TemplateSheets (formula
 * text with the sheets' final names, results computed).
 */
import type { Area } from "../model/snapshot";
import { columnName, parseAddress } from "../model/snapshot";
import type { Expr } from "./formula";
import type { TableKey } from "./names";
import type { CellStyle, ListValidation, SheetKey } from "./types";

export interface DraftCell {
  readonly row: number;
  readonly col: number;
  value: string | number | null;
  expr: Expr | null;
  numberFormat: string | null;
}

/** "B5:D9" or "B5" as an area. */
export function areaOf(a1: string): Area {
  const [from = "", to = from] = a1.split(":");
  const a = parseAddress(from);
  const b = parseAddress(to);
  if (!a || !b) throw new Error(`template: bad range ${a1}`);
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

export class SheetDraft {
  readonly cells = new Map<string, DraftCell>();
  readonly merges: Area[] = [];
  readonly styles: { area: Area; style: CellStyle }[] = [];
  readonly validations: ListValidation[] = [];
  readonly tables: { key: TableKey; area: Area; style: string }[] = [];
  readonly rowHeights: { row: number; height: number }[] = [];
  columnWidths: readonly number[] = [];
  freezeRows = 0;

  constructor(readonly key: SheetKey) {}

  private cell(a1: string): DraftCell {
    const p = parseAddress(a1);
    if (!p) throw new Error(`template: bad cell ${a1}`);
    const key = `${p.row},${p.col}`;
    let cell = this.cells.get(key);
    if (!cell) this.cells.set(key, (cell = { ...p, value: null, expr: null, numberFormat: null }));
    return cell;
  }

  /** A constant (null leaves the cell blank but still takes the format). */
  value(a1: string, value: string | number | null, numberFormat: string | null = null): this {
    const cell = this.cell(a1);
    cell.value = value === "" ? null : value;
    cell.expr = null;
    if (numberFormat !== null) cell.numberFormat = numberFormat;
    return this;
  }

  /** A formula. */
  formula(a1: string, expr: Expr, numberFormat: string | null = null): this {
    const cell = this.cell(a1);
    cell.expr = expr;
    cell.value = null;
    if (numberFormat !== null) cell.numberFormat = numberFormat;
    return this;
  }

  /** A number format over an area (blank cells included: what the user types there is formatted). */
  format(a1: string, numberFormat: string): this {
    const { top, left, bottom, right } = areaOf(a1);
    for (let r = top; r <= bottom; r++)
      for (let c = left; c <= right; c++) this.cell(`${columnName(c)}${r}`).numberFormat = numberFormat;
    return this;
  }

  /** Merges an area, with the value in its top-left cell. */
  merge(a1: string, value: string | number | null = null): this {
    const area = areaOf(a1);
    this.merges.push(area);
    if (value !== null) this.value(`${columnName(area.left)}${area.top}`, value);
    return this;
  }

  style(a1: string, style: CellStyle): this {
    this.styles.push({ area: areaOf(a1), style });
    return this;
  }

  list(a1: string, values: readonly string[], text: Omit<ListValidation, "area" | "values">): this {
    this.validations.push({ area: areaOf(a1), values, ...text });
    return this;
  }

  table(key: TableKey, a1: string, style = "TableStyleLight9"): this {
    this.tables.push({ key, area: areaOf(a1), style });
    return this;
  }

  height(row: number, height: number): this {
    this.rowHeights.push({ row, height });
    return this;
  }
}
