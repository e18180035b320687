/**
 * Totals a paragraph states with their parts:
 *
 * - "共建设和安装软硬件设备共16954套（台、块、项），其中：总平台…558套；…；综治精品社区…242套。": the total is the
 *   figure just before 其中 in its sentence (or, when 其中 opens a sentence, the last figure of the sentence before),
 *   the parts the figures of the same kind after it. After "其中：" (a colon) the parts run to the end of the
 *   sentence; after a bare 其中 to the first ; ("其中行政人员526人、参照…1人；年末其他人员708人": 708 is not a part).
 *   Figures in brackets ("（含…5个）"), shares, years, and what follows a figure of change (同比增加) are not parts.
 * - "实施项目共15个…，年初批复预算8个项目…，年中增加8个项目": a total (共, 共计, 合计) with a figure at the start of
 *   the year (年初, 原有) and figures added (增加, 新增, 追加) or taken away (减少, 调减, 取消) in the same unit.
 *
 * Amounts in 元 and 万元 are compared in 元; counts only in one unit ("套（台、块、项）" and "台（套）" name the same
 * things; 人 and 名, 件 and 起 too).
 */
import { clean } from "../../decimal";
import { figuresIn, isExact, type TextFigure } from "./figures-in-text";
import { baseValue } from "./shares";
import { normalize, sentences } from "./text";

export interface PartsStatement {
  readonly kind: "parts" | "change";
  readonly total: TextFigure;
  /** Other figures before it in the sentence that may be the whole the parts are of, nearest first
   *  ("全年预算数105.10万元，资金来源为…其他资金0.10万元，其中基本支出…": 105.10, not 0.10). */
  readonly others: readonly TextFigure[];
  readonly parts: readonly TextFigure[];
  /** For a change: the sign of each part (+1 added or at the start, −1 taken away). */
  readonly signs: readonly number[];
  /** Indexes i such that parts[0..i] may be the whole list: any of them (what follows the parts that add up may
   *  be about something else: "编制25人，其中行政编制20人，事业编制5人，实有23人"). */
  readonly stops: readonly number[];
  /** The parts are of one kind: one part, a list after "其中：", or labels with a common ending of two characters
   *  or more (行政编制, 事业编制; 中央资金, 省级资金). Only such parts are held to exceed their whole. */
  readonly kindred: boolean;
  /** Where 其中 stands (parts statements), for messages. */
  readonly at: number;
}

/** Count units that count the same things. */
const SAME_COUNT: readonly (readonly string[])[] = [
  ["人", "名"],
  ["件", "起", "宗"],
];

/** The units a count figure may be in: its own and any in brackets after it ("套（台、块、项）"). */
function unitFamily(text: string, f: TextFigure): Set<string> {
  const family = new Set<string>(f.unit ? [f.unit] : []);
  const m = /^\s*\(([\u4e00-\u9fa5、,]{1,12})\)/.exec(text.slice(f.end));
  if (m) for (const u of m[1]!.split(/[、,]/)) if (u) family.add(u);
  for (const group of SAME_COUNT) if (group.some((u) => family.has(u))) for (const u of group) family.add(u);
  return family;
}

/** Whether a figure can be a part of a total: the same kind, and for counts a unit of the same things. */
function compatible(text: string, total: TextFigure, f: TextFigure): boolean {
  if (total.kind === null || f.kind !== total.kind) return false;
  if (f.kind === "money" || f.kind === "score") return true;
  if (f.kind !== "count" && f.kind !== "other") return false;
  const a = unitFamily(text, total);
  return [...unitFamily(text, f)].some((u) => a.has(u));
}

/** Depth of round brackets at each position of the text. */
function bracketDepths(text: string): number[] {
  const depths: number[] = [];
  let d = 0;
  for (const c of text) {
    if (c === "(") d++;
    depths.push(d);
    if (c === ")" && d > 0) d--;
  }
  return depths;
}

