/**
 * The calculations behind the JX custom functions, from raw cell values (numbers, text, blanks) to a result
 * or a failure that says which argument is wrong and what was expected. Results depend only on the arguments:
 * the profile is named by an argument, never taken from hidden state.
 */
import { parseNature, type Op } from "./figures";
import { carryoverRate, ratio } from "./formulas";
import { commensurate, denominator, operand, optionalOperand, targetOperand } from "./operands";
import { findProfile } from "./profile";
import { fail, ok, type Result } from "./result";
import {
  bandBounds,
  bandOfGrade,
  commonIndicatorScore,
  direction,
  gradeOf,
  quantitativeScore,
  rateScore,
} from "./scoring";

/** No indicator carries more points than a whole table; anything larger is a slip of the keyboard. */
const MAX_WEIGHT = 1000;

function weightOf(input: unknown, fallback: number | null): Result<number> {
  const w = fallback === null ? operand(input, "分值") : optionalOperand(input, "分值", fallback);
  if (!w.ok) return w;
  if (w.value.value < 0 || w.value.value > MAX_WEIGHT) {
    return fail("value", `分值 ${w.value.value} 应在 0 到 ${MAX_WEIGHT} 之间`);
  }
  return ok(w.value.value);
}

/** 预算执行率得分: the execution rate scored under the profile's rule, default 分值 10. */
export function execScoreOf(executed: unknown, budget: unknown, weight: unknown, profileName: unknown): Result<number> {
  const profile = findProfile(profileName);
  if (!profile.ok) return profile;
  const w = weightOf(weight, 10);
  if (!w.ok) return w;
  const e = operand(executed, "全年执行数");
  if (!e.ok) return e;
  const b = denominator(budget, "全年预算数");
  if (!b.ok) return b;
  const rate = ratio(e.value, "全年执行数", b.value, "全年预算数");
  if (!rate.ok) return rate;
  return ok(rateScore(rate.value, w.value, profile.value.execution));
}

/** 结转结余率 under the profile's choice of denominator. */
export function carryoverRateOf(
  carryover: unknown,
  budget: unknown,
  expenditure: unknown,
  profileName: unknown,
): Result<number> {
  const profile = findProfile(profileName);
  if (!profile.ok) return profile;
  return carryoverRate(carryover, budget, expenditure, profile.value);
}

const OP_WORDS: Record<Op, string> = { "≥": "≥", ">": ">", "≤": "≤", "<": "<", "=": "=" };

/**
 * 指标得分 of a quantitative indicator. The 指标性质 comes from the nature argument, else from the operator
 * folded into the target ("≥95%", "不高于150万元"), else ≥. A nature that contradicts the target's operator
 * is refused rather than guessed.
 */
export function scoreOf(
  actual: unknown,
  target: unknown,
  weight: unknown,
  nature: unknown,
  profileName: unknown,
): Result<number> {
  const profile = findProfile(profileName);
  if (!profile.ok) return profile;
  const natureOp = parseNature(nature);
  if (natureOp === undefined) {
    return fail("na", `未知的指标性质“${String(nature).trim()}”，应为 ≥、>、≤、<、= 之一（也可写 >=、<=、正向、反向）`);
  }
  if (natureOp === "qualitative") {
    return fail("value", "定性指标按等级打分，不能按数值计算：请用 JX.QUALBAND 查该等级的分数区间");
  }
  if (
    typeof actual === "number" &&
    typeof target === "number" &&
    typeof weight === "number" &&
    Number.isFinite(actual) &&
    Number.isFinite(target) &&
    weight >= 0 &&
    weight <= MAX_WEIGHT
  ) {
    // Plain numbers, the common case over large ranges: nothing to parse or reconcile.
    return ok(quantitativeScore(actual, target, weight, natureOp ?? "≥", profile.value.reverseMethod));
  }
  const w = weightOf(weight, null);
  if (!w.ok) return w;
  const t = targetOperand(target, "年度指标值");
  if (!t.ok) return t;
  const a = targetOperand(actual, "实际完成值");
  if (!a.ok) return a;
  const targetOp = t.value.op;
  if (
    natureOp &&
    targetOp &&
    direction(natureOp) !== direction(targetOp) &&
    direction(natureOp) !== "equal" &&
    direction(targetOp) !== "equal"
  ) {
    return fail("value", `指标性质“${OP_WORDS[natureOp]}”与年度指标值中的“${OP_WORDS[targetOp]}”相反，请核对`);
  }
  const op: Op = natureOp ?? targetOp ?? "≥";
  const both = commensurate(a.value, "实际完成值", t.value, "年度指标值");
  if (!both.ok) return both;
  const [actualValue, targetValue] = both.value;
  return ok(quantitativeScore(actualValue, targetValue, w.value, op, profile.value.reverseMethod));
}

