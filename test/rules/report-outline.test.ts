import { describe, expect, it } from "vitest";
import { rule } from "../../src/core/checks/rules/report-outline";
import { DEFAULT_PROFILE } from "../../src/core/profile";
import { reportModel } from "../helpers/report-model";

function check(sheet: string, ...paragraphs: string[]) {
  return rule.check(reportModel({ paragraphs, reportSheet: sheet }), { profile: DEFAULT_PROFILE });
}

const SELF = [
  "一、部门基本概况",
  "二、部门整体支出绩效实现情况",
  "三、部门整体支出绩效中存在问题及改进措施",
  "四、绩效自评结果拟应用和公开情况",
];
const EVALUATION = [
  "一、基本情况",
  "二、绩效评价工作情况",
  "三、主要绩效及评价结论",
  "四、存在的问题",
  "五、有关建议",
  "六、其他需要说明的问题",
];

describe("report-outline", () => {
  it("the seeds' outlines, whole: nothing", () => {
    expect(check("自评报告", "2022年度南昌市公安局红谷滩分局 整体支出绩效自评报告", ...SELF)).toEqual([]);
    expect(check("评价报告", "2021年度昆明市公安局呈贡分局", "整体支出绩效评价报告", ...EVALUATION)).toEqual([]);
  });

  it("a 自评报告 without its 四、 — info at its first heading", () => {
    const found = check("自评报告", "2022年度某局整体支出绩效自评报告", ...SELF.slice(0, 3));
    expect(found.map((f) => [f.severity, f.cell, f.message])).toEqual([
      [
        "info",
        "A2",
        "报告按自评报告提纲撰写，缺少一级部分：“四、绩效自评结果拟应用和公开情况”（GUIDE 第 6 节）。如财政局通知另有提纲，以通知为准。",
      ],
    ]);
  });

  it("a report that calls itself 自评报告 and follows the 评价报告 outline — info at its title", () => {
    const found = check("报告", "2021年度某局整体支出绩效自评报告", ...EVALUATION);
    expect(found.map((f) => [f.severity, f.cell])).toEqual([["info", "A1"]]);
    expect(found[0]!.message).toContain("报告自称自评报告，一级标题却按评价报告提纲编排");
  });

  it("local outlines (衔接资金, 寻甸 评价报告) are not read against these two", () => {
    expect(
      check("自评报告", "一、绩效目标分解下达情况", "二、绩效自评工作开展情况", "三、绩效目标自评完成情况分析"),
    ).toEqual([]);
    expect(
      check(
        "自评报告",
        "中共寻甸县委统战部2024年部门整体支出绩效自评报告",
        "一、摘要",
        "二、部门概况",
        "三、绩效目标",
        "四、评价思路和过程",
        "五、评价结论和绩效分析",
        "六、主要经验做法",
        "七、存在的问题",
        "八、改进措施及建议",
      ),
    ).toEqual([]);
  });
});
