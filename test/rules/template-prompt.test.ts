import { describe, expect, it } from "vitest";
import { isPrompt, rule } from "../../src/core/checks/rules/template-prompt";
import type { TextCell, WorkbookModel } from "../../src/core/model/types";
import { DEFAULT_PROFILE } from "../../src/core/profile";
import { reportModel } from "../helpers/report-model";

function cell(text: string, row: number, col = 2): TextCell {
  return { ref: { sheet: "项目支出绩效自评表", row, col }, raw: text, numberFormat: "General", text };
}

/** A model whose indicator table carries the form's 评价结论 / 存在问题 / 改进措施 (qingshen-fagaiju-2023, rows 18–20). */
function withTexts(texts: [string, string][], paragraphs: string[] = []): WorkbookModel {
  const base = reportModel({
    paragraphs,
    indicators: [{ 一级指标: "产出指标", 二级指标: "数量指标", 三级指标: "发放(缴纳)覆盖率", 分值: 60 }],
  });
  return {
    ...base,
    indicators: { ...base.indicators!, texts: texts.map(([label, text], i) => ({ label, value: cell(text, 18 + i) })) },
  };
}

describe("template-prompt", () => {
  it("qingshen-fagaiju-2023: the three texts still hold the template's instructions — a warning each", () => {
    const found = rule.check(
      withTexts([
        ["评价结论", "结合自评情况,说明项目自评总分,说明项目实施取得的成效或成果。(200字以内)"],
        ["存在问题", "结合自评情况,分析存在的问题及原因。(200字以内)"],
        ["改进措施", "针对项目自评中发现的问题,提出下一步改进完善的意见及有关政策性建议。(200字以内)"],
      ]),
      { profile: DEFAULT_PROFILE },
    );
    expect(found.map((f) => [f.rule, f.severity, f.sheet, f.cell])).toEqual([
      ["template-prompt", "warning", "项目支出绩效自评表", "B18"],
      ["template-prompt", "warning", "项目支出绩效自评表", "B19"],
      ["template-prompt", "warning", "项目支出绩效自评表", "B20"],
    ]);
    expect(found[1]!.message).toBe(
      "“存在问题”一栏仍是模板的填写说明“结合自评情况,分析存在的问题及原因。(200字以内)”，应换成本单位的存在问题。",
    );
  });

  it("the unit's own words, long texts and headings that describe a section are not prompts", () => {
    expect(isPrompt("项目资金使用规范，年度目标全部完成，自评得分98分。")).toBe(false);
    expect(
      isPrompt("（一）部门整体支出概况，年度部门决算收支完成情况，包括收入构成、支出构成、年初预算完成率等。"),
    ).toBe(false);
    expect(isPrompt("对照年度目标,说明相关任务目标的完成情况(100字以内)")).toBe(true);
    expect(isPrompt("请简述项目实施内容（不超过200字）")).toBe(true);
    const found = rule.check(
      withTexts(
        [["评价结论", "资金拨付及时，发放覆盖率100%，自评得分100分，等级为优。"]],
        ["请在此说明存在的问题（200字以内）"],
      ),
      {
        profile: DEFAULT_PROFILE,
      },
    );
    expect(found.map((f) => [f.sheet, f.cell])).toEqual([["自评报告", "A1"]]);
  });
});
