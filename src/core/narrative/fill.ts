/**
 * Filling the report sheet: the composed report, one paragraph per row of one column, as a list of cell writes
 * that the task pane previews and the adapters apply in one batch (and undo as a whole). Paragraphs people
 * wrote keep their text; where jixiao adds a passage above them they move down a row, and the preview says
 * so. Every write carries the value its cell holds now, so a cell changed in between is left alone.
 *
 * The report sheet must hold the report as the samples do: one paragraph per row, every paragraph in one
 * column, nothing else in those rows. Otherwise the fill is refused with the reason, and it can go to a new
 * sheet instead.
 */
import type { CellWrite } from "../checks/types";
import {
  address,
  cellAt,
  rowIndexAtOrAfter,
  type CellValue,
  type SheetSnapshot,
  type WorkbookSnapshot,
} from "../model/snapshot";
import { readMarks, withMarks } from "./marks";
import type { Block, ReportDocument } from "./types";

/** A sheet the fill creates: its name, and column A wide and wrapping, as a report reads. */
export interface FillSheet {
  readonly name: string;
  readonly columnWidths: readonly number[];
  readonly wrapColumns: readonly number[];
}

/** write: a new paragraph; update: one jixiao wrote before, written anew; move: a kept paragraph moved;
 *  correct: a kept paragraph whose wrong figure was corrected (narrative/corrections.ts); clear: a cell emptied. */
export type FillChangeKind = "write" | "update" | "move" | "correct" | "clear";

export interface FillChange {
  readonly kind: FillChangeKind;
  readonly row: number;
  /** The text written (null when the cell is cleared). */
  readonly text: string | null;
  /** For a move: the row the paragraph stood in. */
  readonly from: number | null;
}

export interface FillPlan {
  readonly sheet: string;
  /** The sheet to create first, or null when it exists. */
  readonly newSheet: FillSheet | null;
  readonly column: number;
  readonly writes: readonly CellWrite[];
  readonly changes: readonly FillChange[];
  /** jixiao's settings after the fill (the marks of what it wrote), and before, to restore on undo. */
  readonly settings: Readonly<Record<string, string>>;
  readonly previousSettings: Readonly<Record<string, string>>;
  /** In Chinese: "在“自评报告”写入 12 段、更新 3 段，已有段落下移 40 段。". */
  readonly summary: string;
}

export type FillOutcome =
  { readonly ok: true; readonly plan: FillPlan } | { readonly ok: false; readonly message: string };

export interface FillOptions {
  /** Fill a new sheet of this name instead of the report sheet. */
  readonly newSheet?: string;
}

/** Column A of a new report sheet: about 90 characters, wrapping. */
const REPORT_COLUMN = { columnWidths: [90], wrapColumns: [1] } as const;

function lineOf(block: Block): string | null {
  switch (block.kind) {
    case "passage":
      return block.passage.text;
    case "place":
      return null;
    default:
      return block.text;
  }
}

const MAX_SHEET_NAME = 31;