/** 等级 of a total: 优 / 良 / 中 / 差 under the profile. */
export function gradeOfTotal(total: unknown, profileName: unknown): Result<string> {
  const profile = findProfile(profileName);
  if (!profile.ok) return profile;
  const t = operand(total, "总分");
  if (!t.ok) return t;
  const value = t.value.value;
  const max = profile.value.totalWeight;
  if (value < 0 || value > max) return fail("value", `总分 ${value} 应在 0 到 ${max} 之间`);
  return ok(gradeOf(value, profile.value).grade);
}

const LOWER = new Set(["下限", "最低", "最低分", "min", "low", "lower"]);
const UPPER = new Set(["上限", "最高", "最高分", "max", "high", "upper"]);

/** The lower or upper score of a qualitative grade's band for a 分值 (达成年度指标, 分值 10 → 8 to 10). */
export function qualBandOf(grade: unknown, weight: unknown, bound: unknown, profileName: unknown): Result<number> {
  const profile = findProfile(profileName);
  if (!profile.ok) return profile;
  if (typeof grade !== "string" || grade.trim() === "") {
    return fail(
      "value",
      `等级应为文字，如“达成年度指标”，实为 ${grade === null || grade === "" ? "空" : String(grade)}`,
    );
  }
  const band = bandOfGrade(grade, profile.value);
  if (!band) {
    const known = profile.value.qualitativeBands.map((b) => b.grade).join("、");
    return fail("na", `未知的定性等级“${grade.trim()}”，应为：${known}`);
  }
  const w = weightOf(weight, null);
  if (!w.ok) return w;
  const which = typeof bound === "string" ? bound.trim().toLowerCase() : "";
  const bounds = bandBounds(band, w.value);
  if (LOWER.has(which)) return ok(bounds.min);
  if (UPPER.has(which)) return ok(bounds.max);
  return fail("value", `第 3 个参数应为“下限”或“上限”，实为 ${bound === null || bound === "" ? "空" : String(bound)}`);
}

function indicatorKey(name: string): string {
  return name.replace(/[\s\u3000“”"'‘’「」]/g, "");
}

/** Score of a named common indicator (预算完成率, 在职人员控制率, 预算调整率 …) under the profile's rule. */
export function commonScoreOf(
  indicator: unknown,
  rate: unknown,
  weight: unknown,
  profileName: unknown,
): Result<number> {
  const profile = findProfile(profileName);
  if (!profile.ok) return profile;
  const rules = profile.value.commonIndicators;
  const key = typeof indicator === "string" ? indicatorKey(indicator) : "";
  const name = Object.keys(rules).find((k) => indicatorKey(k) === key);
  if (!name) {
    return fail(
      "na",
      `规则口径“${profile.value.name}”没有“${String(indicator ?? "").trim()}”的计分办法，可用：${Object.keys(rules).join("、")}`,
    );
  }
  const w = weightOf(weight, null);
  if (!w.ok) return w;
  const r = operand(rate, `${name}`);
  if (!r.ok) return r;
  const unit = r.value.unit;
  if (unit && unit.kind !== "percent")
    return fail("value", `${name}应为比率（如 95% 或 0.95），实为带单位“${unit.text}”的数`);
  if (!unit && Math.abs(r.value.value) >= 10) {
    return fail("value", `${name} ${r.value.value} 不像比率：若指 ${r.value.value}%，请写成 ${r.value.value}% 或小数`);
  }
  return ok(commonIndicatorScore(r.value.value, w.value, rules[name]!, profile.value));
}
