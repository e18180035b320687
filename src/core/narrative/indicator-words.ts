/**
 * How an indicator reads in a report: its target in words ("不少于2,000件", "不低于95%", "不高于150万元",
 * "1批"), its actual, and what the comparison says (达到 / 超额完成 / 未达到 / 控制在…以内 / 超出). Built from
 * the same reading of the row as the score rules (indicator-table.ts quantityOf), so that the words never
 * disagree with the checker.
 */
import { isQualitative, percentFormat, quantityOf, type Quantity } from "../checks/indicator-table";
import { formatNumber } from "../format";
import { direction } from "../scoring";
import type { Op, UnitKind } from "../figures";
import type { IndicatorRow, TargetCell, TextCell } from "../model/types";

/** The unit kind of a row's target, for choosing 不少于 (counts) or 不低于 (rates, amounts). */
function kindOf(q: Quantity, row: IndicatorRow): UnitKind | null {
  const t = row.target?.target;
  if (t && "op" in t && t.unit) return t.unit.kind;
  if (t && "kind" in t && t.kind === "number" && t.unit) return t.unit.kind;
  const shown = q.target.shown;
  if (/%|‰/.test(shown)) return "percent";
  if (/元$/.test(shown)) return "money";
  return /\d[^\d.,]+$/.test(shown) ? "count" : null;
}

/** Bounds in words: for counts (件, 个, 次) and measures (天, 个工作日, 吨), then for rates and amounts (%, 万元). */
const BOUND: Readonly<Record<Exclude<Op, "=">, readonly [count: string, other: string]>> = {
  "≥": ["不少于", "不低于"],
  ">": ["多于", "高于"],
  "≤": ["不超过", "不高于"],
  "<": ["少于", "低于"],
};

/** The word bounding a quantitative row's target ("不少于", "不高于"), or null where the target is a value to reach:
 *  指标性质 =, or a rate of at least 100% (a rate cannot pass 100%: "≥100%" is 100%). */
export function boundWord(q: Quantity, row: IndicatorRow): string | null {
  if (q.op === "=") return null;
  const kind = kindOf(q, row);
  if (q.op === "≥" && kind === "percent" && q.target.value === 1) return null;
  const [count, other] = BOUND[q.op];
  return kind === "count" || kind === "other" ? count : other;
}

/** The target of a quantitative row in words: "不少于2,000件", "不超过5个工作日", "1批", "100%". */
export function targetWords(q: Quantity, row: IndicatorRow): string {
  return `${boundWord(q, row) ?? ""}${q.target.shown}`;
}

/** The actual of a quantitative row in words, with the target's unit where the actual is a bare figure and the
 *  target carries its unit ("≥300个" against 301: "301个"). */
export function actualWords(q: Quantity): string {
  const actual = q.actual.shown;
  const unit = /^[\d,.]+([^\d,.%‰]+)$/.exec(q.target.shown)?.[1];
  return unit && /^-?[\d,.]+$/.test(actual) ? `${actual}${unit}` : actual;
}

/** Whether the target is a rate or share ("100%", "95%"): then an exact target reads "达到100%". */
export function isRateTarget(q: Quantity, row: IndicatorRow): boolean {
  return kindOf(q, row) === "percent";
}

export type Verdict = "reached" | "exceeded" | "within" | "missed" | "over";

export function verdictOf(q: Quantity): Verdict {
  const a = q.actual.value;
  const t = q.target.value;
  switch (direction(q.op)) {
    case "up":
      if (q.op === ">" ? a > t : a >= t) return a > t ? "exceeded" : "reached";
      return "missed";
    case "down":
      return (q.op === "<" ? a < t : a <= t) ? "within" : "over";
    case "equal":
      return a === t ? "reached" : "missed";
  }
}

/** The verdict as a clause of the indicator's paragraph (met and exceeded say it through the completion). */
export const VERDICT_WORDS: Readonly<Record<Verdict, string>> = {
  reached: "达到年度指标值",
  exceeded: "超额完成年度指标值",
  within: "控制在年度指标值以内",
  missed: "未达到年度指标值",
  over: "超出年度指标值",
};

export interface RowReading {
  readonly name: string;
  readonly qualitative: boolean;
  readonly quantity: Quantity | null;
}

const textOf = (cell: TextCell | null): string => (cell ? cell.text.trim() : "");

/** The row's name (三级, else 二级) and how it is measured. */
export function readRow(row: IndicatorRow): RowReading {
  return {
    name: textOf(row.third) || textOf(row.second) || textOf(row.first),
    qualitative: isQualitative(row),
    quantity: quantityOf(row),
  };
}

/** A target or actual cell as written, with the row's 度量单位 after a plain figure: "全覆盖", "40%". */
export function writtenSide(cell: TargetCell | null, unit: TextCell | null): string | null {
  if (!cell || cell.raw === null) return null;
  if (typeof cell.raw === "number") {
    if (percentFormat(cell.numberFormat)) return `${formatNumber(cell.raw * 100)}%`;
    return `${formatNumber(cell.raw)}${textOf(unit)}`;
  }
  const raw = String(cell.raw).trim();
  return raw === "" ? null : raw;
}
