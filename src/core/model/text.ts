/**
 * Text of cells as the reader compares it: full-width forms folded to half width, spaces of every kind
 * (U+3000, NBSP, line breaks) removed or folded, numbering and "其中：" stripped from row labels.
 * Every regular expression is compiled once here; the fast paths return the string itself when nothing is to do.
 */
import type { CellValue } from "./snapshot";

const FULL_WIDTH = /[\uFF01-\uFF5E\u3000]/;
const FULL_WIDTH_ALL = /[\uFF01-\uFF5E\u3000]/g;

/** ０-９ （ ） ： ％ and every other full-width ASCII form to half width; U+3000 to a space. */
export function halfWidth(s: string): string {
  if (!FULL_WIDTH.test(s)) return s;
  return s.replace(FULL_WIDTH_ALL, (c) => (c === "\u3000" ? " " : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

/** Whitespace as JS knows it (spaces, tabs, line breaks, NBSP, U+3000, BOM) plus the zero-width space. */
const SPACE_ALL = /[\s\u200b]+/g;
/** Anything compactKey must change: whitespace, zero-width space, a full-width form. */
const COMPACT_WORK = /[\s\u200b\uFF01-\uFF5E]/;

/** The text without any whitespace, full-width forms to half width: "全年预算数\n（万元）" → "全年预算数(万元)". */
export function compactKey(s: string): string {
  if (!COMPACT_WORK.test(s)) return s;
  return halfWidth(s).replace(SPACE_ALL, "");
}

const FOLD_WORK = /^\s|\s$|\s\s|[\t\n\r\f\v\u00a0\u3000\u200b]/;

/** A cell as text: trimmed, inner line breaks and runs of spaces folded into one space; "" for an empty cell. */
export function foldText(v: CellValue): string {
  if (v === null) return "";
  const s = typeof v === "string" ? v : typeof v === "number" ? String(v) : v ? "TRUE" : "FALSE";
  return FOLD_WORK.test(s) ? s.replace(SPACE_ALL, " ").trim() : s;
}

/** Whether a cell holds nothing (null, "" or only spaces). */
export function isEmpty(v: CellValue): boolean {
  if (v === null || v === "") return true;
  if (typeof v !== "string") return false;
  const first = v.charCodeAt(0);
  // Most text starts with a visible character: skip the trim.
  if (first > 0x20 && first !== 0xa0 && first !== 0x3000 && first !== 0x200b && first !== 0xfeff) return false;
  return v.replace(SPACE_ALL, "") === "";
}

/** Numbering before a label: 一、 （一） (1) 1. 1、 ① — after compactKey, so brackets are half width. */
const NUMBERING =
  /^(?:[一二三四五六七八九十]+[、.]|\([一二三四五六七八九十\d]{1,3}\)、?|\d{1,3}(?:[、]|\.(?!\d))|[\u2460-\u2473])/;
const OF_WHICH = /^其中[:、]?/;
const TRAILING_PAREN = /\([^()]*\)$/;

/**
 * A row label as the reader compares it: compact, without numbering, "其中：", a trailing colon or a trailing
 * parenthetical ("（一）基本支出" → "基本支出", "其中：财政拨款" → "财政拨款", "总分(100分)" → "总分").
 */
export function labelKey(s: string): string {
  let k = compactKey(s);
  if (k === "") return k;
  const c = k.charCodeAt(0);
  // Numbering and 其中 start with a digit, a bracket, 一-十, ①-⑳ or 其: test the expressions only then.
  if (c < 0x80 || c === 0x5176 || (c >= 0x2460 && c <= 0x2473) || CN_DIGITS.has(c)) {
    k = k.replace(NUMBERING, "").replace(OF_WHICH, "");
  }
  const last = k.charCodeAt(k.length - 1);
  if (last === 0x3a /* : */) k = k.slice(0, -1);
  else if (last === 0x29 /* ) */ && k.length > 3) k = k.replace(TRAILING_PAREN, "");
  return k;
}
const CN_DIGITS = new Set([..."一二三四五六七八九十"].map((d) => d.charCodeAt(0)));

/** Splits "label：value" (either colon) into its two parts; null when the cell has no colon. */
export function splitLabel(s: string): { readonly label: string; readonly value: string } | null {
  let at = s.indexOf("：");
  const half = s.indexOf(":");
  if (at < 0 || (half >= 0 && half < at)) at = half;
  if (at <= 0) return null;
  return { label: s.slice(0, at), value: s.slice(at + 1) };
}
