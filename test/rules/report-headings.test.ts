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

  it("xundian-tongzhanbu-2024: （一） twice in a row is a warning at the second", () => {
    const found = check(
      "一、摘要",
      "二、部门概况",
      "(一)部门基本情况",
      "(一)部门机构设置、编制",
      "县委统战部财政全供给单位1个。",
    );
    expect(found.map((f) => [f.severity, f.cell, f.message])).toEqual([
      [
        "warning",
        "A4",
        "二级标题编号重复：“二、部门概况”下“(一)部门基本情况”之后的“(一)部门机构设置、编制”又编为“(一)”，应为“(二)”（其后各条依次顺延）。",
      ],
    ]);
    // A list starting again after its last item is not a repeat: 八、 then 一、 (a table of contents, then the body).
    expect(check("一、摘要", "二、部门概况", "一、摘要", "县委统战部财政全供给单位1个。")).toEqual([]);
  });

  it("yueyang-chengguanjiandu-2018: items numbered 1. 2. 3. 4. 4. 5. within a paragraph — warning", () => {
    const found = check(
      "年度主要工作内容1.完成数字化城市管理监督、指挥、调度和协调工作。2.做好全市数字化城市管理系统市级平台的日常维护和管理。3.对各类城市管理信息的收集、分析和整理。4.完成数字城管各终端单位的考核考评。4.对受理的数字化城市管理的投诉、举报等有关工作进行处理。5.对各县市区数字化城市管理工作的业务指导。",
    );
    expect(found.map((f) => [f.severity, f.cell, f.message])).toEqual([
      ["warning", "A1", "段内条目编号重复：依次为 1. 2. 3. 4. 4. 5.，第 5 条应为“5.”（其后各条依次顺延）。"],
    ]);
    // Amounts, dates and runs that do run on are not item numbers.
    expect(check("1.完成甲。2.完成乙。3.完成丙。", "投入2.5万元，完成1.2批次。", "第1、2、3号楼均已完工。")).toEqual(
      [],
    );
  });

  it("jizhou-xueliang-2020: （1） straight under （三）, while （一） has 1. under it — warning at the （1）", () => {
    const found = check(
      "一、绩效目标分解下达情况",
      "二、绩效目标完成情况分析",
      "(一)资金投入情况分析。",
      "1.资金到位情况分析;",
      "2020年度该项目资金2842.5157万元转移支付资金全部及时拨付到位。",
      "2.资金执行情况分析;",
      "(二)总体绩效目标完成情况分析。",
      "(三)绩效指标完成情况分析。",
      "(1)数量指标;",
    );
    expect(found.map((f) => [f.severity, f.cell, f.message])).toEqual([
      [
        "warning",
        "A9",
        "标题层级不一致：“(三)绩效指标完成情况分析。”下直接用“(1)”编号，跳过了三级标题；而“(一)资金投入情况分析。”下的同一层用的是“1.”。同一层级应使用同一种编号。",
      ],
    ]);
    // A report that skips the level everywhere is consistent; 1. straight under 一、 is common practice.
    expect(check("一、甲", "1、乙", "2、丙", "二、丁", "1、戊")).toEqual([]);
    expect(check("一、甲", "（一）乙", "二、丙", "1.丁", "2.戊")).toEqual([]);
  });

  it("gongyi-xianjie-2023: an unnumbered heading between 一、's text and the （一） that begins under it — warning", () => {
    const found = check(
      "一、绩效考评工作开展情况",
      "一是加强组织领导,落实工作责任。为做好衔接资金绩效评价及考核自评工作,我市召开专题会议。",
      "财政衔接推进乡村振兴补助资金绩效评价自评情况",
      "根据我省衔接资金绩效评价及考核办法要求,我们从资金保障、项目管理等方面进行逐项对照自评。",
      "(一)资金保障",
      "1. 市县履行支出责任情况",
    );
    expect(found.map((f) => [f.severity, f.cell, f.message])).toEqual([
      [
        "warning",
        "A3",
        "“财政衔接推进乡村振兴补助资金…”似为一级标题却没有编号：其前为“一、绩效考评工作开展情况”，其后“(一)资金保障”起的各条应在它之下，应为“二、财政衔接推进乡村振兴补助资金…”。",
      ],
    ]);
    // An unnumbered sub-title among numbered siblings (seed 002's 整体支出资金结余情况分析) is left alone.
    expect(
      check(
        "（1）资金到位情况",
        "（2）资金使用情况",
        "（3）整体支出资金管理情况分析",
        "区公安分局对经费支出等严格进行规范。",
        "整体支出资金结余情况分析",
        "2021年结余为0。",
        "（4）整体支出组织和管理情况分析",
      ),
    ).toEqual([]);
  });

  it("documents in parts (第N部分): each part's list restarts; a missing number and a skipped level are warnings", () => {
    // donggaodi-juesuan-2020: 六、 then an item without its number, then 八、
    const toc = [
      "第一部分 2020年度部门决算报表",
      "一、收入支出决算总表",
      "二、收入决算表",
      "三、支出决算表",
      "四、财政拨款收入支出决算总表",
      "五、一般公共预算财政拨款支出决算表",
      "六、一般公共预算财政拨款基本支出决算表",
      "政府性基金预算财政拨款收入支出决算表",
      "八、政府性基金预算财政拨款基本支出决算表",
      "九、国有资本经营预算财政拨款支出决算表",
      "第二部分 2020年度部门决算说明",
      "第一部分 2020年度部门决算报表",
      "东高地街道办事处2020年度部门决算报表详见附件。",
      "第二部分 2020年度部门决算说明",
      "一、部门/单位基本情况",
      "(一)部门机构设置、职责",
    ];
    expect(check(...toc).map((f) => [f.severity, f.cell, f.message])).toEqual([
      [
        "warning",
        "A8",
        "一级标题缺少编号：“六、一般公共预算财政拨款基本…”与“八、政府性基金预算财政拨款基…”之间的“政府性基金预算财政拨款收入支…”没有编号，应为“七、政府性基金预算财政拨款收入支…”。",
      ],
    ]);
    // huangshigang-shuiliju-2022: （一） straight under 第一部分 while the other parts use 一、
    const hsg = check(
      "第一部分:概况",
      "一、部门主要职责",
      "二、部门决算单位构成",
      "第二部分::决算表",
      "一、收入支出决算总表",
      "第一部分部门概况",
      "(一)主要职责",
      "一、部门主要职责",
    );
    expect(hsg.map((f) => [f.severity, f.cell])).toEqual([["warning", "A7"]]);
    // jiayuguan-nongyenongcun-2022: （一）（二） under 第一部分, 一、… under 第二部分
    const jyg = check(
      "目录",
      "第一部分 部门概况",
      "(一)部门职责",
      "(二)机构设置",
      "第二部分 2022年度部门决算表",
      "一、收入支出决算总表",
      "二、收入决算表",
      "第一部分 部门概况",
      "一、部门职责",
    );
    expect(jyg.map((f) => [f.severity, f.cell])).toEqual([["warning", "A3"]]);
    // A sheet beginning at 第二部分 holds an excerpt: nothing.
    expect(check("第二部分 部门决算情况说明", "一、收入", "二、支出")).toEqual([]);
  });

  it("no report, no findings", () => {
    const model = { ...reportModel({ paragraphs: [] }), report: null };
    expect(rule.check(model, { profile: DEFAULT_PROFILE })).toEqual([]);
  });
});
