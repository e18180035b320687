import { describe, expect, it } from "vitest";
import { rule } from "../../src/core/checks/rules/report-score-grade";
import { DEFAULT_PROFILE } from "../../src/core/profile";
import { reportModel } from "../helpers/report-model";

function check(...paragraphs: string[]) {
  return rule.check(reportModel({ paragraphs }), { profile: DEFAULT_PROFILE });
}

describe("report-score-grade", () => {
  it("85 分 is 良, not 优 — error", () => {
    const found = check("经自评，本部门2022年度整体支出绩效自评总分85分，评价等级为优。");
    expect(found.map((f) => [f.severity, f.cell, f.message])).toEqual([
      [
        "error",
        "A1",
        "报告写总分 85 分、等级为“优”，按规则口径（优 90 分及以上，良 80 分及以上，中 60 分及以上，差不足 60 分）85 分应为“良”。",
      ],
    ]);
  });

  it("grades that fit, at the band's edge and unrounded: nothing", () => {
    expect(
      check(
        "本次自评总分 90.84 分，自评等级为“优”。",
        "综合评分为90分，等级为优秀。",
        "自评得分89.99分，评价等级为良好。", // not rounded up to 90
        "综合评分为97分。", // no grade stated
      ),
    ).toEqual([]);
    expect(check("综合评分为89.99分，等级为优。")).toHaveLength(1);
  });

  it("where the workbook has its table's total or grade, report-figures holds the report to them instead", () => {
    const model = reportModel({
      paragraphs: ["自评总分85分，评价等级为优。"],
      indicators: [{ 一级指标: "产出指标", 二级指标: "数量指标", 三级指标: "甲", 分值: 90, 得分: 85 }],
      total: { 总分: 85, 自评等级: "良" },
    });
    expect(rule.check(model, { profile: DEFAULT_PROFILE })).toEqual([]);
  });
});
