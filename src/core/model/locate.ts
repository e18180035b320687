/**
 * Finding tables anywhere in any sheet. One pass over every cell of a sheet (scanSheet) notes the header cells
 * of each row, the rows that end a table (other headers, titles, notes), the amount-unit notes ("单位：万元"),
 * the labels of unit facts, the title cells and what the report detection needs. Then each header row that
 * qualifies (enough recognised headers in one row) is a candidate table, read down to its end by walkRows.
 */
import { unitOf } from "../figures";
import type { SheetView } from "./cells";
import type { MappedColumns } from "./column-map";
import {
  headerHints,
  headerOfKey,
  resolveColumns,
  type HeaderCell,
  type HeaderKey,
  type HeaderMatch,
  type TableKind,
} from "./headers";
import { cellIndexAtOrAfter } from "./snapshot";
import { compactKey, isEmpty } from "./text";
import type { AmountUnit, CellRef } from "./types";
import { factLabelOf, type FactLabel } from "./unit-facts";

/** A money unit stated in a note or title ("单位：万元", "金额单位：元", "（单位：万元）"). */
export interface UnitNote {
  readonly row: number;
  readonly col: number;
  readonly unit: AmountUnit["unit"];
}

/** A cell labelled as a unit fact: "单位名称" (value to its right) or "单位名称：XXX" (inline). */
export interface LabelHit {
  readonly row: number;
  readonly col: number;
  readonly label: FactLabel;
  /** The text after the colon, when the label and value share the cell. */
  readonly inline: string | null;
}

export interface HeaderRow {
  /** The header's (first) row. */
  readonly row: number;
  /** Its last row, when the header takes two rows (年度指标值 over 指标性质 | 指标值 | 度量单位); the table's rows
   *  start below it. */
  readonly bottom?: number;
  readonly cells: readonly HeaderCell[];
  /** Tables this row qualifies as the header of (several when the words are shared: funds and budget). */
  readonly kinds: readonly TableKind[];
  /**
   * Columns mapped by hand (column-map.ts): the row heads kinds[0] with these columns, whatever its words say;
   * `cells` then holds one header cell a mapped column.
   */
  readonly mapped?: MappedColumns;
}

export interface SheetScan {
  readonly view: SheetView;
  /** Rows that qualify as the header of a table, top to bottom. */
  readonly headers: readonly HeaderRow[];
  /** Rows of two or more header words and no figure that qualify as no table (the “三公” table's 项目 | 全年执行数). */
  readonly partialHeaders: readonly { readonly row: number; readonly cells: readonly HeaderCell[] }[];
  /** The rows that end any table above them (a header, a header-like row, a title). */
  readonly boundary: ReadonlySet<number>;
  readonly unitNotes: readonly UnitNote[];
  readonly labels: readonly LabelHit[];
  /** Text cells of the first three rows that hold anything (titles: year, unit name, "自评报告"). */
  readonly titles: readonly { readonly row: number; readonly col: number; readonly text: string }[];
  /** Cells that hold anything. */
  readonly filled: number;
  /** Paragraphs of ≥ 20 characters in the first column, and the filled cells of that column. */
  readonly longInFirstColumn: number;
  readonly filledInFirstColumn: number;
}

const LONG_PARAGRAPH = 20;
const LINE_BREAK = /\r\n|\r|\n/;
/** Only cells this short (as written) can be headers or labels. */
const SHORT = 60;
const UNIT_NOTE = /单位:([^,;、/)\]]+)/g;
/** Titles and notes that end a table when they stand alone in a row (tested on the compacted text). */
const TITLE_STRONG = /单位:|表$|表\([^()]*\)$/;
const NOTE_START = /^(?:注\d*:|说明:|填报说明|附[件表])/;
/** Titles are short; a note is recognised by its start. */
const TITLE_MAX = 80;
/** Signature lines below a table ("单位负责人：", "制表人：", "填报日期："): they end it, alone or not. */
const SIGNATURE =
  /^(?:单位负责人|部门负责人|财务负责人|分管领导|主管会计|会计主管|会计机构负责人|制表人?|复核人?|审核人?|编制人|填表人|填报人|经办人|联系人|联系电话|填报日期|填表日期|日期)[:：]/;
/** Weaker title words: only when the single cell is merged across three columns or more. */
const TITLE_WEAK = /情况|明细|统计|一览/;

/**
 * Scans a sheet. `mapped` are its header rows mapped by hand (column-map.ts mappedHeaderRows): each heads its
 * table whatever the reader would have made of its words, and is no partial header.
 */