/** What a figure of change or of another measure is labelled with: it ends the parts. */
const CHANGE = /增加|减少|增长|下降|同比|较上年|比上年|上升|降低|原值|折旧|净值|累计/;
const ADDED = /增加|新增|追加|增补/;
const REMOVED = /减少|调减|取消|撤销|核减/;
const AT_START = /年初|原有|原计划|原/;
const TOTAL_WORD = /共计|合计|总共|共有|共$|共[\u4e00-\u9fa5]{0,2}$/;

/** Length of the ending all labels share, past the words that lead up to a figure (为, 达, 共 …). */
function commonEnding(labels: readonly string[]): number {
  const words = labels.map((l) => [...l.replace(/[\s\d.,;:、()]+$/, "").replace(/(?:为|是|达到|达|共计|共|约)+$/, "")]);
  let n = 0;
  while (words.every((w) => w.length > n && w[w.length - 1 - n] === words[0]![words[0]!.length - 1 - n])) n++;
  return n;
}

function usable(f: TextFigure): boolean {
  return isExact(f) && f.kind !== null && f.kind !== "percent" && !f.year;
}

/** The totals of a paragraph with their stated parts. */
export function partsStatements(paragraph: string): PartsStatement[] {
  const hasParts = paragraph.includes("其中");
  const hasChange = /共|合计/.test(paragraph) && /年初|原/.test(paragraph) && ADDED.test(paragraph);
  if (!hasParts && !hasChange) return [];
  const text = normalize(paragraph);
  const figures = figuresIn(paragraph);
  const spans = sentences(text);
  const depth = bracketDepths(text);
  const out: PartsStatement[] = [];

  for (const m of text.matchAll(/其中/g)) {
    const at = m.index;
    const sentence = spans.findIndex((s) => at >= s.start && at < s.end);
    const span = spans[sentence]!;
    const opens = /^[\s\d.、,:()一二三四五六七八九十]*$/.test(text.slice(span.start, at));
    const after = figures.filter((f) => f.start > at && f.sentence === sentence && depth[f.start] === 0);
    // The parts: up to another 其中, a figure of change, or (after a bare 其中) the first ;
    const colon = /^\s*:/.test(text.slice(at + 2));
    const nextQizhong = text.indexOf("其中", at + 2);
    const semicolon = text.indexOf(";", at);
    const limit = Math.min(
      span.end,
      nextQizhong < 0 ? Infinity : nextQizhong,
      !colon && semicolon >= 0 ? semicolon : Infinity,
    );
    let total: TextFigure | undefined;
    let others: TextFigure[] = [];
    if (opens) {
      const previous = figures.filter((f) => f.sentence === sentence - 1 && !f.year);
      total = previous[previous.length - 1];
    } else {
      const before = figures.filter((f) => f.sentence === sentence && f.end <= at && usable(f) && depth[f.start] === 0);
      total = before[before.length - 1];
      others = before.slice(0, -1).reverse();
    }
    if (!total || !usable(total)) continue;
    others = others.filter((f) => compatible(text, total!, f));
    const parts: TextFigure[] = [];
    const stops: number[] = [];
    for (const f of after) {
      if (f.start >= limit) break;
      if (f.year || f.kind === "percent") continue;
      if (CHANGE.test(f.label)) break;
      if (!compatible(text, total, f)) break;
      stops.push(parts.length);
      parts.push(f);
    }
    if (parts.length === 0) continue;
    // Levels of one hierarchy, not parts of a sum: "共15个指标，其中一级指标3个，二级指标8个，三级指标15个" (a
    // part as large as the whole beside other parts says the same).
    if (parts.some((f) => /[一二三四]级/.test(f.label))) continue;
    if (
      parts.length > 1 &&
      parts.some((f) => baseValue(f) === baseValue(total!)) &&
      parts.some((f) => f.value > 0 && baseValue(f) !== baseValue(total!))
    )
      continue;
    out.push({
      kind: "parts",
      total,
      others,
      parts,
      signs: parts.map(() => 1),
      stops,
      kindred: parts.length === 1 || colon || commonEnding(parts.map((f) => f.label)) >= 2,
      at,
    });
  }

  // 共N个 … 年初 a 个 … 年中增加 b 个, in one sentence.
  if (!hasChange) return out;
  for (const [s] of spans.entries()) {
    const inSentence = figures.filter((f) => f.sentence === s && usable(f) && depth[f.start] === 0);
    for (const total of inSentence) {
      if (total.kind !== "count" || !TOTAL_WORD.test(total.label)) continue;
      const others = inSentence.filter((f) => f !== total && compatible(text, total, f));
      const start = others.filter((f) => AT_START.test(f.label) && !ADDED.test(f.label) && !REMOVED.test(f.label));
      const added = others.filter((f) => ADDED.test(f.label));
      const removed = others.filter((f) => REMOVED.test(f.label));
      if (start.length !== 1 || added.length === 0) continue;
      const parts = [...start, ...added, ...removed];
      out.push({
        kind: "change",
        total,
        others: [],
        parts,
        signs: [1, ...added.map(() => 1), ...removed.map(() => -1)],
        stops: [parts.length - 1],
        kindred: true,
        at: total.start,
      });
    }
  }
  return out;
}

