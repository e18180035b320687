import { describe, expect, it } from "vitest";
import { rule } from "../../src/core/checks/rules/report-problems-denied";
import { DEFAULT_PROFILE } from "../../src/core/profile";
import { reportModel, type ReportModelParts } from "../helpers/report-model";

function check(paragraphs: string[], data: Omit<ReportModelParts, "paragraphs"> = {}) {
  return rule.check(reportModel({ ...data, paragraphs, reportSheet: "自评价报告" }), { profile: DEFAULT_PROFILE });
}

// leiyang-sizhong-2022, whole: 239万元 arranged, 87.06万元 spent (87.06 ÷ 239 = 36.43%), 五、 says 暂无问题.
const LEIYANG = [
  "耒阳市第四中学专项资金绩效自评价报告",
  "一、基本情况",
  "(一)项目基本概况",
  "我校2022年项目为一个:生均公用经费项目",
  "(二)资金及项目绩效目标",
  "我校2022年按生均1000元安排,共计239万元,其中上级资金179.25万元,本级59.75万元,项目绩效目标是保证学校的正常运转",
  "二、项目资金使用及管理情况",
  "我校生均公用经费项目,资金严格按照上级有关文件的要求,主要用于保障学校正常运转",
  "三、预算支出组织实施情况",
  "我校2022年财政安排支出共计87.06万元,余款安排下年支出",
  "四、预算支出绩效情况",
  "保证了学校的正常运转",
  "五、存在的问题及原因分析",
  "我校生均公用经费项目运转正常,暂无问题",
  "六、几点建议",
  "拨款应及时一点",
  "七、其他需要说明的问题",
  "暂无",
];

describe("report-problems-denied", () => {
  it("leiyang-sizhong-2022: 36.43% executed and 暂无问题 — a warning at the problems paragraph and the spending", () => {
    const found = check(LEIYANG);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      rule: "report-problems-denied",
      severity: "warning",
      cell: "A14",
      actual: 0.3643,
    });
    expect(found[0]!.refs.map((r) => r.row)).toEqual([14, 10]);
    expect(found[0]!.message).toBe(
      "“存在的问题及原因分析”写“我校生均公用经费项目运转正常,暂无问题”，而按报告所写支出 87.06 万元 ÷ 预算 239 万元，预算执行率为 36.43%，低于 90%：执行率偏低本身就是应当说明的问题，应写明未执行的原因和改进措施。",
    );
  });

  it("execution at or above 90%, or a problems section that speaks of it: nothing", () => {
    expect(check(LEIYANG.map((t) => t.replace("87.06万元", "230.00万元")))).toEqual([]); // 96.23%
    expect(
      check(LEIYANG.map((t) => (t.includes("暂无问题") ? "预算执行率仅36.43%，主要原因是资金下达较晚。" : t))),
    ).toEqual([]);
    // 其他需要说明的问题 "暂无" is not the problems section.
    expect(check(LEIYANG.filter((_, i) => i < 12 || i > 13))).toEqual([]);
  });

  it("the workbook's figures come first: 80% in the funds block and 不存在问题", () => {
    const [f] = check(["四、存在的问题", "经自查，不存在问题。"], {
      funds: [{ 项目: "年度资金总额", 全年预算数: 500, 全年执行数: 400, 分值: 10, 执行率: 0.8, 得分: 8 }],
    });
    expect(f).toMatchObject({ severity: "warning", cell: "A2", actual: 0.8 });
    expect(f!.message).toContain("而全年执行数 400.00 万元 ÷ 全年预算数 500.00 万元，预算执行率为 80.00%");
    expect(f!.refs.map((r) => r.sheet)).toEqual(["自评价报告", "绩效自评表", "绩效自评表"]);
  });

  it("a stated rate under 90% is read as it is written", () => {
    const [f] = check(["2022年预算执行率为85%。", "三、存在问题", "无"]);
    expect(f).toMatchObject({ cell: "A3", actual: 0.85 });
    expect(f!.message).toBe(
      "“存在问题”写“无”，而报告写预算执行率为 85%，低于 90%：执行率偏低本身就是应当说明的问题，应写明未执行的原因和改进措施。",
    );
  });
});