export function scanSheet(view: SheetView, mapped: readonly HeaderRow[] = []): SheetScan {
  const boundary = new Set<number>();
  const headerCells = new Map<number, { cells: HeaderCell[]; headerLike: boolean }>();
  const unitNotes: UnitNote[] = [];
  const labels: LabelHit[] = [];
  const titles: { row: number; col: number; text: string }[] = [];
  let filled = 0;
  let longInFirstColumn = 0;
  let filledInFirstColumn = 0;
  let rowsWithContent = 0;
  // The last short text of each column and what it says as a header or a label: a text repeated down a column
  // (a reason, a unit, an operator) is read once. Keyed by column (a sheet may be 16,384 columns wide).
  const lastText = new Map<number, string>();
  const lastMatch = new Map<number, HeaderMatch | null>();
  const lastLabel = new Map<number, ReturnType<typeof factLabelOf>>();

  for (const { row: r, cells: rowCells } of view.rows) {
    let rowFilled = 0;
    let rowNumbers = 0;
    let singleCol = 0;
    let single: string | null = null;
    let cells: HeaderCell[] | null = null;
    for (const cell of rowCells) {
      const c = cell.col;
      const v = cell.value;
      if (v === null) {
        if (cell.uncomputed !== undefined) rowFilled++; // a formula without its result: a figure of sorts
        continue;
      }
      if (typeof v !== "string") {
        rowFilled++;
        rowNumbers++;
        if (c === view.left) filledInFirstColumn++;
        continue;
      }
      if (isEmpty(v)) continue;
      rowFilled++;
      if (rowFilled === 1) {
        singleCol = c;
        single = v;
        if (SIGNATURE.test(v.trimStart())) boundary.add(r);
      }
      if (rowsWithContent < 3) titles.push({ row: r, col: c, text: v });
      if (c === view.left) {
        filledInFirstColumn++;
        if (v.length >= LONG_PARAGRAPH) longInFirstColumn += countLong(v);
      }
      // Headers and labels are Chinese words: text that starts with a digit, a sign or ≥ is a figure or a target.
      if (v.length <= SHORT && mayBeWord(v.charCodeAt(0))) {
        if (lastText.get(c) !== v) {
          const k = compactKey(v);
          lastText.set(c, v);
          lastMatch.set(c, headerOfKey(k, v));
          lastLabel.set(c, factLabelOf(v, k));
        }
        const match = lastMatch.get(c) ?? null;
        const label = lastLabel.get(c) ?? null;
        if (match) (cells ??= []).push({ col: c, match });
        if (label) labels.push({ row: r, col: c, ...label });
      }
      if (v.includes("单位")) noteUnits(v, r, c, unitNotes);
    }
    if (rowFilled > 0) {
      filled += rowFilled;
      rowsWithContent++;
    }
    if (cells && cells.length >= 2) {
      // A row of two or more header words and no figure ends whatever table is above it.
      const headerLike = rowNumbers === 0 && new Set(cells.map((h) => h.match.key)).size >= 2;
      headerCells.set(r, { cells, headerLike });
      if (headerLike) boundary.add(r);
    }
    if (rowFilled === 1 && single !== null && isTitle(view, r, singleCol, single)) boundary.add(r);
  }

  const headers: HeaderRow[] = [];
  const partialHeaders: { row: number; cells: HeaderCell[] }[] = [];
  const mappedRows = new Set(mapped.map((h) => h.row));
  for (const h of mapped) {
    if (h.row < view.top || h.row > view.bottom) continue;
    headers.push(h);
    boundary.add(h.row);
  }
  const consumed = new Set<number>();
  for (const [row, { cells, headerLike }] of [...headerCells].sort((a, b) => a[0] - b[0])) {
    if (mappedRows.has(row) || consumed.has(row)) continue;
    const two = twoRowHeader(view, row, cells, headerCells, mappedRows);
    if (two) {
      headers.push(two);
      consumed.add(two.bottom!);
      boundary.add(row);
      boundary.add(two.bottom!);
      continue;
    }
    const kinds = qualify(cells);
    if (kinds.length === 0) {
      if (headerLike) partialHeaders.push({ row, cells });
      continue;
    }
    headers.push({ row, cells, kinds });
    boundary.add(row);
  }
  headers.sort((a, b) => a.row - b.row);
  return {
    view,
    headers,
    partialHeaders,
    boundary,
    unitNotes,
    labels,
    titles,
    filled,
    longInFirstColumn,
    filledInFirstColumn,
  };
}

/**
 * A header over two rows, read by meaning: a row of header words and the row of header words right below it
 * (neither holding a figure), of which at most one heads a table alone. The lower row names the columns it has
 * words for; a word of the upper row merged across the columns the lower row names is their group ("年度指标值"
 * over 指标性质 | 指标值 | 度量单位) and adds nothing; the upper row's other words (merged down over both rows, or
 * above an empty cell) name their own columns ("实际完成值", "分值", "得分").
 */
