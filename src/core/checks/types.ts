/**
 * Findings and rules of the checker. A rule is data plus a pure function: id, severity, a Chinese title and
 * description, and `check(model, context) → findings`. Adding a check means adding one file under rules/ and
 * its test; the catalogue (catalogue.ts) lists the rules.
 */
import type { Profile } from "../profile-types";
import type { CellValue } from "../model/snapshot";
import type { CellRef, WorkbookModel } from "../model/types";

/** error: must be fixed before submission (逻辑性/合法性); warning: may stand with a written explanation
 *  (合理性); info: worth knowing. */
export type Severity = "error" | "warning" | "info";

/** One change to one cell, as a fix or a fill proposes it; applied by the adapters in one batch. */
export interface CellWrite {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly value: CellValue;
  /** The value the cell must still hold for the write to apply (so a fix never overwrites a later edit). */
  readonly expected: CellValue;
}

export interface Fix {
  /** What the fix does, in Chinese: "把 H17 改为 8.84". */
  readonly label: string;
  readonly writes: readonly CellWrite[];
  /**
   * The same correction as edits within a text (a figure or a heading number inside a report paragraph): the
   * report written from the workbook or the document applies them, several to one paragraph, without writing a
   * cell (narrative/corrections.ts).
   */
  readonly edits?: readonly TextEdit[];
}

/** Characters `start`–`end` of the text at `ref` (which read `was`) to be replaced by `text`. */
export interface TextEdit {
  readonly ref: CellRef;
  readonly start: number;
  readonly end: number;
  readonly was: string;
  readonly text: string;
  /** What the text is, for the person's list of corrections: "资产负债率", "一级标题编号". */
  readonly label?: string;
}

export interface Finding {
  readonly rule: string;
  readonly severity: Severity;
  readonly sheet: string;
  /** A1 address of the cell, or a range ("H10:H17"). */
  readonly cell: string;
  /** Chinese, naming both sides and the difference. */
  readonly message: string;
  readonly expected: number | null;
  readonly actual: number | null;
  /** The cells the finding is about, for highlighting (the first is `cell`). */
  readonly refs: readonly CellRef[];
  readonly fix: Fix | null;
}

export interface CheckContext {
  readonly profile: Profile;
}

export interface Rule {
  readonly id: string;
  readonly severity: Severity;
  /** Short Chinese title for the catalogue and the task pane's grouping: "资产负债率与报表不符". */
  readonly title: string;
  /** What the rule checks and why a reviewer would send it back, in Chinese. */
  readonly description: string;
  /**
   * Why its findings are of their severity, as a reviewer means it, in Chinese, one clause a severity the rule
   * gives: 错误 — a figure the other figures prove wrong, or a figure the arithmetic needs is missing; 警告 — it may
   * stand with a written explanation; 提示 — hygiene, no figure is affected.
   */
  readonly why: string;
  check(model: WorkbookModel, context: CheckContext): readonly Finding[];
}
