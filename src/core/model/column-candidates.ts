/**
 * The header rows a user may map by hand (column-map.ts), with a first guess of the mapping: rows the reader saw
 * but could not place, and tables it recognised without all their required columns.
 *
 * A guess scores each header cell against each field of a table: the field's own header word (or a synonym, as
 * the reader would match it) scores highest; a text inside a synonym or holding one ("目标" in "年度目标值",
 * "完成情况" in "实际完成情况") next; a telling word ("评分", "考核内容", "年末") least. Fields then take their
 * best cells, best scores first, one column a field; the table whose required fields are best covered wins.
 */
import {
  headerHints,
  headerOfKey,
  MAX_HEADER,
  resolveColumns,
  synonymsOf,
  type HeaderKey,
  type HeaderMatch,
  type TableKind,
} from "./headers";
import { MAPPING_FIELDS, TABLE_KINDS, type MappedColumns, type MappingField, type MappingKey } from "./column-map";
import type { SheetView } from "./cells";
import type { SheetScan } from "./locate";
import { kindOf, scanWorkbook } from "./read";
import type { CellValue, WorkbookSnapshot } from "./snapshot";
import { compactKey, foldText, isEmpty } from "./text";
import type { ReadingNote } from "./types";

/** A text cell of a candidate header row. */
export interface CandidateCell {
  readonly col: number;
  /** The text as it stands, folded (line breaks and runs of spaces to one space). */
  readonly text: string;
}

/**
 * Why a row is offered: `partial`, header words that make no table (the reader notes it); `unrecognised`, a row
 * of header-like text above figures whose words the reader does not know; `incomplete`, a table the reader
 * recognised without a column it needs (an indicator table without its 得分).
 */
export type CandidateReason = "partial" | "unrecognised" | "incomplete";

/** A header row the user may map. */
export interface MappingCandidate {
  readonly sheet: string;
  readonly headerRow: number;
  /** The row's text cells, left to right. */
  readonly cells: readonly CandidateCell[];
  /** The table the row most likely heads. */
  readonly table: TableKind;
  /** The mapping guessed for that table: a starting point for the user. */
  readonly guess: MappedColumns;
  readonly reason: CandidateReason;
  /** Required fields of `table` the guess does not cover. */
  readonly missing: readonly MappingKey[];
}

// ---------------------------------------------------------------------------------------------------------
// Guessing

/** Telling words of each field, for headers that are no synonym (weakest evidence). */
const HINTS: { readonly [K in TableKind]: Readonly<Partial<Record<MappingKey, readonly string[]>>> } = {
  indicators: {
    first: ["一级"],
    second: ["二级"],
    third: ["三级", "指标名称", "考核内容", "考核指标", "绩效指标", "内容", "名称", "指标"],
    nature: ["性质", "方向"],
    target: ["目标", "指标值", "计划", "预期"],
    unit: ["单位"],
    actual: ["完成", "实际", "实现"],
    weight: ["分值", "权重", "满分", "标准分"],
    score: ["得分", "评分", "打分", "分数"],
    reason: ["原因", "偏差", "措施", "说明"],
  },
  funds: {
    initialBudget: ["年初"],
    budget: ["预算", "调整后"],
    executed: ["执行数", "支出", "决算", "实际"],
    weight: ["分值", "权重"],
    rate: ["执行率", "率"],
    score: ["得分", "评分"],
  },
  budget: {
    name: ["名称", "项目", "科目", "内容"],
    budget: ["预算"],
    executed: ["执行", "支出", "决算", "实际"],
    rate: ["率"],
    reason: ["原因", "说明", "备注"],
  },
  balance: {
    assets: ["资产"],
    end: ["年末", "期末"],
    begin: ["年初", "期初"],
    liabilities: ["负债"],
    liabilitiesEnd: ["年末", "期末"],
    liabilitiesBegin: ["年初", "期初"],
  },
};

/** A header cell as the guess reads it. */
interface Read {
  readonly col: number;
  /** The compacted text without trailing hints ("完成情况"). */
  readonly word: string;
  /** What the reader makes of it, if anything. */
  readonly match: HeaderMatch | null;
}

