/**
 * The indicator passages of a report (自评报告 二、): "(1) 采购应急处突装备（指标分数 7 分，实际得分 7 分）：…",
 * "1、数量指标（指标分数 14 分，实际得分 14 分）", "社会效益指标（维护隔离点秩序稳定，指标分数 20 分，实际得分
 * 20 分）" with the body in the next paragraph; the indicator rows they name; and "完成年度绩效指标值的 90%".
 */
import { sum } from "../../decimal";
import type { IndicatorRow, IndicatorTable } from "../../model/types";
import { figuresIn, type TextFigure } from "./figures-in-text";
import { parseHeading } from "./headings";
import { compact, normalize } from "./text";

export interface ScoreStatement {
  /** Index of the paragraph. */
  readonly index: number;
  /** 指标分数 / 分值 / 权重 W 分, and 实际得分 / 得分 S 分 as stated. */
  readonly weight: TextFigure | null;
  readonly score: TextFigure | null;
  /** Names the statement may give its indicator, the most specific first: the words inside the bracket before
   *  指标分数 ("持续推进放管服改革"), then those before the bracket ("可持续性影响指标"). */
  readonly names: readonly string[];
  /** The paragraph holds nothing after the score bracket: its body is in the paragraphs that follow. */
  readonly headingOnly: boolean;
}

const WEIGHT_WORD = /(?:指标分数|指标分值|分值|权重)\s*(?:为|是|:)?\s*$/;
const SCORE_WORD = /(?:实际得分|得分)\s*(?:为|是|:)?\s*$/;
const KEY = /指标分数|指标分值|分值|权重/;

function clean(name: string): string {
  return compact(name).replace(/^[,，、:：;；]+|[,，、:：;；]+$/g, "");
}

/** The score statement of a paragraph, or null when it states neither 指标分数 nor 实际得分. */
export function scoreStatement(paragraph: string, index: number): ScoreStatement | null {
  const figures = figuresIn(paragraph);
  const weight = figures.find((f) => f.kind === "score" && WEIGHT_WORD.test(f.label)) ?? null;
  const score = figures.find((f) => f.kind === "score" && SCORE_WORD.test(f.label) && f !== weight) ?? null;
  if (!weight && !score) return null;
  const text = normalize(paragraph);
  const heading = parseHeading(paragraph);
  const lead = text.length - text.trimStart().length;
  const from = heading ? lead + heading.marker.length : lead;
  const first = Math.min(...[weight, score].filter((f): f is TextFigure => f !== null).map((f) => f.labelStart));
  const key = KEY.exec(text.slice(first));
  const keyAt = key ? first + key.index : first;
  const open = text.lastIndexOf("(", keyAt);
  const names: string[] = [];
  if (open >= from) {
    const inner = clean(text.slice(open + 1, keyAt));
    if (inner) names.push(inner);
    const outer = clean(text.slice(from, open));
    if (outer) names.push(outer);
  } else {
    const outer = clean(text.slice(from, keyAt));
    if (outer) names.push(outer);
  }
  const last = Math.max(...[weight, score].filter((f): f is TextFigure => f !== null).map((f) => f.end));
  const close = text.indexOf(")", last);
  const after = close >= 0 ? text.slice(close + 1) : text.slice(last);
  return { index, weight, score, names, headingOnly: after.replace(/[\s,.;:。、]/g, "") === "" };
}

/** Every score statement of a report's paragraphs. */
export function scoreStatements(paragraphs: readonly string[]): ScoreStatement[] {
  return paragraphs.flatMap((p, i) => scoreStatement(p, i) ?? []);
}

/**
 * The paragraphs that hold a statement's body: its own, when the body follows the bracket; else the next ones,
 * up to the next heading or score statement (at most 5).
 */
export function bodyOf(statement: ScoreStatement, paragraphs: readonly string[]): number[] {
  if (!statement.headingOnly) return [statement.index];
  const out: number[] = [];
  for (let j = statement.index + 1; j < paragraphs.length && out.length < 5; j++) {
    const p = paragraphs[j]!;
    if (parseHeading(p) || scoreStatement(p, j)) break;
    out.push(j);
  }
  return out;
}

export interface IndicatorMatch {
  readonly name: string;
  /** third: one indicator; second/first: a group, compared with its sums. */
  readonly level: "third" | "second" | "first";
  readonly rows: readonly IndicatorRow[];
}

const textOf = (cell: { readonly text: string } | null): string => (cell ? compact(cell.text) : "");

