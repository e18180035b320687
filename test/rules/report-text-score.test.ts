import { describe, expect, it } from "vitest";
import { rule } from "../../src/core/checks/rules/report-text-score";
import { DEFAULT_PROFILE } from "../../src/core/profile";
import { reportModel } from "../helpers/report-model";

const INDICATORS = [
  {
    一级指标: "效益指标",
    二级指标: "可持续性影响指标",
    三级指标: "持续推进放管服改革",
    指标性质: "定性",
    分值: 20,
    得分: 17,
  },
];

function check(...paragraphs: string[]) {
  return rule.check(reportModel({ paragraphs, indicators: INDICATORS }), { profile: DEFAULT_PROFILE });
}

const HEADING = "1、可持续性影响指标（持续推进放管服改革，指标分数 20 分，实际得分 17 分）";

describe("report-text-score", () => {
  it("seed 000-06: 90% stated for 17 of 20 (85%), in the paragraph after the heading", () => {
    const found = check(HEADING, "通过以上措施，在持续推进放管服改革取得明显效果……完成年度绩效指标值的90%。");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      rule: "report-text-score",
      severity: "warning",
      cell: "A2",
      expected: 0.85,
      actual: 0.9,
    });
    expect(found[0]!.message).toBe(
      "持续推进放管服改革：报告称完成年度绩效指标值的 90%，但指标分数 20 分、实际得分 17 分，得分率为 85%，两者不一致（按 90% 应得 18 分）。",
    );
    expect(found[0]!.refs.map((r) => `${r.sheet}!${r.row}:${r.col}`)).toEqual([
      "自评报告!2:1",
      "自评报告!1:1",
      "绩效自评表!10:9",
    ]);
  });

  it("85% for 17 of 20, in the same paragraph: nothing", () => {
    expect(check(`${HEADING}：……完成年度绩效指标值的 85%。`)).toEqual([]);
  });

  it("a full score with 100% is consistent whatever the actual (the reports cap at 100%)", () => {
    expect(
      check(
        "(2) 化解矛盾纠纷案件（指标分数 7 分，实际得分 7 分）：全年排查矛盾纠纷 7194 起，完成年度绩效指标值的 100%。",
      ),
    ).toEqual([]);
  });

  it("a body stops at the next heading", () => {
    expect(check(HEADING, "2、社会满意度指标（指标分数10分，实际得分10分）", "完成年度绩效指标值的100%。")).toEqual([]);
  });

  it("works without the indicator table (the text's own figures)", () => {
    const model = reportModel({
      paragraphs: ["(1) 某指标（指标分数 10 分，实际得分 6 分）：完成年度绩效指标值的 80%。"],
    });
    const [f] = rule.check(model, { profile: DEFAULT_PROFILE });
    expect(f).toMatchObject({ cell: "A1", expected: 0.6, actual: 0.8 });
  });
});
