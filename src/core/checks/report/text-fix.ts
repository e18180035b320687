/**
 * Corrections inside a report paragraph: a figure the tables prove wrong, a heading number its neighbours prove
 * wrong. A correction is offered twice over: as edits of the paragraph's text (for the report written from the
 * workbook or the document: narrative/corrections.ts) and, where the paragraph is its cell's whole text, as a
 * write of the corrected text into that cell, applied only if the cell still reads as it did.
 */
import { formatDigits, isWritable } from "../../format";
import { roundHalfUp } from "../../decimal";
import { address } from "../../model/snapshot";
import type { ReportParagraph } from "../../model/types";
import type { Fix, TextEdit } from "../types";
import type { TextFigure } from "./figures-in-text";
import { normalize } from "./text";

export interface Replacement {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** What the replaced text is: "资产负债率", "一级标题编号". */
  readonly label?: string;
}

const FULL_DIGIT = /[\uFF10-\uFF19]/;

/** Half-width digits, separators and points as full-width ones (for a figure the paragraph writes full-width). */
function fullWidth(text: string): string {
  return text.replace(/[0-9.,%-]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}

/**
 * The digits of `figure` replaced by `value` (in the figure's own unit: percentage points for "%", 万元 for
 * "万元"), written as the figure was: the same decimal places, thousands separators if it had them, full-width if
 * it was. Null when the value cannot be written, or rounds to what is already there.
 */
export function figureReplacement(
  paragraph: string,
  figure: TextFigure,
  value: number,
  label?: string,
  options: { readonly exact?: boolean } = {},
): Replacement | null {
  // A score is written exactly (8.84, not 9 where 9 was written); amounts and rates at the precision written.
  const places = options.exact ? Math.max(figure.decimals, decimalPlaces(roundHalfUp(value, 2))) : figure.decimals;
  const rounded = roundHalfUp(value, places);
  if (!isWritable(rounded) || rounded < 0) return null;
  let text = formatDigits(rounded, places, figure.written.includes(","));
  const digitsEnd = figure.start + figure.written.length;
  const digits = paragraph.slice(figure.start, digitsEnd);
  if (FULL_DIGIT.test(digits)) text = fullWidth(text);
  if (text === digits) return null;
  // The unit written right after the digits goes with them ("22.25%" → "2.23%"), as written (％ stays ％).
  const unit =
    figure.unit && normalize(paragraph.slice(digitsEnd, digitsEnd + figure.unit.length)) === figure.unit
      ? paragraph.slice(digitsEnd, digitsEnd + figure.unit.length)
      : "";
  return { start: figure.start, end: digitsEnd + unit.length, text: text + unit, ...(label ? { label } : {}) };
}

function decimalPlaces(value: number): number {
  const s = String(value);
  const dot = s.indexOf(".");
  return dot < 0 ? 0 : s.length - dot - 1;
}

/** The paragraph with replacements made (they must not overlap). */
export function applied(paragraph: string, replacements: readonly Replacement[]): string {
  let text = paragraph;
  for (const r of [...replacements].sort((a, b) => b.start - a.start))
    text = text.slice(0, r.start) + r.text + text.slice(r.end);
  return text;
}

/**
 * The fix of a finding in a report paragraph: its edits, and the write of the corrected paragraph into its cell
 * where the paragraph is the cell's whole text. Null without replacements or when two overlap.
 */
export function textFix(p: ReportParagraph, replacements: readonly Replacement[]): Fix | null {
  const list = replacements.filter((r) => r.end <= p.text.length && r.start >= 0 && r.start <= r.end);
  if (list.length === 0 || list.length !== replacements.length) return null;
  const sorted = [...list].sort((a, b) => a.start - b.start);
  for (let i = 1; i < sorted.length; i++) if (sorted[i]!.start < sorted[i - 1]!.end) return null;
  const edits: TextEdit[] = sorted.map((r) => ({
    ref: p.ref,
    start: r.start,
    end: r.end,
    was: p.text.slice(r.start, r.end),
    text: r.text,
    ...(r.label ? { label: r.label } : {}),
  }));
  const where = address(p.ref.row, p.ref.col);
  const label = `把 ${where} 中的${edits.map((e) => `“${e.was.trim()}”改为“${e.text.trim()}”`).join("，")}`;
  const writes = p.whole
    ? [{ sheet: p.ref.sheet, row: p.ref.row, col: p.ref.col, value: applied(p.text, sorted), expected: p.text }]
    : [];
  return { label, writes, edits };
}