function readCell(cell: CandidateCell): Read | null {
  const k = compactKey(cell.text);
  if (k.length === 0 || k.length > MAX_HEADER) return null;
  return { col: cell.col, word: headerHints(k).word, match: headerOfKey(k, cell.text) };
}

/** The header keys a field accepts: its own, and 偏差原因 for the reason columns. */
function headersOf(f: MappingField): readonly HeaderKey[] {
  return f.key === "reason" ? [f.header, "reasonAny"] : [f.header];
}

/** How well a header cell says a field: 0 not at all, up to 100 (the field's own word). */
function score(table: TableKind, f: MappingField, cell: Read): number {
  const keys = headersOf(f);
  if (cell.match) return keys.includes(cell.match.key) ? 100 - 10 * cell.match.rank : 0;
  let best = 0;
  if (cell.word.length >= 2) {
    for (const key of keys)
      for (const { word, rank } of synonymsOf(key)) {
        if (word.length < 2 || !(cell.word.includes(word) || word.includes(cell.word))) continue;
        best = Math.max(best, 40 + 4 * Math.min(word.length, cell.word.length, 6) - 3 * rank);
      }
  }
  if (best > 0) return best;
  for (const hint of HINTS[table][f.key] ?? [])
    if (cell.word.includes(hint)) best = Math.max(best, 20 + 2 * hint.length);
  return best;
}

interface Guess {
  readonly table: TableKind;
  readonly columns: MappedColumns;
  readonly missing: readonly MappingKey[];
  readonly total: number;
}

function guessFor(table: TableKind, cells: readonly Read[]): Guess {
  const fields = MAPPING_FIELDS[table];
  const pairs: { f: MappingField; order: number; col: number; s: number }[] = [];
  fields.forEach((f, order) => {
    for (const cell of cells) {
      const s = score(table, f, cell);
      if (s > 0) pairs.push({ f, order, col: cell.col, s });
    }
  });
  pairs.sort((a, b) => b.s - a.s || a.col - b.col || a.order - b.order);
  const columns: Partial<Record<MappingKey, number>> = {};
  const used = new Set<number>();
  let total = 0;
  for (const { f, col, s } of pairs) {
    if (columns[f.key] !== undefined || used.has(col)) continue;
    columns[f.key] = col;
    used.add(col);
    total += s;
  }
  if (table === "balance") fixBalanceHalves(columns);
  const ordered: Partial<Record<MappingKey, number>> = {};
  for (const f of fields) if (columns[f.key] !== undefined) ordered[f.key] = columns[f.key];
  const missing = fields.filter((f) => f.required && ordered[f.key] === undefined).map((f) => f.key);
  return { table, columns: ordered, missing, total };
}

/** The balance sheet's figures go with the label column to their left: the right half's only right of its label. */
function fixBalanceHalves(c: Partial<Record<MappingKey, number>>): void {
  const split = c.liabilities;
  if (split === undefined) {
    delete c.liabilitiesEnd;
    delete c.liabilitiesBegin;
    return;
  }
  for (const [left, right] of [
    ["end", "liabilitiesEnd"],
    ["begin", "liabilitiesBegin"],
  ] as const) {
    const a = c[left];
    const b = c[right];
    if (a !== undefined && b !== undefined && a > split && b < split) [c[left], c[right]] = [b, a];
  }
}

/** The best guess over every table: most required fields covered, then the strongest evidence. */
function bestGuess(cells: readonly Read[]): Guess {
  const guesses = TABLE_KINDS.map((t) => guessFor(t, cells));
  const coverage = (g: Guess) => 1 - g.missing.length / MAPPING_FIELDS[g.table].filter((f) => f.required).length;
  return guesses.reduce((best, g) =>
    coverage(g) > coverage(best) || (coverage(g) === coverage(best) && g.total > best.total) ? g : best,
  );
}

/**
 * The mapping guessed for a header row's cells as a given table: each field's most likely column (a column at
 * most once), a starting point for the user. Fields with no likely column are left out.
 */
export function guessColumns(cells: readonly CandidateCell[], table: TableKind): MappedColumns {
  return guessFor(table, readCells(cells)).columns;
}

