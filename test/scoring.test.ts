import { describe, expect, it } from "vitest";
import {
  bandBounds,
  bandOfGrade,
  bandOfScore,
  commonIndicatorScore,
  gradeOf,
  isMet,
  needsOverAchievementReason,
  quantitativeScore,
  rateScore,
  totalCap,
} from "../src/core/scoring";
import { findProfile } from "../src/core/profile";
import type { Profile } from "../src/core/profile-types";

function profile(id: string): Profile {
  const r = findProfile(id);
  if (!r.ok) throw new Error(r.message);
  return r.value;
}
const national = profile("national");
const common = profile("common-framework");
const strict = profile("strict-local");

describe("预算执行率得分 (national: min(rate, 100%) × 分值)", () => {
  it("seed 000: 88.39% of 10 → 8.84", () => {
    expect(rateScore(32132.93 / 36353.37, 10, national.execution)).toBe(8.84);
  });
  it("seed 002: 100% of 10 → 10", () => {
    expect(rateScore(1, 10, national.execution)).toBe(10);
  });
  it("is capped at the weight above 100%", () => {
    expect(rateScore(1.25, 10, national.execution)).toBe(10);
  });
  it("counts a negative rate as 0", () => {
    expect(rateScore(-0.2, 10, national.execution)).toBe(0);
  });
  it("rounds half up: 88.385% of 10 → 8.84", () => {
    expect(rateScore(0.88385, 10, national.execution)).toBe(8.84);
  });
});

describe("tiered 预算完成率 (common-framework: 2 points off per complete 5 points below 100%)", () => {
  const tiered = common.commonIndicators["预算完成率"]!;
  it.each([
    [1, 5],
    [0.95, 3],
    [0.928, 3],
    [0.9, 1],
    [0.899, 1],
    [0.85, 0],
    [0.5, 0],
  ])("%s of 5 → %s", (rate, expected) => {
    expect(commonIndicatorScore(rate, 5, tiered, common)).toBe(expected);
  });
  it("the execution score of this profile is tiered too: 88.39% of 10 → 6 (two complete steps)", () => {
    expect(rateScore(0.8839, 10, common.execution)).toBe(6);
  });
});

describe("控制率 per point above 100%", () => {
  it("common-framework: 0.5 per complete point (103.6% of 5 → 3.5)", () => {
    expect(commonIndicatorScore(1.036, 5, common.commonIndicators["在职人员控制率"]!, common)).toBe(3.5);
  });
  it("strict-local: 1 per complete point (103.6% of 5 → 2)", () => {
    expect(commonIndicatorScore(1.036, 5, strict.commonIndicators["三公经费控制率"]!, strict)).toBe(2);
  });
  it("full at or under 100%, never below 0", () => {
    const rule = strict.commonIndicators["公用经费控制率"]!;
    expect(commonIndicatorScore(0.97, 5, rule, strict)).toBe(5);
    expect(commonIndicatorScore(1, 5, rule, strict)).toBe(5);
    expect(commonIndicatorScore(1.5, 5, rule, strict)).toBe(0);
  });
  it("national: ≤ 100% by the general rule (110% of 5 → 5 × 100 ÷ 110 = 4.55)", () => {
    expect(commonIndicatorScore(1.1, 5, national.commonIndicators["在职人员控制率"]!, national)).toBe(4.55);
  });
});

describe("stepped 预算调整率 (0 → full; ≤10% → 4/5; ≤20% → 3/5; ≤30% → 2/5; above → 0)", () => {
  const rule = common.commonIndicators["预算调整率"]!;
  it.each([
    [0, 5],
    [0.05, 4],
    [0.1, 4],
    [0.15, 3],
    [0.2, 3],
    [0.3, 2],
    [0.31, 0],
  ])("%s of 5 → %s", (rate, expected) => {
    expect(commonIndicatorScore(rate, 5, rule, common)).toBe(expected);
  });
});

