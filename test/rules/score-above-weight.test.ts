import { describe, expect, it } from "vitest";
import { rule } from "../../src/core/checks/rules/score-above-weight";
import { rule as fullMissed } from "../../src/core/checks/rules/full-score-target-missed";
import { rule as recomputed } from "../../src/core/checks/rules/score-recomputed";
import { baseSpec, baseWith, indicatorModel, ref, run } from "../helpers/indicator-model";

describe("score-above-weight", () => {
  it("accepts scores at or under their 分值", () => {
    expect(run(rule, indicatorModel(baseSpec()))).toEqual([]);
  });

  it("reports 7.50 of 7 on a met row, with the fix writing the full score", () => {
    const findings = run(rule, baseWith(0, { weight: 7, score: 7.5 }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: "error",
      cell: "H10:I10",
      refs: [ref("I10"), ref("H10")],
      message:
        "采购应急处突装备：得分 7.50 分高于分值 7 分，超出 0.50 分；按年度指标值 1批、实际完成值 1批，已达成，应得满分 7 分",
      expected: 7,
      actual: 7.5,
      fix: { label: "把 I10 改为 7", writes: [{ sheet: "绩效自评表", row: 10, col: 9, value: 7, expected: 7.5 }] },
    });
  });

  it("on a missed row fixes to the recomputed score, and the other score rules leave the cell to it", () => {
    const model = baseWith(1, { actual: 1500, score: 11 });
    const findings = run(rule, model);
    expect(findings.map((f) => [f.message, f.expected, f.fix?.writes[0]?.value])).toEqual([
      [
        "化解矛盾纠纷案件：得分 11 分高于分值 10 分，超出 1 分；按年度指标值 ≥2,000件、实际完成值 1,500件，得分应为 7.50 分（10 × 1,500件 ÷ 2,000件）",
        7.5,
        7.5,
      ],
    ]);
    expect(run(fullMissed, model)).toEqual([]);
    expect(run(recomputed, model)).toEqual([]);
  });

  it("reports a qualitative row without a fix (the band, not a formula, decides)", () => {
    const findings = run(rule, baseWith(5, { score: 16 }));
    expect(findings.map((f) => [f.message, f.expected, f.actual, f.fix])).toEqual([
      ["维护隔离点秩序稳定：得分 16 分高于分值 15 分，超出 1 分", 15, 16, null],
    ]);
  });

  it("reports any excess, however small, with the decimals it has", () => {
    const findings = run(rule, baseWith(5, { score: 15.001 }));
    expect(findings.map((f) => f.message)).toEqual(["维护隔离点秩序稳定：得分 15.001 分高于分值 15 分，超出 0.001 分"]);
  });

  it("skips a score that is not a figure", () => {
    expect(run(rule, baseWith(5, { score: "满分" }))).toEqual([]);
  });
});
