import { describe, expect, it } from "vitest";
import {
  carryoverRateOf,
  commonScoreOf,
  execScoreOf,
  gradeOfTotal,
  qualBandOf,
  scoreOf,
} from "../src/core/calculations";
import type { Result } from "../src/core/result";

function value<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`${r.code}: ${r.message}`);
  return r.value;
}
function failure<T>(r: Result<T>): { code: string; message: string } {
  if (r.ok) throw new Error(`expected a failure, got ${String(r.value)}`);
  return { code: r.code, message: r.message };
}

describe("JX.EXECSCORE: 预算执行率得分", () => {
  it("seed 000: 32,132.93 of 36,353.37 with the default 分值 10 → 8.84", () => {
    expect(value(execScoreOf(32132.93, 36353.37, null, null))).toBe(8.84);
    expect(value(execScoreOf("32,132.93", "36,353.37万元", "", ""))).toBe(8.84);
  });
  it("seed 002: fully executed → 10", () => {
    expect(value(execScoreOf(37364.61, 37364.61, 10, "national"))).toBe(10);
  });
  it("capped at the 分值 when over-executed", () => {
    expect(value(execScoreOf(120, 100, 5, null))).toBe(5);
  });
  it("tiered under common-framework: 88.39% of 10 → 6", () => {
    expect(value(execScoreOf(32132.93, 36353.37, 10, "common-framework"))).toBe(6);
  });
  it("errors: blank budget #DIV/0!, text #VALUE!, negative weight #VALUE!, unknown profile #N/A", () => {
    expect(failure(execScoreOf(1, null, null, null)).code).toBe("div0");
    expect(failure(execScoreOf("三万", 1, null, null))).toMatchObject({ code: "value" });
    expect(failure(execScoreOf("三万", 1, null, null)).message).toContain("全年执行数");
    expect(failure(execScoreOf(1, 2, -10, null)).message).toContain("分值 -10 应在 0 到 1000 之间");
    expect(failure(execScoreOf(1, 2, null, "beijing")).code).toBe("na");
  });
});

describe("JX.SCORE: 指标得分, with targets and actuals as accountants write them", () => {
  it("seed 000 矛盾纠纷化解率: 99.1% against ≥95%, 7 points → 7", () => {
    expect(value(scoreOf("99.1%", "≥95%", 7, null, null))).toBe(7);
    expect(value(scoreOf(0.991, "不低于95%", 7, null, null))).toBe(7);
  });
  it("seed 000 化解矛盾纠纷案件: 7,129 against 不少于2000件 → 7", () => {
    expect(value(scoreOf("7129件", "不少于2000件", 7, null, null))).toBe(7);
  });
  it("seed 000 采购应急处突装备: 1批 against 1批 → 7", () => {
    expect(value(scoreOf("1批", "1批", 7, null, null))).toBe(7);
  });
  it("a cost above 不高于150万元: ratio 5 × 150 ÷ 180 = 4.17; deviation (strict-local) 4.00", () => {
    expect(value(scoreOf("180万元", "不高于150万元", 5, null, null))).toBe(4.17);
    expect(value(scoreOf(180, "不高于150万元", 5, null, "strict-local"))).toBe(4);
    expect(value(scoreOf("1,800,000元", "不高于150万元", 5, null, null))).toBe(4.17);
  });
  it("the nature argument decides where the target has no operator", () => {
    expect(value(scoreOf(180, 150, 5, "≤", null))).toBe(4.17);
    expect(value(scoreOf(180, 150, 5, "<=", null))).toBe(4.17);
    expect(value(scoreOf(180, 150, 5, null, null))).toBe(5);
    expect(value(scoreOf(120, 150, 5, ">=", null))).toBe(4);
  });
  it("seed 000 群众办证效率提升率: 36% against 不低于40%, 7 points → 6.30", () => {
    expect(value(scoreOf("36%", "不低于40%", 7, "≥", null))).toBe(6.3);
  });
  it("rounding traps: 10 × 26.75% ÷ 100% = 2.675 → 2.68; 1 × 14.5% → 0.15", () => {
    expect(value(scoreOf(0.2675, 1, 10, null, null))).toBe(2.68);
    expect(value(scoreOf(0.145, 1, 1, null, null))).toBe(0.15);
  });
  it("a nature that contradicts the target's operator is refused, not guessed", () => {
    const f = failure(scoreOf(180, "不高于150万元", 5, "≥", null));
    expect(f.code).toBe("value");
    expect(f.message).toContain("相反");
  });
  it("errors: unknown nature #N/A, qualitative #VALUE!, blank target #VALUE!, percent against 90 #VALUE!", () => {
    expect(failure(scoreOf(1, 1, 5, "越大越妙", null)).code).toBe("na");
    expect(failure(scoreOf(1, 1, 5, "定性", null)).message).toContain("JX.QUALBAND");
    expect(failure(scoreOf(1, "", 5, null, null)).message).toContain("年度指标值为空");
    const pct = failure(scoreOf(90, "≥95%", 5, null, null));
    expect(pct.code).toBe("value");
    expect(pct.message).toContain("90%");
    expect(failure(scoreOf("215套", "1批", 7, null, null)).message).toContain("单位不一致");
    expect(failure(scoreOf(1, 1, "", null, null)).message).toContain("分值为空");
  });
});

