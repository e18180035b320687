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

// ---------------------------------------------------------------------------------------------------------
// Figures as the report writes them: the passages and the 绩效自评表 of the Word export share these, so that a
// figure reads the same in the body and in the attached table.

/** A rate as the field writes it: 88.39%, but 100% and 50% where the rate is exactly that. */
export function rateText(fraction: number): string {
  const points = fraction * 100;
  const rounded = roundHalfUp(points, 2);
  if (Number.isInteger(rounded) && Math.abs(points - rounded) < 1e-9) return `${formatNumber(rounded, 0)}%`;
  return `${formatAmount(rounded)}%`;
}

/** An amount in its table's unit: 36,353.37 (thousands separators, 2 decimals). */
export function amountText(value: number): string {
  return formatAmount(value);
}

/** A score: 7, 8.84, 8.80 (2 decimals where it has any). */
export function scoreText(value: number): string {
  return formatScore(value);
}

/** A count or a measured value as it was given: 7,129, 99.1 (separators, no trailing zeros). */
export function countText(value: number): string {
  return formatNumber(value);
}

// ---------------------------------------------------------------------------------------------------------
// Text quoted from the workbook (a 偏差原因, an 未执行原因): put into the report as a reviewer would, with the
// English stand-ins typed into Chinese sentences ("and", "etc", "e.g.") in Chinese and the spaces that PDF
// copies leave around figures ("等 6 个项目") taken out. Nothing else changes: the words stay the unit's.

const HAN = "\\u3400-\\u9fff\\uf900-\\ufaff";
/** Chinese characters and the full-width punctuation around them. */
const CJK = `[${HAN}\\u3000-\\u303f\\uff01-\\uff0f\\uff1a-\\uff20\\u2018-\\u201d]`;
/** English words typed for a Chinese one, where they stand between Chinese words (or figures). */
const STAND_INS: readonly (readonly [RegExp, string])[] = [
  [new RegExp(`(?<=${CJK})\\s*\\b(?:etc\\.?|et al\\.?)(?![A-Za-z])\\s*`, "gi"), "等"],
  [new RegExp(`(?<=${CJK})\\s*(?:\\band\\b|&)\\s*(?=${CJK}|\\d)`, "gi"), "和"],
  [new RegExp(`(?<=${CJK})\\s*\\bor\\b\\s*(?=${CJK}|\\d)`, "gi"), "或"],
  [new RegExp(`(?<=${CJK})\\s*\\b(?:e\\.g\\.|eg\\.)\\s*`, "gi"), "如"],
  [new RegExp(`(?<=${CJK})\\s*\\bi\\.e\\.\\s*`, "gi"), "即"],
  [new RegExp(`(?<=${CJK})\\s*\\bvs\\.?(?![A-Za-z])\\s*`, "gi"), "与"],
  [new RegExp(`(?<=${CJK})\\s*\\bN/?A\\b\\s*(?=${CJK}|$)`, "g"), "无"],
];
/** Spaces between a Chinese character and a figure or a Latin word, either way round. */
const LOOSE = new RegExp(`(?<=${CJK})[ \\t\\u00a0]+(?=[0-9A-Za-z%])|(?<=[0-9A-Za-z%])[ \\t\\u00a0]+(?=${CJK})`, "g");

/** What a cell says when it says nothing: blank, "N/A", "无", "/", "—". */
const NOTHING = /^\s*(?:N\/?A|n\/a|NA|null|none|无|暂无|\/|／|—+|-+|－+|——)?\s*$/i;

/** Whether a text quoted from a cell says nothing ("", "N/A", "无", "/", "—"): then there is no reason given. */
export function saysNothing(text: string | null | undefined): boolean {
  return text === null || text === undefined || NOTHING.test(text);
}

/** Text from a cell as the report quotes it: trimmed, English stand-ins in Chinese, no spaces around figures. */
export function quotedText(text: string): string {
  let t = text.trim();
  for (const [re, zh] of STAND_INS) t = t.replace(re, zh);
  return t.replace(LOOSE, "");
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
    return v === null || v === undefined ? this.gap(label) : this.figure(amountText(v), label, [cell!.ref]);
  }

  /** A count of a cell ("527"), or a gap. */
  count(cell: FigureCell | null | undefined, label: string): this {
    const v = numberIn(cell);
    return v === null ? this.gap(label) : this.figure(countText(v), label, [cell!.ref]);
  }

  /** A score of a cell ("7", "8.84"), or a gap. */
  score(cell: FigureCell | null | undefined, label: string): this {
    const v = numberIn(cell);
    return v === null ? this.gap(label) : this.figure(scoreText(v), label, [cell!.ref]);
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

/** Text from a cell, quoted (quotedText) and closed as a sentence: "…效果" → "…效果。" (already closed: as it is;
 *  a closing comma or semicolon becomes the full stop). */
export function asSentence(text: string): string {
  const t = quotedText(text).replace(/[，,；;、：:]+$/, "");
  return /[。！？!?]$/.test(t) ? t : `${t}。`;
}

/** The number a cell holds, or null when it is blank, unreadable or not finite. */
export function numberIn(cell: FigureCell | null | undefined): number | null {
  if (!cell || cell.figure.kind !== "number") return null;
  return Number.isFinite(cell.figure.value) ? cell.figure.value : null;
}
