import { describe, expect, it } from "vitest";
import { rule } from "../../src/core/checks/rules/reason-required";
import {
  baseSpec,
  baseWith,
  indicatorModel,
  profile,
  ref,
  run,
  sampleModel,
  withSettings,
  type BudgetSpec,
} from "../helpers/indicator-model";

describe("reason-required", () => {
  it("accepts the base table (the one score below full has its reason)", () => {
    expect(run(rule, indicatorModel(baseSpec()))).toEqual([]);
  });

  it("on seed 000 warns of 7,129 against 2,000 (356.45%) without a reason (000-04), and nothing else", () => {
    const findings = run(rule, sampleModel("000-honggutan-2022"));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      rule: "reason-required",
      severity: "warning",
      cell: "G11:J11",
      refs: [ref("J11"), ref("G11")],
      message:
        "化解矛盾纠纷案件：实际完成值 7,129件 为年度指标值 2,000件 的 356.45%，达到 130% 以上，应在偏差原因分析及改进措施中说明原因",
      expected: 2000,
      actual: 7129,
      fix: null,
    });
  });

  it("requires a reason for a score below full (error); “无” is no reason", () => {
    for (const reason of [null, "无", " "]) {
      const findings = run(rule, baseWith(6, { reason }));
      expect(findings.map((f) => [f.severity, f.cell, f.message, f.expected, f.actual])).toEqual([
        [
          "error",
          "I16:J16",
          "持续推进放管服改革：得分 13 分低于分值 15 分（少 2 分），未填写偏差原因分析及改进措施",
          15,
          13,
        ],
      ]);
    }
    const off = withSettings(profile("national"), {
      reasons: { belowFullScore: false, execRateBelow: null, maxLength: null },
    });
    expect(run(rule, baseWith(6, { reason: null }), off)).toEqual([]);
  });

  it("warns from 130% of a ≥ target on, not below it, and not for ≤ or qualitative rows", () => {
    expect(run(rule, baseWith(1, { actual: 2600 })).map((f) => f.severity)).toEqual(["warning"]);
    expect(run(rule, baseWith(1, { actual: 2599 }))).toEqual([]);
    expect(run(rule, baseWith(4, { actual: "10万元" }))).toEqual([]);
    expect(run(rule, baseWith(1, { actual: 2600, reason: "年内专项行动集中排查，目标偏低" }))).toEqual([]);
  });

  it("compares amounts in different money units, and gives the figures as the cells state them", () => {
    const findings = run(rule, baseWith(4, { nature: "≥", target: "100万元", actual: "2000000元" }));
    expect(findings.map((f) => [f.message, f.expected, f.actual])).toEqual([
      [
        "装备采购成本：实际完成值 2,000,000元 为年度指标值 100万元 的 200.00%，达到 130% 以上，应在偏差原因分析及改进措施中说明原因",
        100,
        2000000,
      ],
    ]);
  });

  it("says once, as a warning, where a table has no reason column (the form gives no place for one)", () => {
    const findings = run(rule, indicatorModel({ ...baseSpec(), reasonColumn: false }));
    expect(findings.map((f) => [f.severity, f.cell, f.message])).toEqual([
      ["warning", "I16", "表中没有“偏差原因分析及改进措施”列：持续推进放管服改革得分低于分值，应另作说明"],
    ]);
  });

  describe("an execution rate under the profile's threshold (strict-local: 90%)", () => {
    const budget = (reason: string | null): BudgetSpec[] => [
      ["基本支出", 400, 390, 0.975, null],
      ["项目支出", 600, 460, 0.7667, reason],
      ["合计", 1000, 850, 0.85, null],
    ];
    const spec = {
      ...baseSpec(),
      funds: { budget: 1000, executed: 850, weight: 10, rate: 0.85, score: 8.5 },
      total: 96.5,
    };

    it("needs a 未执行原因 on the 合计 or 项目支出 row", () => {
      const findings = run(rule, indicatorModel({ ...spec, budget: budget(null) }), "strict-local");
      expect(findings).toHaveLength(1);
      expect(findings[0]).toMatchObject({
        severity: "error",
        message: "预算执行率 85.00% 低于 90%，应说明原因；预算执行情况表的合计、项目支出行均未填写未执行原因",
        expected: 0.9,
        actual: 0.85,
        refs: [ref("I5"), ref("E5", "预算执行情况"), ref("E6", "预算执行情况")],
      });
      expect(
        run(rule, indicatorModel({ ...spec, budget: budget("部分项目受疫情影响未实施") }), "strict-local"),
      ).toEqual([]);
    });

    it("reports a missing budget table, and nothing under a profile that asks for no reason", () => {
      expect(run(rule, indicatorModel(spec), "strict-local").map((f) => f.message)).toEqual([
        "预算执行率 85.00% 低于 90%，应说明原因；未找到预算执行情况表，未说明未执行原因",
      ]);
      expect(run(rule, indicatorModel(spec), "national")).toEqual([]);
    });
  });
});
