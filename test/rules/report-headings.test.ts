import { describe, expect, it } from "vitest";
import { rule } from "../../src/core/checks/rules/report-headings";
import { DEFAULT_PROFILE } from "../../src/core/profile";
import { reportModel } from "../helpers/report-model";

function check(...paragraphs: string[]) {
  return rule.check(reportModel({ paragraphs, reportSheet: "评价报告" }), { profile: DEFAULT_PROFILE });
}

describe("report-headings", () => {
  it("a clean 评价报告 outline: nothing", () => {
    expect(
      check(
        "2021年度某单位整体支出绩效评价报告",
        "一、基本情况",
        "（一）部门概况",
        "1.绩效目标",
        "（1）依法预防",
        "（2）维护稳定",
        "2.预决算公开",
        "二、绩效评价工作情况",
        "三、主要绩效及评价结论",
        "（一）经济性分析",
        "（二）效率性分析",
        "（三）效益性分析",
        "a、全力维护政治安全稳定",
        "b、全力做好重大风险防范化解",
        "四、存在的问题",
        "五、有关建议",
        "六、其他需要说明的问题",
      ),
    ).toEqual([]);
  });

  it("seed 002-02: 4、 and 5、 between 三、 and 六、 are errors at their cells", () => {
    const found = check(
      "一、甲",
      "二、乙",
      "三、丙",
      "（一）丁",
      "1.戊",
      "4、 存在的问题",
      "（一）项目资金支出进度慢",
      "5、 有关建议",
      "六、其他",
    );
    expect(found.map((f) => [f.severity, f.cell])).toEqual([
      ["error", "A6"],
      ["error", "A8"],
    ]);
    expect(found[0]!.message).toBe(
      "一级标题编号错误：“4、 存在的问题”应为“四、存在的问题”：“三、丙”与“六、其他”之间的一级标题误用了“4、”式编号。",
    );
    expect(found[0]!.refs.map((r) => r.row)).toEqual([6, 3, 9]);
  });

  it("seed 002-03: 3.效益性分析 is （三）", () => {
    const found = check(
      "一、甲",
      "二、乙",
      "三、结论",
      "（一）经济性分析",
      "1.预算控制",
      "（二）效率性分析",
      "1.实施进度",
      "2.完成质量",
      "3.效益性分析",
      "四、问题",
    );
    expect(found.map((f) => [f.severity, f.cell, f.message])).toEqual([
      ["error", "A9", "“3.效益性分析”应为二级标题“（三）效益性分析”，与“（一）经济性分析”“（二）效率性分析”并列。"],
    ]);
  });

  it("a number that does not run on is an error", () => {
    const found = check("一、甲", "（一）乙", "（三）丙", "二、丁");
    expect(found.map((f) => [f.severity, f.cell, f.message])).toEqual([
      ["error", "A3", "二级标题编号不连续：“一、甲”下“（一）乙”之后应为“（二）”，此处写作“（三）”。"],
    ]);
    expect(check("一、甲", "（二）乙")[0]!.message).toBe(
      "二级标题编号应从“（一）”开始：“一、甲”下第一个此级标题写作“（二）”。",
    );
  });

  it("seed 002-05: (1) then （二） is one warning over both cells", () => {
    const found = check("一、有关建议", "(1) 下步分局将强化预算管理", "（二）提高预算资金使用率");
    expect(found.map((f) => [f.severity, f.cell])).toEqual([["warning", "A2:A3"]]);
  });

  it("seed 000-09: brackets mixed under a parent are a warning at the odd heading", () => {
    const found = check(
      "一、概况",
      "（一）职责",
      "(二) 目标",
      "(三) 任务",
      "二、实现",
      "(一) 完成",
      "（二）效果",
      "（三）满意度",
    );
    expect(found.map((f) => [f.severity, f.cell, f.refs.map((r) => r.row)])).toEqual([
      ["warning", "A2", [2, 3, 4]],
      ["warning", "A6", [6, 7, 8]],
    ]);
    expect(found[0]!.message).toBe(
      "二级标题括号全角/半角混用：“一、概况”下“（一）”用全角括号，“(二)”“(三)”用半角括号，同级标题应统一。",
    );
  });

  it("parents in different styles across the report: one warning for the level", () => {
    const found = check("一、甲", "1.目标", "(1)甲", "(2)乙", "(3)丙", "2.资金", "（1）到位", "（2）使用");
    expect(found.map((f) => [f.severity, f.cell, f.refs.map((r) => r.row)])).toEqual([["warning", "A7", [7, 8, 3]]]);
    expect(found[0]!.message).toBe(
      "四级标题样式全文不统一：“（1）到位”等 2 处用全角括号，“(1)甲”等处用半角括号，同级标题应统一。",
    );
  });

  it("sentences that start with a number are not headings", () => {
    expect(check("一、甲", "2022年全年预算数为 36,353.37 万元", "1 个工作日即可出证", "二、乙")).toEqual([]);
  });

  it("no report, no findings", () => {
    const model = { ...reportModel({ paragraphs: [] }), report: null };
    expect(rule.check(model, { profile: DEFAULT_PROFILE })).toEqual([]);
  });
});
