/**
 * The figures a report paragraph states ("资产合计 17,467.49 万元", "占比 7.23%", "化解 7129 起", "7 分"), each
 * with its unit, how precisely it is written, whether it is exact (not "约", "余", "不少于"), its position, and
 * its label: the words between the previous figure or clause mark and the figure. Keyword tables then tell
 * what a figure is about: the keywords in its own label, and the nearest subject keyword before it.
 */
import { unitOf, type UnitKind } from "../../figures";
import { clean } from "../../decimal";
import { normalize, sentenceAt, sentences } from "./text";

export type TextUnitKind = UnitKind | "score";

export interface TextFigure {
  /** The value as written, magnitudes applied ("3 万余人次" → 30000); percentages are not divided (88.39). */
  readonly value: number;
  /** The digits as written ("36,353.37"). */
  readonly written: string;
  /** Decimal places written (88.39 → 2, 99.1 → 1, 100 → 0). */
  readonly decimals: number;
  /** The unit as written after it ("万元", "%", "起", "分"), or null. */
  readonly unit: string | null;
  readonly kind: TextUnitKind | null;
  /** Factor to the base of its kind: 万元 → 10000 (元), 元 → 1; 1 for everything else. */
  readonly factor: number;
  /** Position of the first digit, and the end of the figure with its unit and any trailing qualifier. */
  readonly start: number;
  readonly end: number;
  /** Approximate: 约, 近, 逾, 余, 多, 左右 … */
  readonly approximate: boolean;
  /** A bound, not a figure reached: 不少于, 不低于, 不高于, 以上, 以内, ≥ … (a target). */
  readonly bound: boolean;
  /** A year ("2022 年", "2022年度"), not a figure. */
  readonly year: boolean;
  /** Index of its sentence in the paragraph. */
  readonly sentence: number;
  /** The label: normalised text from the previous figure or clause mark up to the digits. */
  readonly label: string;
  readonly labelStart: number;
}

/** Whether a figure is stated as exact (not approximate, not a bound, not a year). */
export function isExact(f: TextFigure): boolean {
  return !f.approximate && !f.bound && !f.year;
}

