/**
 * Writing a passage: text, figures that remember the cells they came from, and visible gaps where the data
 * gives nothing. A passage is built by appending pieces; offsets of figures and gaps are those of the final
 * text, so that the task pane can select a figure's source cells.
 */
import { amountIn } from "../checks/amounts";
import { roundHalfUp } from "../decimal";
import type { Unit } from "../figures";
import { formatAmount, formatNumber, formatScore } from "../format";
import type { CellRef, FigureCell } from "../model/types";
import type { FigureSource, Gap, HeadingLevel, Passage } from "./types";

/** How a gap reads in the text: "【待填：资产总计】". */
export function gapText(label: string): string {
  return `【待填：${label}】`;
}

/** A rate as the field writes it: 88.39%, but 100% and 50% where the rate is exactly that. */
export function rateText(fraction: number): string {
  const points = fraction * 100;
  const rounded = roundHalfUp(points, 2);
  if (Number.isInteger(rounded) && Math.abs(points - rounded) < 1e-9) return `${formatNumber(rounded, 0)}%`;
  return `${formatAmount(rounded)}%`;
}

export class PassageWriter {
  private text = "";
  private readonly figures: FigureSource[] = [];
  private readonly gaps: Gap[] = [];

  /** Plain words. */
  say(words: string): this {
    this.text += words;
    return this;
  }

  /** A figure as written, with what it is and the cells it came from. */
  figure(written: string, label: string, refs: readonly CellRef[]): this {
    const start = this.text.length;
    this.text += written;
    this.figures.push({ start, end: this.text.length, text: written, label, refs });
    return this;
  }

  /** A gap: the data does not give this figure or fact. */
  gap(label: string): this {
    const start = this.text.length;
    this.text += gapText(label);
    this.gaps.push({ start, end: this.text.length, label });
    return this;
  }

  /** An amount of a cell in its table's unit ("36,353.37"; "—" and "无" are 0), or a gap. */
  amount(cell: FigureCell | null | undefined, unit: Unit, label: string): this {
    const v = cell ? amountIn(cell, unit) : null;
    return v === null || v === undefined ? this.gap(label) : this.figure(formatAmount(v), label, [cell!.ref]);
  }

  /** A count of a cell ("527"), or a gap. */
  count(cell: FigureCell | null | undefined, label: string): this {
    const v = numberIn(cell);
    return v === null ? this.gap(label) : this.figure(formatNumber(v), label, [cell!.ref]);
  }

  /** A score of a cell ("7", "8.84"), or a gap. */
  score(cell: FigureCell | null | undefined, label: string): this {
    const v = numberIn(cell);
    return v === null ? this.gap(label) : this.figure(formatScore(v), label, [cell!.ref]);
  }

  /** Whether anything has been written. */
  get empty(): boolean {
    return this.text === "";
  }

  /** Whether the passage has any gap. */
  get hasGaps(): boolean {
    return this.gaps.length > 0;
  }

  passage(slot: string, role: "heading" | "body" = "body", level: HeadingLevel | null = null): Passage {
    // A writer makes one passage: its lists are handed over, not copied.
    return { slot, role, level, text: this.text, figures: this.figures, gaps: this.gaps };
  }
}

/** Text from a cell closed as a sentence: "…效果" → "…效果。" (already closed: as it is). */
export function asSentence(text: string): string {
  const t = text.trim();
  return /[。！？!?]$/.test(t) ? t : `${t}。`;
}

/** The number a cell holds, or null when it is blank, unreadable or not finite. */
export function numberIn(cell: FigureCell | null | undefined): number | null {
  if (!cell || cell.figure.kind !== "number") return null;
  return Number.isFinite(cell.figure.value) ? cell.figure.value : null;
}
