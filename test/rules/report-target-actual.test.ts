import { describe, expect, it } from "vitest";
import { rule } from "../../src/core/checks/rules/report-target-actual";
import { DEFAULT_PROFILE } from "../../src/core/profile";
import { reportModel, type ReportModelParts } from "../helpers/report-model";

function check(paragraphs: string[], data: Omit<ReportModelParts, "paragraphs"> = {}) {
  return rule.check(reportModel({ ...data, paragraphs }), { profile: DEFAULT_PROFILE });
}

describe("report-target-actual", () => {
  it("dongjiang-anxian-2020: 20000 ÷ 12000 = 166.67% and 1737 ÷ 120 = 1447.5%, no reason — two warnings", () => {
    const found = check([
      "建设占地面积:指标值为“约12000平方米”,全年实际完成值约20000平方米;",
      "建设三座服务中心等配套设施面积:指标值为“约120平方米”,全年实际完成值约1737平方米;",
      "项目竣工验收合格率:指标值为“100%”,全年实际完成值为0,因项目尚在建设工期内,未到竣工验收环节;",
      "设施质量合格率:指标值为“100%”,使用直达资金采购的各类设施及物料均为合格产品,完成值为100%;",
      "完工日期:指标值为“2021年4月15日”,全年实际完成值为0,因项目尚在建设工期内,未到完工日期;",
    ]);
    expect(found.map((f) => [f.severity, f.cell, f.expected, f.actual])).toEqual([
      ["warning", "A1", 12000, 20000],
      ["warning", "A2", 120, 1737],
    ]);
    expect(found[0]!.message).toBe(
      "“建设占地面积”指标值为 约12000平方米，实际完成 约20000平方米，为指标值的 166.67%（达到 130% 以上），报告未说明原因：目标是否定得过低，或计量口径不同，应写明偏差原因。",
    );
  });

  it("under 130%, with a reason, an upper bound, or an indicator of the workbook's table: nothing", () => {
    expect(
      check([
        "受资助学生人数:指标值为14726人,实际完成值15935人。", // 108.2%
        "培训人次:指标值为100人次,实际完成值200人次,主要是上级追加了培训任务。",
        "项目成本:指标值为不高于150万元,实际完成值80万元。",
        "（2）化解矛盾纠纷案件（指标分数7分，实际得分7分）：年度指标值为不少于2,000件，实际完成7,129件，超额完成年度指标值，完成年度绩效指标值的100%。偏差原因：【待填：偏差原因分析】。",
      ]),
    ).toEqual([]);
    const table = {
      indicators: [
        {
          一级指标: "产出指标",
          二级指标: "数量指标",
          三级指标: "化解矛盾纠纷案件",
          度量单位: "件",
          年度指标值: 2000,
          实际完成值: 7129,
          分值: 7,
          得分: 7,
        },
      ],
    };
    expect(check(["化解矛盾纠纷案件:年度指标值为2000件,实际完成7129件。"], table)).toEqual([]);
    expect(check(["化解矛盾纠纷案件:年度指标值为2000件,实际完成7129件。"])).toHaveLength(1);
  });
});
