import { describe, expect, it } from "vitest";
import { rule } from "../../src/core/checks/rules/execution-score";
import { indicatorModel, ref, run, sampleModel, type FundsSpec } from "../helpers/indicator-model";

const seed: FundsSpec = { budget: 36353.37, executed: 32132.93, weight: 10, rate: 0.8839, score: 8.84 };
const model = (funds: Partial<FundsSpec>) => indicatorModel({ funds: { ...seed, ...funds }, rows: [] });

describe("execution-score", () => {
  it("accepts seed 000's 88.39% and 8.84 (32,132.93 ÷ 36,353.37 = 88.3905%; 10 × 88.39% = 8.84)", () => {
    expect(run(rule, model({}))).toEqual([]);
    expect(run(rule, sampleModel("000-honggutan-2022"))).toEqual([]);
    expect(run(rule, sampleModel("002-chenggong-2021"))).toEqual([]);
  });

  it("reports a stated rate of 80% and fixes it to 88.39%", () => {
    const findings = run(rule, model({ rate: 0.8 }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: "error",
      cell: "I5",
      refs: [ref("I5")],
      message: "执行率应为 88.39%（全年执行数 32,132.93 ÷ 全年预算数 36,353.37），表中为 80.00%，相差 8.39 个百分点",
      actual: 0.8,
      fix: {
        label: "把 I5 改为 88.39%",
        writes: [{ sheet: "绩效自评表", row: 5, col: 9, value: 0.8839, expected: 0.8 }],
      },
    });
    expect(findings[0]!.expected).toBeCloseTo(0.88390512, 8);
  });

  it("tolerates 0.05 percentage points, and 88.39 typed without % only in a cell not formatted as a percentage", () => {
    expect(run(rule, model({ rate: 0.8843 }))).toEqual([]);
    expect(run(rule, model({ rate: 0.8845 }))).toHaveLength(1);
    expect(run(rule, model({ rate: 88.39, rateFormat: "General" }))).toEqual([]);
    expect(run(rule, model({ rate: "88.39%", rateFormat: "General" }))).toEqual([]);
    const asPercent = run(rule, model({ rate: 88.39 }));
    expect(asPercent.map((f) => f.message)).toEqual([
      "执行率应为 88.39%（全年执行数 32,132.93 ÷ 全年预算数 36,353.37），表中为 8,839.00%，相差 8,750.61 个百分点",
    ]);
  });

  it("fixes a rate typed as points in the cell's own convention", () => {
    const findings = run(rule, model({ rate: 80, rateFormat: "General" }));
    expect(findings.map((f) => [f.message, f.actual, f.fix?.writes[0]?.value])).toEqual([
      [
        "执行率应为 88.39%（全年执行数 32,132.93 ÷ 全年预算数 36,353.37），表中为 80（按百分数读作 80%），相差 8.39 个百分点",
        0.8,
        88.39,
      ],
    ]);
  });

  it("reports a score of 9 and fixes it to 8.84", () => {
    const findings = run(rule, model({ score: 9 }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      cell: "J5",
      message: "预算执行率得分应为 8.84 分（分值 10 × 执行率 88.39%），表中为 9 分，多 0.16 分",
      expected: 8.84,
      actual: 9,
      fix: { label: "把 J5 改为 8.84", writes: [{ sheet: "绩效自评表", row: 5, col: 10, value: 8.84, expected: 9 }] },
    });
  });

  it("caps the rate at 100% (national) and deducts by steps (common-framework)", () => {
    const over = run(rule, model({ budget: 1000, executed: 1050, rate: 1.05, score: 10.5 }));
    expect(over.map((f) => f.message)).toEqual([
      "预算执行率得分应为 10 分（分值 10 × 100%，执行率 105.00% 超过 100% 按 100% 计），表中为 10.50 分，多 0.50 分",
    ]);
    const tiered = run(
      rule,
      model({ budget: 1000, executed: 928, weight: 5, rate: 0.928, score: 5 }),
      "common-framework",
    );
    expect(tiered.map((f) => [f.message, f.expected])).toEqual([
      ["预算执行率得分应为 3 分（执行率 92.80%，低于 100% 每满 5 个百分点扣 2 分），表中为 5 分，多 2 分", 3],
    ]);
  });

  it("fills a blank score, and scores the stated rate where the amounts are missing", () => {
    expect(run(rule, model({ score: null })).map((f) => [f.message, f.fix?.writes[0]?.value])).toEqual([
      ["未填写预算执行率得分，应为 8.84 分（分值 10 × 执行率 88.39%）", 8.84],
    ]);
    expect(run(rule, model({ budget: null, executed: null, rate: 0.9, score: 8 })).map((f) => f.message)).toEqual([
      "预算执行率得分应为 9 分（分值 10 × 执行率 90.00%），表中为 8 分，少 1 分",
    ]);
  });

  it("says nothing over a zero budget (another rule reports the zero denominator)", () => {
    expect(run(rule, model({ budget: 0, executed: 0, rate: null, score: null }))).toEqual([]);
    expect(run(rule, indicatorModel({ funds: null, rows: [] }))).toEqual([]);
  });
});
