import { describe, expect, it } from "vitest";
import { carryoverRate, changeRate, debtRatio, execRate, share } from "../src/core/formulas";
import { roundHalfUp } from "../src/core/decimal";
import { BUILT_IN_PROFILES, DEFAULT_PROFILE } from "../src/core/profile";
import type { Result } from "../src/core/result";

function value(r: Result<number>): number {
  if (!r.ok) throw new Error(r.message);
  return r.value;
}
const pct = (r: Result<number>) => roundHalfUp(value(r) * 100, 2);

describe("预算执行率, seed 000 (南昌市公安局红谷滩分局 2022)", () => {
  it("总体 32,132.93 ÷ 36,353.37 = 88.39%", () => {
    expect(pct(execRate(32132.93, 36353.37))).toBe(88.39);
    expect(pct(execRate("32,132.93", "36,353.37"))).toBe(88.39);
  });
  it("基本支出 15,478.81 ÷ 16,084.2 = 96.24%", () => {
    expect(pct(execRate(15478.81, 16084.2))).toBe(96.24);
  });
  it("项目支出 16,654.12 ÷ 20,269.17 = 82.16%", () => {
    expect(pct(execRate("16654.12万元", "20269.17万元"))).toBe(82.16);
  });
});

describe("预算执行率, seed 002 (昆明市公安局呈贡分局 2021)", () => {
  it("37,364.61 ÷ 37,364.61 = 100%", () => {
    expect(value(execRate(37364.61, 37364.61))).toBe(1);
  });
});

describe("资产负债率", () => {
  it("seed 000: 388.73 ÷ 17,467.49 = 2.23% (the report's 22.25% is wrong)", () => {
    expect(pct(debtRatio(388.73, 17467.49))).toBe(2.23);
    expect(pct(debtRatio(388.73, 17467.49))).not.toBe(22.25);
  });
  it("the guide's example: 250 ÷ 20,000 = 1.25%", () => {
    expect(pct(debtRatio(250, 20000))).toBe(1.25);
  });
  it("amounts in different units are brought to yuan", () => {
    expect(pct(debtRatio("3,887,300元", "17467.49万元"))).toBe(2.23);
  });
});

describe("占比 and 变动率", () => {
  it("seed 000: 流动资产 7.23%, 非流动资产 92.77%", () => {
    expect(pct(share(1262.54, 17467.49))).toBe(7.23);
    expect(pct(share(16204.96, 17467.49))).toBe(92.77);
  });
  it("seed 002: 化解率 1,793 ÷ 1,815 = 98.79%; 零发案 136 ÷ 174 = 78.16% (the report's 78.6% is wrong)", () => {
    expect(pct(share(1793, 1815))).toBe(98.79);
    expect(pct(share(136, 174))).toBe(78.16);
  });
  it("变动率 (本年 − 上年) ÷ 上年", () => {
    expect(pct(changeRate(269.35, 300))).toBe(-10.22);
    expect(pct(changeRate(120, 100))).toBe(20);
  });
});

describe("结转结余率 follows the profile's denominator", () => {
  it("divides by the budget by default", () => {
    expect(pct(carryoverRate(4220.44, 36353.37, null, DEFAULT_PROFILE))).toBe(11.61);
  });
  it("divides by the expenditure where the profile says so, and asks for it when missing", () => {
    const byExpenditure = { ...DEFAULT_PROFILE, carryoverBase: "expenditure" as const };
    expect(pct(carryoverRate(4220.44, 36353.37, 32132.93, byExpenditure))).toBe(13.13);
    const missing = carryoverRate(4220.44, 36353.37, null, byExpenditure);
    expect(missing.ok).toBe(false);
    expect(!missing.ok && missing.message).toContain("支出完成数");
  });
  it("every built-in profile says which denominator it uses", () => {
    for (const p of BUILT_IN_PROFILES) expect(["budget", "expenditure"]).toContain(p.carryoverBase);
  });
});

describe("a zero or blank denominator is #DIV/0!, text that is not a figure is #VALUE!", () => {
  it.each([0, "", null, "—", "0.00", "  "])("budget %j → div0", (budget) => {
    const r = execRate(100, budget);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.code).toBe("div0");
  });
  it("names the argument that is not a figure", () => {
    const r = execRate("约三万", 100);
    expect(!r.ok && r.code).toBe("value");
    expect(!r.ok && r.message).toContain("全年执行数");
  });
  it("refuses to divide money by a percentage", () => {
    const r = share("95%", "100万元");
    expect(!r.ok && r.code).toBe("value");
    expect(!r.ok && r.message).toContain("单位不一致");
  });
  it("never returns NaN or Infinity", () => {
    for (const [a, b] of [
      [1e308, 1e-308],
      [Number.NaN, 1],
      [1, Number.POSITIVE_INFINITY],
    ] as const) {
      const r = execRate(a, b);
      if (r.ok) expect(Number.isFinite(r.value)).toBe(true);
    }
  });
});
