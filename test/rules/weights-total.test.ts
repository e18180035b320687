import { describe, expect, it } from "vitest";
import { rule } from "../../src/core/checks/rules/weights-total";
import { baseSpec, baseWith, indicatorModel, ref, run, sampleModel } from "../helpers/indicator-model";

describe("weights-total", () => {
  it("accepts 10 + 50 + 30 + 10 = 100", () => {
    expect(run(rule, indicatorModel(baseSpec()))).toEqual([]);
  });

  it("reports seed 000's 95 (000-02): 10 + 35 + 40 + 10", () => {
    const findings = run(rule, sampleModel("000-honggutan-2022"));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      rule: "weights-total",
      severity: "error",
      cell: "H5:H17",
      message: "分值合计 95 分（预算执行率 10 分 + 各指标 85 分），不等于 100 分，少 5 分",
      expected: 100,
      actual: 95,
      fix: null,
    });
    expect(findings[0]!.refs).toEqual(
      ["H5", "H10", "H11", "H12", "H13", "H14", "H15", "H16", "H17"].map((a) => ref(a)),
    );
  });

  it("reports a total above 100 with the excess", () => {
    const findings = run(rule, baseWith(5, { weight: 17.5, score: 17.5 }));
    expect(findings.map((f) => [f.message, f.expected, f.actual])).toEqual([
      ["分值合计 102.50 分（预算执行率 10 分 + 各指标 92.50 分），不等于 100 分，多 2.50 分", 100, 102.5],
    ]);
  });

  it("counts the indicators alone where the funds block gives no 分值", () => {
    const spec = baseSpec();
    const findings = run(rule, indicatorModel({ ...spec, funds: { ...spec.funds, weight: null } }));
    expect(findings.map((f) => [f.cell, f.message])).toEqual([
      ["H10:H17", "各指标分值合计 90 分（表中未填预算执行率分值），不等于 100 分，少 10 分"],
    ]);
  });

  it("tolerates a difference within the score tolerance (0.1)", () => {
    expect(run(rule, baseWith(0, { weight: 10.05, score: 10.05 }))).toEqual([]);
    expect(run(rule, baseWith(0, { weight: 10.2, score: 10.2 }))).toHaveLength(1);
  });

  it("stays silent where a 分值 is blank or not a figure (the row's own rules report it)", () => {
    expect(run(rule, baseWith(0, { weight: null }))).toEqual([]);
    expect(run(rule, baseWith(0, { weight: "七分" }))).toEqual([]);
  });

  it("stays silent on a table without rows (seed 002: no indicators, another rule's finding)", () => {
    expect(run(rule, sampleModel("002-chenggong-2021"))).toEqual([]);
  });
});