// Clause marks, on normalised text: a label never reaches back across them.
const CLAUSE = /[,;:、()。!?“”"《》【】[\]]/;
const NUMBER = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g;
const APPROX_BEFORE = /(?:约|大约|近|将近|接近|逾|约为)\s*$/;
const BOUND_BEFORE =
  /(?:不少于|不低于|不高于|不超过|不大于|不小于|不多于|至少|至多|最多|高于|低于|大于|小于|多于|少于|超过|[≥≤><≧≦]=?)\s*$/;
const APPROX_AFTER = /^\s*(?:左右|上下)/;
const BOUND_AFTER = /^\s*(?:及以上|及以下|以上|以下|以内|之内)/;
/** "分" is a score unless it begins one of these words. */
const NOT_SCORE = /^分[钟之局别类队院所厅析配布管区项批期]/;

interface UnitRead {
  readonly unit: string;
  readonly kind: TextUnitKind;
  readonly factor: number;
  readonly length: number;
}

/** The longest unit at `at` ("个工作日" before "个"), or the score unit 分. */
function unitAt(text: string, at: number): UnitRead | null {
  for (let len = 5; len >= 1; len--) {
    const s = text.slice(at, at + len);
    if (s.length < len || /\s/.test(s)) continue;
    const u = unitOf(s);
    if (u) return { unit: s, kind: u.kind, factor: u.kind === "money" ? u.factor : 1, length: len };
  }
  if (text[at] === "分" && !NOT_SCORE.test(text.slice(at, at + 2)))
    return { unit: "分", kind: "score", factor: 1, length: 1 };
  return null;
}

/** Every figure of a paragraph, in order. */
export function figuresIn(paragraph: string): TextFigure[] {
  // Several rules read the same paragraphs: each text is read once (a bounded cache of recent texts).
  const cached = figureCache.get(paragraph);
  if (cached) return cached;
  const read = readFigures(paragraph);
  if (figureCache.size >= FIGURE_CACHE_SIZE) figureCache.clear();
  figureCache.set(paragraph, read);
  return read;
}

const FIGURE_CACHE_SIZE = 5000;
const figureCache = new Map<string, TextFigure[]>();

function readFigures(paragraph: string): TextFigure[] {
  const text = normalize(paragraph);
  const spans = sentences(text);
  const out: TextFigure[] = [];
  let previousEnd = 0;
  for (const m of text.matchAll(NUMBER)) {
    const start = m.index;
    const written = m[0];
    const before = text[start - 1] ?? "";
    if (/[A-Za-z.]/.test(before)) continue; // COP15, v1.2, a second decimal point
    let at = start + written.length;
    if (/[A-Za-z]/.test(text[at] ?? "")) continue;
    const digits = written.replace(/,/g, "");
    let value = Number(digits);
    const dot = digits.indexOf(".");
    const decimals = dot < 0 ? 0 : digits.length - dot - 1;
    let approximate = APPROX_BEFORE.test(text.slice(Math.max(0, start - 4), start));
    let bound = BOUND_BEFORE.test(text.slice(Math.max(0, start - 4), start));

    while (text[at] === " ") at++;
    let unit = unitAt(text, at);
    if (!unit) {
      // 3 万余人次, 4000 余万元, 2000 多件
      let magnitude = 1;
      let p = at;
      if (text[p] === "万" || text[p] === "亿") {
        magnitude = text[p] === "万" ? 1e4 : 1e8;
        p++;
      }
      if (text[p] === "余" || text[p] === "多") {
        approximate = true;
        p++;
      }
      if (p > at) {
        value = clean(value * magnitude);
        unit = unitAt(text, p);
        at = p;
      }
    }
    let end = at + (unit?.length ?? 0);
    const after = text.slice(end, end + 4);
    const approxAfter = APPROX_AFTER.exec(after);
    const boundAfter = BOUND_AFTER.exec(after);
    if (approxAfter) {
      approximate = true;
      end += approxAfter[0].length;
    } else if (boundAfter) {
      bound = true;
      end += boundAfter[0].length;
    }
    const year =
      decimals === 0 &&
      value >= 1900 &&
      value <= 2100 &&
      !written.includes(",") &&
      (unit?.unit === "年" || /^\s*年度?/.test(text.slice(start + written.length, start + written.length + 3)));

    let labelStart = Math.max(previousEnd, 0);
    for (let i = start - 1; i >= labelStart; i--) {
      if (CLAUSE.test(text[i]!)) {
        labelStart = i + 1;
        break;
      }
    }
    out.push({
      value: clean(value),
      written,
      decimals,
      unit: unit?.unit ?? null,
      kind: unit?.kind ?? null,
      factor: unit?.factor ?? 1,
      start,
      end,
      approximate,
      bound,
      year,
      sentence: sentenceAt(spans, start),
      label: text.slice(labelStart, start),
      labelStart,
    });
    previousEnd = end;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Keywords

export interface KeywordHit<K> {
  readonly key: K;
  readonly word: string;
  readonly start: number;
  readonly end: number;
}

/** A keyword table: each word of a row (space-separated) means the row's key. */
export function keywordTable<K>(rows: readonly (readonly [string, K])[]): ReadonlyMap<string, K> {
  return new Map(rows.flatMap(([words, key]) => words.split(" ").map((w) => [w, key] as const)));
}

/** The words of each keyword table by (the code of) their first character, longest first; built once a table. */
const byFirstCharCache = new WeakMap<ReadonlyMap<string, unknown>, Map<number, string[]>>();

function wordsByFirstChar(table: ReadonlyMap<string, unknown>): Map<number, string[]> {
  let index = byFirstCharCache.get(table);
  if (!index) {
    index = new Map();
    for (const w of [...table.keys()].sort((a, b) => b.length - a.length)) {
      const list = index.get(w.charCodeAt(0));
      if (list) list.push(w);
      else index.set(w.charCodeAt(0), [w]);
    }
    byFirstCharCache.set(table, index);
  }
  return index;
}

/** The first of the words (longest first) that `text` holds at `at`. */
function wordAt(text: string, at: number, words: readonly string[] | undefined): string | undefined {
  if (words) for (const w of words) if (text.startsWith(w, at)) return w;
  return undefined;
}

/** The keywords of `table` in `paragraph`, left to right, the longest word winning at each position. */
export function keywordsIn<K>(paragraph: string, table: ReadonlyMap<string, K>): KeywordHit<K>[] {
  const text = normalize(paragraph);
  const index = wordsByFirstChar(table);
  const hits: KeywordHit<K>[] = [];
  for (let i = 0; i < text.length;) {
    const word = wordAt(text, i, index.get(text.charCodeAt(i)));
    if (word) {
      hits.push({ key: table.get(word)!, word, start: i, end: i + word.length });
      i += word.length;
    } else i++;
  }
  return hits;
}

/** The last hit that ends at or before `at` and starts at or after `from`. */
export function lastHitBefore<K>(hits: readonly KeywordHit<K>[], at: number, from = 0): KeywordHit<K> | null {
  let found: KeywordHit<K> | null = null;
  for (const h of hits) {
    if (h.end > at) break;
    if (h.start >= from) found = h;
  }
  return found;
}

/** The hits lying within a figure's label. */
export function hitsInLabel<K>(hits: readonly KeywordHit<K>[], f: TextFigure): KeywordHit<K>[] {
  return hits.filter((h) => h.start >= f.labelStart && h.end <= f.start);
}

/**
 * Words that may stand in a label beside its keywords without changing what the figure is: the unit's own
 * name, times, verbs of stating. Anything else left in a label (人员经费, 固定资产) makes the figure something the
 * keywords do not describe.
 */
export const FILLER_WORDS = [
  "我分局",
  "我局",
  "本局",
  "分局",
  "全局",
  "本部门",
  "我部门",
  "部门",
  "本单位",
  "我单位",
  "单位",
  "其中",
  "全年",
  "年度",
  "本年",
  "当年",
  "年末",
  "年底",
  "期末",
  "截至",
  "截止",
  "月",
  "日",
  "年",
  "分别为",
  "分别",
  "为",
  "是",
  "达到",
  "达",
  "共计",
  "共",
  "总共",
  "的",
];

/**
 * What is left of a label once `words` (its keywords) and the filler words are taken out, with spaces, digits
 * and punctuation: "" when the label says nothing but its keywords.
 */
export function residue(label: string, words: readonly string[], fillers: readonly string[] = FILLER_WORDS): string {
  let s = label;
  const longestFirst = words.length > 1 ? [...words].sort((a, b) => b.length - a.length) : words;
  for (const w of longestFirst) s = s.split(w).join(" ");
  s = s.replace(fillerPattern(fillers), " ");
  return s.replace(NOT_WORDS, "");
}

/** Spaces, digits and punctuation: what a label may hold besides words. */
const NOT_WORDS = /[\s\d.,;:、()“”"'‘’《》%-]/g;

/** One pattern for a list of filler words, built once per list (the words removed in the list's order). */
const fillerPatterns = new WeakMap<readonly string[], RegExp>();

function fillerPattern(fillers: readonly string[]): RegExp {
  let re = fillerPatterns.get(fillers);
  if (!re) {
    const escaped = fillers.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
    re = new RegExp(escaped.join("|"), "g");
    fillerPatterns.set(fillers, re);
  }
  return re;
}
