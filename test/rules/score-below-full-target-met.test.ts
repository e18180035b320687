import { describe, expect, it } from "vitest";
import { rule } from "../../src/core/checks/rules/score-below-full-target-met";
import { rule as recomputed } from "../../src/core/checks/rules/score-recomputed";
import { baseSpec, baseWith, indicatorModel, ref, run } from "../helpers/indicator-model";

describe("score-below-full-target-met", () => {
  it("accepts met targets scored full", () => {
    expect(run(rule, indicatorModel(baseSpec()))).toEqual([]);
  });

  it("warns of 9 of 10 for 2,100 against ≥2,000件, and fixes to the full score", () => {
    const model = baseWith(1, { score: 9, reason: "按考核办法扣 1 分" });
    const findings = run(rule, model);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: "warning",
      cell: "G11:I11",
      refs: [ref("I11"), ref("G11")],
      message:
        "化解矛盾纠纷案件：实际完成值 2,100件 已达到年度指标值 ≥2,000件，得分应为满分 10 分，表中为 9 分，少 1 分",
      expected: 10,
      actual: 9,
      fix: { label: "把 I11 改为 10", writes: [{ sheet: "绩效自评表", row: 11, col: 9, value: 10, expected: 9 }] },
    });
    expect(run(recomputed, model)).toEqual([]);
  });

  it("counts a ≤ target met from below, and = reached exactly", () => {
    expect(run(rule, baseWith(4, { score: 8 })).map((f) => f.expected)).toEqual([10]);
    expect(run(rule, baseWith(0, { score: 5 })).map((f) => f.actual)).toEqual([5]);
  });

  it("tolerates a shortfall within the score tolerance", () => {
    expect(run(rule, baseWith(1, { score: 9.95 }))).toEqual([]);
  });
});