describe("JX.GRADE", () => {
  it.each([
    [90.84, "优"],
    [89.999, "良"],
    ["80", "良"],
    [72, "中"],
    [59.5, "差"],
  ])("%s → %s", (total, grade) => {
    expect(value(gradeOfTotal(total, null))).toBe(grade);
  });
  it("refuses a total outside 0–100 and a blank one", () => {
    expect(failure(gradeOfTotal(101, null)).message).toContain("0 到 100");
    expect(failure(gradeOfTotal(-1, null)).code).toBe("value");
    expect(failure(gradeOfTotal("", null)).message).toContain("总分为空");
  });
});

describe("JX.QUALBAND", () => {
  it("达成年度指标 of 10: 8 to 10; 部分达成 of 20: 12 to 16 (national), 10 to 16 (strict-local)", () => {
    expect(value(qualBandOf("达成年度指标", 10, "下限", null))).toBe(8);
    expect(value(qualBandOf("达成年度指标", 10, "上限", null))).toBe(10);
    expect(value(qualBandOf("部分达成年度指标并具有一定效果", 20, "min", null))).toBe(12);
    expect(value(qualBandOf("部分达成", 20, "下限", "strict-local"))).toBe(10);
    expect(value(qualBandOf(" 部分达成 ", 20, "上限", null))).toBe(16);
  });
  it("unknown grade #N/A, missing bound #VALUE!", () => {
    expect(failure(qualBandOf("优秀", 10, "下限", null)).code).toBe("na");
    expect(failure(qualBandOf("达成", 10, null, null)).message).toContain("下限");
  });
});

describe("JX.COMMONSCORE", () => {
  it("预算完成率 92.8% of 5 under common-framework → 3 (GUIDE §3's example)", () => {
    expect(value(commonScoreOf("预算完成率", "92.8%", 5, "common-framework"))).toBe(3);
    expect(value(commonScoreOf("预算完成率", 0.928, 5, "common-framework"))).toBe(3);
  });
  it("“三公经费”控制率 written with quotes is found", () => {
    expect(value(commonScoreOf("“三公经费”控制率", 1.02, 5, "strict-local"))).toBe(3);
  });
  it("预算调整率 12% → 3 of 5 in steps", () => {
    expect(value(commonScoreOf("预算调整率", "12%", 5, "common-framework"))).toBe(3);
  });
  it("an indicator the profile does not score is #N/A naming the ones it does", () => {
    const f = failure(commonScoreOf("预算调整率", 0.12, 5, "national"));
    expect(f.code).toBe("na");
    expect(f.message).toContain("预算完成率");
  });
  it("a rate written as 95 is refused rather than read as 9500%", () => {
    expect(failure(commonScoreOf("预算完成率", 95, 5, null)).message).toContain("95%");
  });
});

describe("JX.CARRYOVERRATE", () => {
  it("seed 000: (36,353.37 − 32,132.93) ÷ 36,353.37 = 11.61%", () => {
    expect(Math.round(value(carryoverRateOf(4220.44, 36353.37, null, null)) * 10000) / 100).toBe(11.61);
  });
});
