import { describe, expect, it } from "vitest";
import { rule } from "../../src/core/checks/rules/total-sum";
import { baseSpec, baseWith, indicatorModel, ref, run, sampleModel } from "../helpers/indicator-model";

describe("total-sum", () => {
  it("accepts 9.50 + 88 = 97.50, and seed 000's 8.84 + 82 = 90.84", () => {
    expect(run(rule, indicatorModel(baseSpec()))).toEqual([]);
    expect(run(rule, sampleModel("000-honggutan-2022"))).toEqual([]);
  });

  it("reports a total of 97 and fixes it to 97.50", () => {
    const findings = run(rule, indicatorModel({ ...baseSpec(), total: 97 }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: "error",
      cell: "I5:J18",
      refs: [ref("I18"), ref("J5"), ...[10, 11, 12, 13, 14, 15, 16, 17].map((r) => ref(`I${r}`))],
      message: "总分 97 分不等于预算执行率得分 9.50 分与各指标得分 88 分之和 97.50 分，少 0.50 分",
      expected: 97.5,
      actual: 97,
      fix: {
        label: "把 I18 改为 97.50",
        writes: [{ sheet: "绩效自评表", row: 18, col: 9, value: 97.5, expected: 97 }],
      },
    });
  });

  it("tolerates 0.1 and fills a blank total", () => {
    expect(run(rule, indicatorModel({ ...baseSpec(), total: 97.45 }))).toEqual([]);
    const blank = run(rule, indicatorModel({ ...baseSpec(), total: null }));
    expect(blank.map((f) => [f.message, f.expected, f.actual, f.fix?.writes[0]?.value])).toEqual([
      ["未填写总分，应为预算执行率得分 9.50 分与各指标得分 88 分之和 97.50 分", 97.5, null, 97.5],
    ]);
  });

  it("adds the indicators alone where there is no funds block", () => {
    const findings = run(rule, indicatorModel({ ...baseSpec(), funds: null }));
    expect(findings.map((f) => f.message)).toEqual(["总分 97.50 分不等于各指标得分合计 88 分，多 9.50 分"]);
  });

  it("stays silent where a score is blank or not a figure, or the form has no 总分", () => {
    expect(run(rule, baseWith(0, { score: null }))).toEqual([]);
    expect(run(rule, baseWith(0, { score: "十" }))).toEqual([]);
    const spec = baseSpec();
    expect(run(rule, indicatorModel({ ...spec, funds: { ...spec.funds, score: null } }))).toEqual([]);
    const { total: _total, ...noTotal } = spec;
    expect(run(rule, indicatorModel(noTotal))).toEqual([]);
  });
});