function twoRowHeader(
  view: SheetView,
  row: number,
  cells: readonly HeaderCell[],
  headerCells: ReadonlyMap<number, { cells: HeaderCell[]; headerLike: boolean }>,
  mapped: ReadonlySet<number>,
): HeaderRow | null {
  const below = headerCells.get(row + 1);
  const self = headerCells.get(row);
  if (!below || !self?.headerLike || !below.headerLike || mapped.has(row + 1)) return null;
  const aloneTop = qualify(cells).length > 0;
  const aloneBottom = qualify(below.cells).length > 0;
  if (aloneTop && aloneBottom) return null;
  const lower = new Set(below.cells.map((c) => c.col));
  const merged: HeaderCell[] = [...below.cells];
  for (const c of cells) {
    if (lower.has(c.col)) continue;
    const area = view.mergeAt(row, c.col);
    const group = area !== null && area.right > area.left && area.bottom === row;
    if (group && below.cells.some((b) => b.col >= area.left && b.col <= area.right)) continue;
    merged.push(c);
  }
  merged.sort((a, b) => a.col - b.col);
  const kinds = qualify(merged);
  if (kinds.length === 0) return null;
  // Only when the two rows together name more than either does alone.
  const alone = aloneTop ? cells.length : aloneBottom ? below.cells.length : 0;
  if (merged.length <= alone) return null;
  return { row, bottom: row + 1, cells: merged, kinds };
}

/** Whether a text starting with this character can be a header or a label (not "36,353.37", "≥95%", "９５％"). */
function mayBeWord(code: number): boolean {
  if (code < 0x80) return code <= 0x20 || code === 0x28; // leading space, "("
  return !(code >= 0xff10 && code <= 0xff19) && code !== 0x2265 && code !== 0x2264 && code !== 0xffe5;
}

function countLong(v: string): number {
  if (!v.includes("\n") && !v.includes("\r")) return 1;
  let n = 0;
  for (const line of v.split(LINE_BREAK)) if (line.trim().length >= LONG_PARAGRAPH) n++;
  return n;
}

function isTitle(view: SheetView, row: number, col: number, text: string): boolean {
  if (NOTE_START.test(compactKey(text.length > 20 ? text.slice(0, 20) : text))) return true;
  if (text.length > TITLE_MAX) return false;
  const k = compactKey(text);
  if (TITLE_STRONG.test(k)) return true;
  const area = view.mergeAt(row, col);
  return area !== null && area.right - area.left >= 2 && TITLE_WEAK.test(k);
}

function noteUnits(v: string, row: number, col: number, out: UnitNote[]): void {
  const k = compactKey(v);
  UNIT_NOTE.lastIndex = 0;
  for (let m = UNIT_NOTE.exec(k); m; m = UNIT_NOTE.exec(k)) {
    const unit = unitOf(m[1]!);
    if (unit?.kind === "money") {
      out.push({ row, col, unit });
      return;
    }
  }
}

/** The tables a header row can head: enough recognised headers of that table in the one row. */
export function qualify(cells: readonly HeaderCell[]): TableKind[] {
  const keys = new Set<HeaderKey>(cells.map((h) => h.match.key));
  const kinds: TableKind[] = [];
  const indicators = resolveColumns("indicators", cells);
  const levels = keys.has("first") || keys.has("second") || keys.has("third");
  // A table of targets alone (绩效目标表: 指标 | 指标值 | 分值, no 实际完成值 and no 得分) is no self-evaluation.
  const evaluated = keys.has("actual") || keys.has("score");
  if (indicators.count >= 3 && levels && evaluated) kinds.push("indicators");
  if (keys.has("assets") && keys.has("end")) kinds.push("balance");
  if (kinds.length > 0) return kinds;
  // A whole-department form may state only 年初预算数 beside the 全年执行数.
  const budgeted = keys.has("budget") || keys.has("initialBudget");
  if (budgeted && keys.has("executed") && resolveColumns("funds", cells).count >= 3) kinds.push("funds");
  if (keys.has("name") && keys.has("budget") && keys.has("executed")) kinds.push("budget");
  return kinds;
}

// ---------------------------------------------------------------------------------------------------------
// Walking a table

/** What a table's reader says of a row: keep reading, or the table ends with this row / before it. */
export type Step = "next" | "last" | "before";

/** Consecutive blank rows that end a table. */
export const BLANK_RUN = 3;

/**
 * Visits the rows below a header (only those with something between `left` and `right`) until three blank rows
 * in a row, a boundary row (another header, a title, a note) or the visitor's word. Returns the table's last row.
 */
