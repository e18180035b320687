import { describe, expect, it } from "vitest";
import { rule } from "../../src/core/checks/rules/score-recomputed";
import { baseSpec, baseWith, indicatorModel, ref, run, sampleModel } from "../helpers/indicator-model";

describe("score-recomputed", () => {
  it("accepts scores that follow the profile (base table, seed 000)", () => {
    expect(run(rule, indicatorModel(baseSpec()))).toEqual([]);
    expect(run(rule, sampleModel("000-honggutan-2022"))).toEqual([]);
  });

  it("reports 6 for 1,500 against ≥2,000件 of 10: the score is 7.50", () => {
    const findings = run(rule, baseWith(1, { actual: 1500, score: 6, reason: "部分纠纷转入诉讼" }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: "error",
      cell: "G11:I11",
      refs: [ref("I11"), ref("G11")],
      message:
        "化解矛盾纠纷案件：按年度指标值 ≥2,000件、实际完成值 1,500件，得分应为 7.50 分（10 × 1,500件 ÷ 2,000件），表中为 6 分，少 1.50 分",
      expected: 7.5,
      actual: 6,
      fix: { label: "把 I11 改为 7.50", writes: [{ sheet: "绩效自评表", row: 11, col: 9, value: 7.5, expected: 6 }] },
    });
  });

  it("tolerates a difference within the score tolerance (0.1)", () => {
    expect(run(rule, baseWith(1, { actual: 1500, score: 7.45 }))).toEqual([]);
    expect(run(rule, baseWith(1, { actual: 1500, score: 7.39 }))).toHaveLength(1);
  });

  it("counts a negative actual as 0", () => {
    const findings = run(rule, baseWith(1, { actual: -5, score: 3 }));
    expect(findings.map((f) => [f.message, f.expected])).toEqual([
      [
        "化解矛盾纠纷案件：按年度指标值 ≥2,000件、实际完成值 -5件，得分应为 0 分（实际完成值为负，按 0 计，得 0 分），表中为 3 分，多 3 分",
        0,
      ],
    ]);
  });

  it("scores a missed ≤ target under the profile's reverse method", () => {
    const model = baseWith(4, { actual: "180万元", score: 5 });
    expect(run(rule, model).map((f) => f.message)).toEqual([
      "装备采购成本：按年度指标值 ≤150万元、实际完成值 180万元，得分应为 8.33 分（10 × 150万元 ÷ 180万元），表中为 5 分，少 3.33 分",
    ]);
    expect(run(rule, model, "strict-local").map((f) => f.expected)).toEqual([8]);
  });

  it("reads 全覆盖 as ≥100%", () => {
    const findings = run(rule, baseWith(2, { target: "全覆盖", unit: null, actual: "80%", score: 5 }));
    expect(findings.map((f) => f.message)).toEqual([
      "矛盾纠纷化解率：按年度指标值 ≥100%、实际完成值 80%，得分应为 8 分（10 × 80% ÷ 100%），表中为 5 分，少 3 分",
    ]);
  });

  it("skips qualitative rows and rows that cannot be read as figures", () => {
    expect(run(rule, baseWith(6, { score: 2 }))).toEqual([]);
    expect(run(rule, baseWith(1, { actual: "2000多件", score: 2 }))).toEqual([]);
    expect(run(rule, baseWith(2, { target: "≥95%", unit: null, actual: 93, score: 2 }))).toEqual([]);
    expect(run(rule, baseWith(1, { nature: "越大越好", score: 2 }))).toEqual([]);
  });
});