describe("quantitative indicators", () => {
  it("≥: met → full (seed 000 矛盾纠纷化解率 99.1% against ≥95%, 7 points)", () => {
    expect(quantitativeScore(0.991, 0.95, 7, "≥", "ratio")).toBe(7);
  });
  it("≥: missed → 分值 × 实际 ÷ 目标 (36% against ≥40%, 7 points → 6.30)", () => {
    expect(quantitativeScore(0.36, 0.4, 7, "≥", "ratio")).toBe(6.3);
  });
  it("≤ within target → full (采购成本 148 against 不高于150万元)", () => {
    expect(quantitativeScore(148, 150, 5, "≤", "ratio")).toBe(5);
  });
  it("≤ above target, ratio method: 5 × 150 ÷ 180 = 4.17", () => {
    expect(quantitativeScore(180, 150, 5, "≤", "ratio")).toBe(4.17);
  });
  it("≤ above target, deviation method: 5 × (1 − 30 ÷ 150) = 4.00, floored at 0", () => {
    expect(quantitativeScore(180, 150, 5, "≤", "deviation")).toBe(4);
    expect(quantitativeScore(400, 150, 5, "≤", "deviation")).toBe(0);
  });
  it("=: reaching the value is met; a target of 0 is met by 0 or less", () => {
    expect(quantitativeScore(1, 1, 7, "=", "ratio")).toBe(7);
    expect(quantitativeScore(0, 0, 5, "=", "ratio")).toBe(5);
    expect(quantitativeScore(2, 0, 5, "=", "ratio")).toBe(0);
    expect(isMet(-1, 0, "=")).toBe(true);
  });
  it("negative actuals count as 0", () => {
    expect(quantitativeScore(-5, 100, 10, "≥", "ratio")).toBe(0);
    expect(quantitativeScore(-5, 100, 10, "≤", "ratio")).toBe(10);
  });
  it("rounds half up to 2 decimals: 7 × 0.3825 ÷ 0.4 = 6.69375 → 6.69; 10 × 0.26675 ÷ 1 → 2.67 (2.6675)", () => {
    expect(quantitativeScore(0.3825, 0.4, 7, "≥", "ratio")).toBe(6.69);
    expect(quantitativeScore(0.26675, 1, 10, "≥", "ratio")).toBe(2.67);
    expect(quantitativeScore(0.2675, 1, 10, "≥", "ratio")).toBe(2.68);
  });
  it("a weight of 0 scores 0", () => {
    expect(quantitativeScore(1, 1, 0, "≥", "ratio")).toBe(0);
  });
});

describe("over-achievement needs a 偏差原因 at 130% of target (seed 000: 7,129 化解 against 不少于2000件)", () => {
  it("flags 7,129 against 2,000", () => {
    expect(needsOverAchievementReason(7129, 2000, "≥", national)).toBe(true);
  });
  it("does not flag 120%, nor lower-is-better indicators", () => {
    expect(needsOverAchievementReason(2400, 2000, "≥", national)).toBe(false);
    expect(needsOverAchievementReason(10, 150, "≤", national)).toBe(false);
  });
  it("flags nothing when the profile turns it off", () => {
    expect(needsOverAchievementReason(7129, 2000, "≥", { ...national, overAchievementReasonAt: null })).toBe(false);
  });
});

describe("qualitative bands", () => {
  it("national 80/60: 达成 8–10, 部分达成 6–8, 未达成 0–6 of 10", () => {
    expect(bandBounds(bandOfGrade("达成年度指标", national)!, 10)).toEqual({ min: 8, max: 10 });
    expect(bandBounds(bandOfGrade("部分达成年度指标并具有一定效果", national)!, 10)).toEqual({ min: 6, max: 8 });
    expect(bandBounds(bandOfGrade("未达成", national)!, 10)).toEqual({ min: 0, max: 6 });
  });
  it("strict-local 80/50: 部分达成 5–8 of 10", () => {
    expect(bandBounds(bandOfGrade("部分达成", strict)!, 10)).toEqual({ min: 5, max: 8 });
  });
  it("a score falls in [min, max), the top band closed", () => {
    expect(bandOfScore(10, 10, national)?.grade).toBe("达成年度指标");
    expect(bandOfScore(8, 10, national)?.grade).toBe("达成年度指标");
    expect(bandOfScore(7.99, 10, national)?.grade).toBe("部分达成年度指标并具有一定效果");
    expect(bandOfScore(5.5, 10, strict)?.grade).toBe("部分达成年度指标并具有一定效果");
    expect(bandOfScore(5.5, 10, national)?.grade).toBe("未达成年度指标且效果较差");
    expect(bandOfScore(11, 10, national)).toBeUndefined();
  });
  it("seed 000 可持续影响: 17 of 20 is 达成 (85%), though the text says 90% of the target", () => {
    expect(bandOfScore(17, 20, national)?.grade).toBe("达成年度指标");
  });
});

describe("等级 of the unrounded total", () => {
  it.each([
    [100, "优"],
    [90, "优"],
    [89.995, "良"],
    [80, "良"],
    [79.99, "中"],
    [60, "中"],
    [59.99, "差"],
    [0, "差"],
  ])("%s → %s", (total, grade) => {
    expect(gradeOf(total, national).grade).toBe(grade);
  });
});

describe("caps on the total by the execution rate", () => {
  it("none in the national profile", () => {
    expect(totalCap(0.5, national)).toBeNull();
  });
  it("strict-local: under 80% → at most 89 points", () => {
    expect(totalCap(0.79, strict)).toBe(89);
    expect(totalCap(0.8, strict)).toBeNull();
  });
});
