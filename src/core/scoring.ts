/**
 * Scoring of GUIDE §3: each rule a pure function of figures already read and brought to one scale.
 * Scores are rounded 四舍五入 to 2 decimals and always lie in [0, 分值].
 */
import { clean, div, mul, roundHalfUp, sub } from "./decimal";
import type { Op } from "./figures";
import type { CommonRule, GradeBand, Profile, QualitativeBand, RateRule } from "./profile-types";

function clampScore(score: number, weight: number): number {
  const s = roundHalfUp(score, 2);
  if (!(s > 0)) return 0;
  return s > weight ? weight : s;
}

/** Higher is better for ≥ and >, lower for ≤ and <; = is reached like ≥ (a target of 0 by 0 or less). */
export function direction(op: Op): "up" | "down" | "equal" {
  return op === "≤" || op === "<" ? "down" : op === "=" ? "equal" : "up";
}

/** Whether the actual meets the target (negative actuals count as 0). */
export function isMet(actual: number, target: number, op: Op): boolean {
  const a = actual < 0 ? 0 : clean(actual);
  const t = clean(target);
  switch (direction(op)) {
    case "up":
      return a >= t;
    case "down":
      return a <= t;
    case "equal":
      return t <= 0 ? a <= 0 : a >= t;
  }
}

/**
 * 指标得分 of a quantitative indicator.
 * ≥/>: met → 分值; below → 分值 × 实际 ÷ 目标.
 * ≤/<: met → 分值; above → ratio 分值 × 目标 ÷ 实际, or deviation 分值 × (1 − (实际 − 目标) ÷ 目标), floored at 0.
 * =: reaching the value is met; a target of 0 is met by 0 or less, and any other actual scores 0.
 */
export function quantitativeScore(
  actual: number,
  target: number,
  weight: number,
  op: Op,
  reverseMethod: Profile["reverseMethod"],
): number {
  if (!(weight > 0)) return 0;
  const a = actual < 0 ? 0 : clean(actual);
  if (isMet(a, target, op)) return weight;
  const t = clean(target);
  switch (direction(op)) {
    case "up":
    case "equal":
      // not met and target > 0 (for up, a target ≤ 0 is always met; for =, a target ≤ 0 missed scores 0)
      return t > 0 ? clampScore(div(mul(weight, a), t), weight) : 0;
    case "down":
      if (t <= 0) return 0;
      if (reverseMethod === "ratio") return clampScore(div(mul(weight, t), a), weight);
      return clampScore(mul(weight, sub(1, div(sub(a, t), t))), weight);
  }
}

/** 预算执行率得分 (or any rate scored like it) under a rate rule; negative rates count as 0. */
export function rateScore(rate: number, weight: number, rule: RateRule): number {
  if (!(weight > 0)) return 0;
  const r = rate < 0 ? 0 : clean(rate);
  if (rule.method === "proportional") return r >= 1 ? weight : clampScore(mul(r, weight), weight);
  if (r >= rule.full) return weight;
  const shortfallPoints = clean((rule.full - r) * 100);
  const steps = Math.floor(clean(shortfallPoints / rule.stepPoints));
  return clampScore(sub(weight, mul(steps, rule.deductPerStep)), weight);
}

/** Score of a named common indicator (预算完成率, 在职人员控制率, 预算调整率 …) from its rate. */
export function commonIndicatorScore(rate: number, weight: number, rule: CommonRule, profile: Profile): number {
  switch (rule.method) {
    case "proportional":
    case "tiered":
      return rateScore(rate, weight, rule);
    case "target":
      return quantitativeScore(rate, rule.target, weight, rule.op, profile.reverseMethod);
    case "perPointAbove": {
      if (!(weight > 0)) return 0;
      const over = clean((clean(rate) - rule.limit) * 100);
      if (over <= 0) return weight;
      const points = rule.wholePoints ? Math.floor(over) : over;
      return clampScore(sub(weight, mul(points, rule.deductPerPoint)), weight);
    }
    case "steps": {
      if (!(weight > 0)) return 0;
      const r = rate < 0 ? 0 : clean(rate);
      const step = rule.steps.find((s) => r <= s.upTo);
      return step ? clampScore(mul(weight, step.share), weight) : 0;
    }
  }
}

/** Whether an over-achievement needs a 偏差原因 (actual at or beyond the profile's multiple of the target). */
export function needsOverAchievementReason(actual: number, target: number, op: Op, profile: Profile): boolean {
  const at = profile.overAchievementReasonAt;
  if (at === null || direction(op) !== "up" || !(target > 0)) return false;
  return clean(actual) >= clean(target * at);
}

function normalize(text: string): string {
  return text.replace(/[\s\u3000]/g, "");
}

/** The qualitative band a grade names (its full wording or an alias), or undefined. */
export function bandOfGrade(grade: string, profile: Profile): QualitativeBand | undefined {
  const g = normalize(grade);
  return profile.qualitativeBands.find((b) => normalize(b.grade) === g || b.aliases.some((a) => normalize(a) === g));
}

/** The qualitative band a score falls in for its 分值: [min, max), the top band closed. */
export function bandOfScore(score: number, weight: number, profile: Profile): QualitativeBand | undefined {
  if (!(weight > 0)) return undefined;
  const share = clean(score / weight);
  const bands = [...profile.qualitativeBands].sort((a, b) => b.min - a.min);
  const top = bands[0];
  if (top && share > top.max) return undefined;
  return bands.find((b) => share >= b.min);
}

/** The score bounds of a qualitative band for a 分值, rounded to 2 decimals. */
export function bandBounds(band: QualitativeBand, weight: number): { readonly min: number; readonly max: number } {
  return { min: roundHalfUp(mul(weight, band.min), 2), max: roundHalfUp(mul(weight, band.max), 2) };
}

/** 等级 of the (unrounded) total: 优 ≥ 90, 良 80 to under 90, 中 60 to under 80, 差 under 60 by default. */
export function gradeOf(total: number, profile: Profile): GradeBand {
  const t = clean(total);
  return profile.grades.find((g) => t >= g.min) ?? profile.grades[profile.grades.length - 1]!;
}

/** The highest total the profile allows at an overall execution rate, or null where no cap applies. */
export function totalCap(execRate: number, profile: Profile): number | null {
  let cap: number | null = null;
  for (const c of profile.totalCaps) {
    if (clean(execRate) < c.execRateBelow && (cap === null || c.maxTotal < cap)) cap = c.maxTotal;
  }
  return cap;
}