function readCells(cells: readonly CandidateCell[]): Read[] {
  return cells.map(readCell).filter((c): c is Read => c !== null);
}

// ---------------------------------------------------------------------------------------------------------
// Candidates

/** Rows below a header-like row searched for a figure. */
const DATA_LOOKAHEAD = 5;
/** Least telling: a row of text is offered only when the guess gives this many fields, this many required. */
const MIN_FIELDS = 3;
const MIN_REQUIRED = 2;

/** The text cells of a row (top-left cells of merges; covered cells hold nothing). */
function rowCells(view: SheetView, row: number): CandidateCell[] {
  const cells: CandidateCell[] = [];
  for (const { col, value: v } of view.cells(row))
    if (typeof v === "string" && !isEmpty(v)) cells.push({ col, text: foldText(v) });
  return cells;
}

/** Whether a cell holds a figure: a number, or text that starts with a digit ("1,480", "95%"). */
function isFigure(v: CellValue): boolean {
  return typeof v === "number" || (typeof v === "string" && /^\s*[-+]?[\d０-９]/.test(v));
}

function hasFigure(view: SheetView, row: number): boolean {
  return view.cells(row).some((cell) => isFigure(cell.value));
}

/** A row of three or more texts and no figure, with a figure in one of the rows below. */
function headerLike(view: SheetView, row: number, cells: readonly CandidateCell[]): boolean {
  if (cells.length < MIN_FIELDS || hasFigure(view, row)) return false;
  for (let r = row + 1; r <= Math.min(view.bottom, row + DATA_LOOKAHEAD); r++) if (hasFigure(view, r)) return true;
  return false;
}

function candidate(sheet: string, row: number, cells: CandidateCell[], reason: CandidateReason, guess: Guess) {
  return { sheet, headerRow: row, cells, table: guess.table, guess: guess.columns, reason, missing: guess.missing };
}

/** The candidates of one sheet, top to bottom. */
function sheetCandidates(scan: SheetScan): MappingCandidate[] {
  const view = scan.view;
  const out: MappingCandidate[] = [];
  const taken = new Set<number>();
  for (const header of scan.headers) {
    const kind = kindOf(scan, header);
    taken.add(header.row);
    if (header.mapped) continue;
    const columns: Partial<Record<MappingKey, number>> = resolveColumns(kind, header.cells).columns;
    const lacking = MAPPING_FIELDS[kind].filter((f) => f.required && columns[f.key] === undefined);
    if (kind === "balance" || lacking.length === 0) continue; // the balance sheet qualifies with what it needs
    const cells = rowCells(view, header.row);
    out.push(candidate(view.name, header.row, cells, "incomplete", guessFor(kind, readCells(cells))));
  }
  for (const partial of scan.partialHeaders) {
    const cells = rowCells(view, partial.row);
    taken.add(partial.row);
    out.push(candidate(view.name, partial.row, cells, "partial", bestGuess(readCells(cells))));
  }
  for (const { row: r } of view.rows) {
    // Rows inside a recognised table are looked at too: an unrecognised header does not end the table above it.
    if (taken.has(r)) continue;
    const cells = rowCells(view, r);
    if (!headerLike(view, r, cells)) continue;
    const guess = bestGuess(readCells(cells));
    const required = MAPPING_FIELDS[guess.table].filter((f) => f.required).length - guess.missing.length;
    if (Object.keys(guess.columns).length < MIN_FIELDS || required < MIN_REQUIRED) continue;
    out.push(candidate(view.name, r, cells, "unrecognised", guess));
  }
  return out.sort((a, b) => a.headerRow - b.headerRow);
}

/**
 * The header rows of a workbook the user may map by hand, in workbook order, top to bottom: rows of header
 * words that make no table (those the reader notes), rows of header-like text above figures that the reader
 * does not recognise at all, and recognised tables without a column they need. Rows already mapped are not
 * offered (readColumnMap lists them). Each comes with its cells, its most likely table and a guessed mapping.
 */
export function mappingCandidates(snapshot: WorkbookSnapshot): MappingCandidate[] {
  const notes: ReadingNote[] = [];
  return scanWorkbook(snapshot, notes).flatMap(sheetCandidates);
}