/**
 * The indicator rows a statement names: a 三级指标 of that name, else the rows of a 二级 or 一级指标 of that name,
 * else the one 三级指标 whose name contains or is contained in it (4 characters or more). Null when nothing, or
 * more than one indicator, fits.
 */
export function matchIndicator(names: readonly string[], table: IndicatorTable | null): IndicatorMatch | null {
  if (!table) return null;
  for (const name of names) {
    const n = compact(name);
    if (!n) continue;
    const third = table.rows.filter((r) => textOf(r.third) === n);
    if (third.length === 1) return { name, level: "third", rows: third };
    const second = table.rows.filter((r) => textOf(r.second) === n);
    if (second.length > 0) return { name, level: "second", rows: second };
    const first = table.rows.filter((r) => textOf(r.first) === n);
    if (first.length > 0) return { name, level: "first", rows: first };
  }
  for (const name of names) {
    const n = compact(name);
    if ([...n].length < 4) continue;
    const near = table.rows.filter((r) => {
      const t = textOf(r.third);
      return [...t].length >= 4 && (n.includes(t) || t.includes(n));
    });
    if (near.length === 1) return { name, level: "third", rows: near };
  }
  return null;
}

/** A column of the matched rows summed, or null where a cell is not a number. */
export function sumOf(rows: readonly IndicatorRow[], column: "weight" | "score"): number | null {
  const values: number[] = [];
  for (const r of rows) {
    const f = r[column]?.figure;
    if (!f || f.kind !== "number") return null;
    values.push(f.value);
  }
  return values.length ? sum(values) : null;
}

const COMPLETION = /完成[^,;。]{0,12}?指标值?的?\s*$/;

/** "完成年度绩效指标值的 P%" statements of a paragraph. */
export function completionStatements(paragraph: string): TextFigure[] {
  return figuresIn(paragraph).filter((f) => f.kind === "percent" && !f.bound && COMPLETION.test(f.label));
}

export interface TargetActualStatement {
  /** The indicator's name as the paragraph gives it before its target ("建设占地面积"), or "". */
  readonly name: string;
  readonly target: TextFigure;
  readonly actual: TextFigure;
  /** The target is an upper bound (不高于, 不超过, 以内, ≤): lower is better. */
  readonly upper: boolean;
}

const TARGET_WORD = /(?:年度)?(?:指标值|目标值)\s*(?:为|是|:)?\s*[“"]?\s*$/;
const ACTUAL_WORD = /(?:实际完成值|实际完成|完成值)\s*(?:为|是|达到|达|:)?\s*$/;
const UPPER = /不高于|不超过|不大于|不多于|低于|小于|少于|以内|之内|以下|≤|<|≦/;

/**
 * A target and an actual a paragraph states for one indicator: "建设占地面积：指标值为“约12000平方米”，全年实际
 * 完成值约20000平方米" (dongjiang-anxian-2020), "年度指标值为不少于2,000件，实际完成7,129件" (jixiao's own).
 * The target is the figure right after 指标值/目标值, the actual the first after 实际完成(值)/完成值 that follows it,
 * of the same unit; years are neither.
 */
export function targetActualStatement(paragraph: string): TargetActualStatement | null {
  if (!/指标值|目标值/.test(paragraph) || !paragraph.includes("完成")) return null;
  const text = normalize(paragraph);
  const figures = figuresIn(paragraph).filter((f) => !f.year && f.kind !== null);
  const target = figures.find((f) =>
    TARGET_WORD.test(text.slice(Math.max(0, f.start - 12), f.start).replace(/约|不少于|不低于|不高于|不超过|≥|≤/g, "")),
  );
  if (!target) return null;
  const actual = figures.find(
    (f) => f.start > target.end && ACTUAL_WORD.test(text.slice(Math.max(0, f.start - 12), f.start).replace(/约/g, "")),
  );
  if (!actual || actual.kind !== target.kind || (actual.kind !== "money" && actual.unit !== target.unit)) return null;
  const before = text.slice(0, target.start);
  const key = before.search(/(?:年度)?(?:指标值|目标值)[^指目]*$/);
  const name = compact(before.slice(0, key < 0 ? 0 : key))
    .replace(/^.*[。;!?]/, "")
    .replace(/[,:：、]+$/, "");
  const around = text.slice(Math.max(0, target.start - 6), target.end + 4);
  return { name, target, actual, upper: UPPER.test(around) };
}
