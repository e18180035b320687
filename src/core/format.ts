/**
 * Figures as the field writes them: amounts with thousands separators and 2 decimals (36,353.37 万元),
 * rates as percentages with 2 decimals (88.39%), scores with 2 decimals only where needed (7 分, 8.84 分).
 *
 * Every function here is total: whatever number it is given, the text has digits, at most one sign, separators
 * and a decimal point, or one of the two Chinese words below — never "Infinity", "NaN" or an exponent ("e+"). A
 * figure of 10^15 or more (in its written form: a rate's percentage points) is past the 15 digits a cell holds,
 * so it is not written out as if it were exact.
 */
import { roundHalfUp } from "./decimal";

/** What a figure of 10^15 or more (in magnitude), or ±Infinity, is written as. */
export const TOO_LARGE = "（数值过大）";
/** What NaN is written as. */
export const NOT_A_NUMBER = "（无法计算）";

/** The largest magnitude written out in digits (exclusive). */
const LIMIT = 1e15;

/** The word for a value that is not written in digits, or null when it is. */
function unwritable(value: number): string | null {
  if (Number.isNaN(value)) return NOT_A_NUMBER;
  return Math.abs(value) >= LIMIT ? TOO_LARGE : null;
}

/** Whether a value is written in digits by the functions here (finite and under 10^15 in magnitude). */
export function isWritable(value: number): boolean {
  return unwritable(value) === null;
}

/** Digits of |value| with `decimals` places; value finite and under 10^15, so toFixed never uses an exponent. */
function fixed(value: number, decimals: number): string {
  return Math.abs(value).toFixed(decimals);
}

function grouped(value: number, decimals: number): string {
  const rounded = roundHalfUp(value, decimals);
  const word = unwritable(rounded);
  if (word !== null) return word;
  const text = fixed(rounded, decimals);
  const dot = text.indexOf(".");
  const end = dot < 0 ? text.length : dot;
  // Thousands separators, written out (this runs for every figure of a report).
  let out = rounded < 0 ? "-" : "";
  for (let i = 0; i < end; i++) {
    if (i > 0 && (end - i) % 3 === 0) out += ",";
    out += text[i];
  }
  return dot < 0 ? out : out + text.slice(dot);
}

/** 36353.37 → "36,353.37"; with a unit: "36,353.37万元". A value that cannot be written gives the word alone,
 *  without the unit. */
export function formatAmount(value: number, unit = ""): string {
  const text = grouped(value, 2);
  return isWritten(text) ? `${text}${unit}` : text;
}

/** 0.88390512 → "88.39%". */
export function formatRate(fraction: number, decimals = 2): string {
  const text = grouped(fraction * 100, decimals);
  return isWritten(text) ? `${text}%` : text;
}

/** Scores with 2 decimals only where needed: 7 → "7", 8.84 → "8.84", 8.8 → "8.80" (as the tables print them). */
export function formatScore(value: number): string {
  const r = roundHalfUp(value, 2);
  const word = unwritable(r);
  if (word !== null) return word;
  return (r < 0 ? "-" : "") + fixed(r, Number.isInteger(r) ? 0 : 2);
}

/** A figure with exactly `decimals` places, with thousands separators or without (as another figure was written:
 *  correcting "22.25" gives "2.23", correcting "17,467.49" gives "17,476.49"). */
export function formatDigits(value: number, decimals: number, separators: boolean): string {
  const text = grouped(value, decimals);
  return separators || !isWritten(text) ? text : text.replace(/,/g, "");
}

/** A plain figure with up to `decimals` places and no trailing zeros: 7194 → "7,194", 99.1 → "99.1". */
export function formatNumber(value: number, decimals = 2): string {
  const r = roundHalfUp(value, decimals);
  const text = grouped(r, decimals);
  return text.includes(".") ? text.replace(/\.?0+$/, "") : text;
}

/**
 * A number as a cell holds it, without separators and without rounding beyond the 15 digits a cell keeps, for
 * quoting what a cell says: 0.1234 → "0.1234", 1e-7 → "0.0000001", 2000 → "2000".
 */
export function formatPlain(value: number): string {
  const word = unwritable(value);
  if (word !== null) return word;
  const text = String(value);
  if (!text.includes("e")) return text;
  // Only magnitudes under 10^-6 reach here: written out in full, without the trailing zeros.
  const digits = Math.abs(value)
    .toFixed(20)
    .replace(/\.?0+$/, "");
  return value < 0 && digits !== "0" ? `-${digits}` : digits;
}

function isWritten(text: string): boolean {
  return text !== TOO_LARGE && text !== NOT_A_NUMBER;
}
