import { describe, expect, it } from "vitest";
import { rule } from "../../src/core/checks/rules/report-date-year";
import { DEFAULT_PROFILE } from "../../src/core/profile";
import { reportModel } from "../helpers/report-model";

function check(...paragraphs: string[]) {
  return rule.check(reportModel({ paragraphs }), { profile: DEFAULT_PROFILE });
}

const OPENING = [
  "评价年度:2024",
  "评价单位(公章): 徐闻县地方公路局",
  "填报日期:2025年10月29日",
  "一、根据县财政局《关于做好 2024年度县级财政资金绩效自评工作的通知》要求,现将2024年度徐闻县地方公路局整体支出绩效自评情况报告如下:",
  "二、单位基本情况",
];

describe("report-date-year", () => {
  it("xuwen-gonglu-2024: staff 截至 2023 年 12 月 31日 in a 2024 report — warning", () => {
    const found = check(
      ...OPENING,
      "徐闻县地方公路局成立于 1952 年。截至 2023 年 12 月 31日,本单位财政核定编制在职人员为 36 人,年末实有在职人员为 34 人,退休人员 64 人,临时工人37人。",
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: "warning", cell: "A6", expected: 2024, actual: 2023 });
    expect(found[0]!.message).toBe(
      "报告评价的是 2024 年度，而“截至 2023 年 12 月 31日,本单位财政核定编制在职人员为 36 人”所写是 2023 年末的数字：应改为 2024 年末的数字，或说明为何沿用。",
    );
  });

  it("the year evaluated, a comparison with last year, a project's background, the filing date: nothing", () => {
    expect(
      check(
        ...OPENING,
        "截至2024年12月31日,本单位实有在职人员34人。",
        "2024年末实有人数34人,较2023年末减少2人。",
        "截至2023年底,全县已累计建成村级光伏电站50座。",
      ),
    ).toEqual([]);
  });

  it("seed 000: 截止 2022 年 12 月 31 日 in the 2022 report, the year from its title", () => {
    expect(
      check(
        "2022年度南昌市公安局红谷滩分局 整体支出绩效自评报告",
        "一、部门基本概况",
        "截止 2022 年 12 月 31 日, 我分局实有在编在岗人员 527 人。",
      ),
    ).toEqual([]);
    expect(
      check(
        "2022年度南昌市公安局红谷滩分局 整体支出绩效自评报告",
        "一、部门基本概况",
        "截止 2021 年 12 月 31 日, 我分局实有在编在岗人员 527 人。",
      ),
    ).toHaveLength(1);
  });
});