/** A sheet name not yet in the workbook: "自评报告", else "自评报告（2）", "自评报告（3）" … */
export function freeSheetName(snapshot: WorkbookSnapshot, wanted: string): string {
  const taken = new Set(snapshot.sheets.map((s) => s.name.toLowerCase()));
  const base = wanted.slice(0, MAX_SHEET_NAME);
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = `（${n}）`;
    const name = `${base.slice(0, MAX_SHEET_NAME - suffix.length)}${suffix}`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/** Why the report sheet cannot be filled in place, or null when it can. */
function layoutProblem(
  sheet: SheetSnapshot,
  doc: ReportDocument,
  column: number,
  top: number,
  bottom: number,
): string | null {
  const refs = doc.paragraphRefs;
  const rows = new Set<number>();
  for (const ref of refs) {
    if (ref.col !== column)
      return `“${sheet.name}”的段落不在同一列（${address(ref.row, ref.col)} 与 ${address(refs[0]!.row, column)}），无法逐段填入`;
    if (rows.has(ref.row)) return `“${sheet.name}”!${address(ref.row, ref.col)} 一格中有多段文字，无法逐段填入`;
    rows.add(ref.row);
  }
  for (let i = rowIndexAtOrAfter(sheet, top); i < sheet.rows.length && sheet.rows[i]!.row <= bottom; i++) {
    const r = sheet.rows[i]!.row;
    for (const { col: c, value: v } of sheet.rows[i]!.cells) {
      if (v === null || (typeof v === "string" && v.trim() === "")) continue;
      if (c !== column) return `“${sheet.name}”!${address(r, c)} 也有内容：报告要每段一行、写在同一列，才能逐段填入`;
      if (!rows.has(r)) return `“${sheet.name}”!${address(r, c)} 的内容不是报告的段落（可能是表格），无法逐段填入`;
    }
  }
  if (sheet.protected) return `工作表“${sheet.name}”受保护，无法填入`;
  return null;
}

function summaryOf(sheet: string, created: boolean, changes: readonly FillChange[]): string {
  const count = (k: FillChangeKind) => changes.filter((c) => c.kind === k).length;
  const parts: string[] = [];
  if (count("write")) parts.push(`写入 ${count("write")} 段`);
  if (count("update")) parts.push(`更新 ${count("update")} 段`);
  if (count("move")) parts.push(`已有段落移动 ${count("move")} 段`);
  if (count("correct")) parts.push(`更正 ${count("correct")} 段中的错误数字或编号`);
  if (count("clear")) parts.push(`清空 ${count("clear")} 格`);
  const where = created ? `新建工作表“${sheet}”，` : `在“${sheet}”`;
  return parts.length ? `${where}${parts.join("，")}。` : `“${sheet}”已是最新，无需改动。`;
}

/**
 * The writes that put `doc` into the workbook: into its report sheet when `doc` was composed from it, else
 * (or when `options.newSheet` is given) into a new sheet.
 */
export function planFill(snapshot: WorkbookSnapshot, doc: ReportDocument, options: FillOptions = {}): FillOutcome {
  const previousSettings = snapshot.settings;
  const marks = readMarks(previousSettings);
  const lines = doc.blocks.map(lineOf);
  const mine = new Set(marks.written);
  const inPlace = options.newSheet === undefined && doc.fromReport && doc.sheet !== null;

  let sheetName: string;
  let newSheet: FillSheet | null = null;
  let column = 1;
  let top = 1;
  let sheet: SheetSnapshot | null = null;
  if (inPlace) {
    sheet = snapshot.sheets.find((s) => s.name === doc.sheet) ?? null;
    if (!sheet) return { ok: false, message: `找不到报告工作表“${doc.sheet}”` };
    sheetName = sheet.name;
    const refs = doc.paragraphRefs;
    column = refs[0]?.col ?? 1;
    top = Math.min(...refs.map((r) => r.row));
  } else {
    const wanted = options.newSheet ?? doc.outline;
    sheetName = freeSheetName(snapshot, wanted.trim() === "" ? doc.outline : wanted);
    newSheet = { name: sheetName, ...REPORT_COLUMN };
  }

  const lastOld = sheet ? sheet.bottom : 0;
  const bottom = Math.max(top + lines.length - 1, lastOld);
  if (sheet) {
    const problem = layoutProblem(sheet, doc, column, top, bottom);
    if (problem) return { ok: false, message: `${problem}。可改为写入新工作表。` };
  }

  const now = (row: number): CellValue => (sheet ? cellAt(sheet, row, column) : null);
  const writes: CellWrite[] = [];
  const changes: FillChange[] = [];
  const written: string[] = [];
  lines.forEach((text, i) => {
    const row = top + i;
    const block = doc.blocks[i]!;
    if (block.kind === "passage") written.push(block.passage.text);
    const current = now(row);
    // A kept paragraph moves as its cell holds it (a number stays a number), but for a figure corrected in it.
    const kept = "ref" in block && block.ref && sheet ? cellAt(sheet, block.ref.row, block.ref.col) : undefined;
    const corrected = block.kind === "paragraph" && typeof kept === "string" && kept !== block.text;
    const value = kept !== undefined && kept !== null && !corrected ? kept : text === null || text === "" ? null : text;
    if (current === value || (value === null && typeof current === "string" && current.trim() === "")) return;
    writes.push({ sheet: sheetName, row, col: column, value, expected: current });
    const from = sheet && "ref" in block && block.ref ? block.ref.row : null;
    const kind: FillChangeKind =
      value === null
        ? "clear"
        : corrected
          ? "correct"
          : from !== null
            ? "move"
            : typeof current === "string" && mine.has(current)
              ? "update"
              : "write";
    changes.push({ kind, row, text: value === null ? null : String(value), from: kind === "move" ? from : null });
  });
  const rest = sheet ? sheet.rows.slice(rowIndexAtOrAfter(sheet, top + lines.length)) : [];
  for (const { row } of rest) {
    const current = now(row);
    if (current === null) continue;
    writes.push({ sheet: sheetName, row, col: column, value: null, expected: current });
    changes.push({ kind: "clear", row, text: null, from: null });
  }

  const settings = withMarks(previousSettings, { outline: doc.outline, sheet: sheetName, written });
  return {
    ok: true,
    plan: {
      sheet: sheetName,
      newSheet,
      column,
      writes,
      changes,
      settings,
      previousSettings,
      summary: summaryOf(sheetName, newSheet !== null, changes),
    },
  };
}