/**
 * How far a stated figure may lie from the true one: half a unit of its last written digit, in the base of its
 * kind (元 for money). Counts are exact; so are the scores of parts (a score is written as it was scored, with
 * decimals where it has them), while a total score may be rounded ("总分91分" for 90.84).
 */
function rounding(f: TextFigure, whole = false): number {
  if (f.kind === "count" || (f.kind === "score" && !whole)) return 0;
  return clean((0.5 / 10 ** f.decimals) * f.factor);
}

export interface PartsCheck {
  /** The sum of the parts that stands against the total (the whole list, or the prefix nearest the total). */
  readonly sum: number;
  /** How many parts that sum is of. */
  readonly count: number;
  readonly agrees: boolean;
  /** The parts exceed the total. */
  readonly exceeds: boolean;
  readonly tolerance: number;
}

/** Sums of the parts (in the base of the total's kind) against the total, each prefix ending at a stop. */
export function checkParts(s: PartsStatement): PartsCheck {
  let nearest: PartsCheck | null = null;
  let exceedsAll = true;
  for (const whole of [s.total, ...s.others]) {
    const total = baseValue(whole);
    for (const stop of s.stops) {
      const parts = s.parts.slice(0, stop + 1);
      const sum = clean(parts.reduce((a, f, i) => a + s.signs[i]! * baseValue(f), 0));
      const tolerance = clean(rounding(whole, true) + parts.reduce((a, f) => a + rounding(f), 0));
      const agrees = Math.abs(sum - total) <= tolerance + 1e-9 * Math.max(1, Math.abs(total));
      const exceeds = sum > total + tolerance;
      if (agrees) return { sum, count: parts.length, agrees, exceeds, tolerance };
      if (stop !== s.parts.length - 1) continue;
      if (!exceeds) exceedsAll = false;
      if (whole === s.total) nearest = { sum, count: parts.length, agrees, exceeds, tolerance };
    }
  }
  // The parts exceed the total only if they exceed every figure that may be it.
  return { ...nearest!, exceeds: exceedsAll };
}

/**
 * Would the sum agree if one amount in 元 were in 万元 (or the other way round)? The part so misread, or null.
 */
export function unitSlip(s: PartsStatement): TextFigure | null {
  if (s.total.kind !== "money") return null;
  const total = baseValue(s.total);
  const sum = checkParts({ ...s, stops: [s.parts.length - 1] }).sum;
  for (const [i, f] of s.parts.entries()) {
    const other = f.factor === 1 ? 10000 : f.factor === 10000 ? 1 : null;
    if (other === null) continue;
    const fixed = clean(sum + s.signs[i]! * (f.value * other - f.value * f.factor));
    if (Math.abs(fixed - total) <= rounding(s.total, true) + s.parts.reduce((a, g) => a + rounding(g), 0)) return f;
  }
  return null;
}
