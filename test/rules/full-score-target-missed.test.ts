import { describe, expect, it } from "vitest";
import { rule } from "../../src/core/checks/rules/full-score-target-missed";
import { rule as recomputed } from "../../src/core/checks/rules/score-recomputed";
import { baseSpec, baseWith, indicatorModel, ref, run, sampleModel } from "../helpers/indicator-model";

describe("full-score-target-missed", () => {
  it("accepts full scores where the targets are met (seed 000 too)", () => {
    expect(run(rule, indicatorModel(baseSpec()))).toEqual([]);
    expect(run(rule, sampleModel("000-honggutan-2022"))).toEqual([]);
  });

  it("reports 7 of 7 at 90% against ≥95%: the score is 6.63 (7 × 90% ÷ 95%)", () => {
    const findings = run(rule, baseWith(2, { target: "≥95%", unit: null, actual: "90%", weight: 7, score: 7 }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: "error",
      cell: "G12:I12",
      refs: [ref("I12"), ref("G12")],
      message:
        "矛盾纠纷化解率：实际完成值 90% 未达到年度指标值 ≥95%，不应得满分；得分应为 6.63 分（7 × 90% ÷ 95%），表中为 7 分",
      expected: 6.63,
      actual: 7,
      fix: { label: "把 I12 改为 6.63", writes: [{ sheet: "绩效自评表", row: 12, col: 9, value: 6.63, expected: 7 }] },
    });
  });

  it("reads percentages typed as numbers under a % column, and the target's % against a plain actual", () => {
    const typed = run(rule, baseWith(2, { actual: 90 }));
    expect(typed.map((f) => f.message)).toEqual([
      "矛盾纠纷化解率：实际完成值 90% 未达到年度指标值 ≥95%，不应得满分；得分应为 9.47 分（10 × 90% ÷ 95%），表中为 10 分",
    ]);
    const mixed = run(rule, baseWith(2, { target: "≥95%", actual: 90 }));
    expect(mixed.map((f) => f.expected)).toEqual([9.47]);
  });

  it("scores a missed ≤ target by ratio (national) or by deviation (strict-local)", () => {
    const model = baseWith(4, { actual: "180万元" });
    expect(run(rule, model).map((f) => [f.message, f.expected])).toEqual([
      [
        "装备采购成本：实际完成值 180万元 未达到年度指标值 ≤150万元，不应得满分；得分应为 8.33 分（10 × 150万元 ÷ 180万元），表中为 10 分",
        8.33,
      ],
    ]);
    expect(run(rule, model, "strict-local").map((f) => [f.message, f.expected])).toEqual([
      [
        "装备采购成本：实际完成值 180万元 未达到年度指标值 ≤150万元，不应得满分；得分应为 8 分（10 × (1 − (180万元 − 150万元) ÷ 150万元)），表中为 10 分",
        8,
      ],
    ]);
  });

  it("takes the operator from the target where the table has no 指标性质 column", () => {
    const model = baseWith(4, { target: "不高于150万元", actual: "180万元" }, { natureColumn: false });
    expect(run(rule, model).map((f) => [f.message, f.expected])).toEqual([
      [
        "装备采购成本：实际完成值 180万元 未达到年度指标值 ≤150万元，不应得满分；得分应为 8.33 分（10 × 150万元 ÷ 180万元），表中为 10 分",
        8.33,
      ],
    ]);
    // Without an operator anywhere, ≥ applies: 180万元 against 150万元 is met.
    expect(run(rule, baseWith(4, { actual: "180万元" }, { natureColumn: false }))).toEqual([]);
  });

  it("leaves the row to score-recomputed where the score is not full, and says nothing for a miss too small to show", () => {
    const below = baseWith(2, { actual: 90, score: 8 });
    expect(run(rule, below)).toEqual([]);
    expect(run(recomputed, below)).toHaveLength(1);
    expect(run(rule, baseWith(2, { actual: 94.999 }))).toEqual([]);
  });

  it("skips rows whose units disagree or whose 指标性质 contradicts the target", () => {
    expect(run(rule, baseWith(1, { target: "2000件", unit: null, actual: "1500人" }))).toEqual([]);
    expect(run(rule, baseWith(4, { nature: "≥", actual: "180万元" }))).toEqual([]);
  });
});