export function walkRows(
  scan: SheetScan,
  headerRow: number,
  left: number,
  right: number,
  visit: (row: number) => Step,
): number {
  const view = scan.view;
  let last = headerRow;
  let blanks = 0;
  let previous = headerRow;
  // Only rows that hold something are visited; the rows skipped between them are blank.
  for (let r = view.nextRow(headerRow); r !== 0; r = view.nextRow(r)) {
    blanks += r - previous - 1;
    previous = r;
    if (blanks >= BLANK_RUN) break;
    if (view.blankBetween(r, left, right)) {
      if (++blanks >= BLANK_RUN) break;
      continue;
    }
    if (scan.boundary.has(r)) break;
    blanks = 0;
    const step = visit(r);
    if (step === "before") break;
    last = r;
    if (step === "last") break;
  }
  return last;
}

/** The header row's columns that hold something, first and last (merged header cells included). */
export function headerSpan(view: SheetView, row: number): { readonly left: number; readonly right: number } {
  let left = 0;
  let right = 0;
  const take = (from: number, to: number) => {
    if (left === 0 || from < left) left = from;
    if (to > right) right = to;
  };
  for (const cell of view.cells(row)) if (!view.empty(row, cell.col)) take(cell.col, view.rightOf(row, cell.col));
  // Merged header cells whose text stands in a row above (a two-row header) count as filled too.
  for (const area of view.mergesInRow(row, view.left, view.right))
    if (!view.empty(area.top, area.left)) take(area.left, area.right);
  return { left: left || view.left, right: right || view.right };
}

/** The columns a header holds something in, over both its rows when it has two. */
export function headerSpanOf(view: SheetView, header: HeaderRow): { readonly left: number; readonly right: number } {
  const top = headerSpan(view, header.row);
  if (header.bottom === undefined) return top;
  const bottom = headerSpan(view, header.bottom);
  return { left: Math.min(top.left, bottom.left), right: Math.max(top.right, bottom.right) };
}

const DEFAULT_UNIT = unitOf("万元")!;

/**
 * The amount unit of a table: a money hint in one of its amount headers ("全年预算数（万元）"); else a money hint
 * in another text of its header row(s), the label that names the table's figures ("项目资金（元）", "资金情况（万元）",
 * "年度预算数（万元）", "预算执行情况（万元）" over the amount columns of a two-row header); else the nearest unit
 * note above the header row on the sheet; else 万元 assumed (ref null).
 */
export function amountUnit(
  scan: SheetScan,
  header: HeaderRow,
  amountHeaders: readonly (HeaderCell | undefined)[],
): AmountUnit {
  for (const h of amountHeaders) if (h?.match.unit) return { unit: h.match.unit, ref: headerCellRef(scan, header, h) };
  const label = labelUnit(scan, header);
  if (label) return label;
  let best: UnitNote | null = null;
  for (const n of scan.unitNotes) if (n.row < header.row && (!best || n.row >= best.row)) best = n;
  return best ? { unit: best.unit, ref: ref(scan, best.row, best.col) } : { unit: DEFAULT_UNIT, ref: null };
}

/** The cell of a header word: on the header's first row, or on its second where the word stands there. */
function headerCellRef(scan: SheetScan, header: HeaderRow, h: HeaderCell): CellRef {
  const lower = header.bottom !== undefined && scan.view.value(header.row, h.col) !== h.match.text;
  return ref(scan, lower ? header.bottom! : header.row, h.col);
}

/** A money unit stated in a trailing hint of a text on the header row(s): "项目资金(元)", "(单位:万元)". */
function labelUnit(scan: SheetScan, header: HeaderRow): AmountUnit | null {
  for (const row of header.bottom === undefined ? [header.row] : [header.row, header.bottom]) {
    for (const cell of scan.view.cells(row)) {
      const v = cell.value;
      if (typeof v !== "string" || v.length > SHORT) continue;
      const k = compactKey(v);
      if (k.charCodeAt(k.length - 1) !== 0x29 /* ) */) continue;
      const { unit } = headerHints(k);
      if (unit) return { unit, ref: ref(scan, row, cell.col) };
    }
  }
  return null;
}

function ref(scan: SheetScan, row: number, col: number): CellRef {
  return { sheet: scan.view.name, row, col };
}

/** The first cell between the columns (inclusive) that holds text; 0 if none. */
export function firstText(view: SheetView, row: number, from: number, to: number): number {
  const cells = view.cells(row);
  for (let k = cellIndexAtOrAfter(cells, from); k < cells.length && cells[k]!.col <= to; k++) {
    const v = cells[k]!.value;
    if (typeof v === "string" && !isEmpty(v)) return cells[k]!.col;
  }
  return 0;
}
