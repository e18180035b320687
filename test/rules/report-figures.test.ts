import { describe, expect, it } from "vitest";
import { rule } from "../../src/core/checks/rules/report-figures";
import { DEFAULT_PROFILE } from "../../src/core/profile";
import { reportModel, type ReportModelParts } from "../helpers/report-model";

// Seed 000's figures (万元): the department, 基本支出 and 项目支出; the balance sheet; two indicator groups.
const DATA: Omit<ReportModelParts, "paragraphs"> = {
  funds: [{ 项目: "年度资金总额", 全年预算数: 36353.37, 全年执行数: 32132.93, 分值: 10, 执行率: 0.8839, 得分: 8.84 }],
  budget: [
    { 项目名称: "基本支出", 全年预算数: 16084.2, 全年执行数: 15478.81, 执行率: 0.9624 },
    { 项目名称: "项目支出", 全年预算数: 20269.17, 全年执行数: 16654.12, 执行率: 0.8216 },
    { 项目名称: "合计", 全年预算数: 36353.37, 全年执行数: 32132.93, 执行率: 0.8839 },
  ],
  balance: [
    { left: { 项目: "流动资产合计", 年末数: 1262.54 }, right: { 项目: "流动负债合计", 年末数: 388.73 } },
    { left: { 项目: "非流动资产合计", 年末数: 16204.96 }, right: { 项目: "非流动负债合计", 年末数: 0 } },
    { left: null, right: { 项目: "负债合计", 年末数: 388.73 } },
    { left: null, right: { 项目: "累计盈余", 年末数: 17078.77 } },
    { left: null, right: { 项目: "净资产合计", 年末数: 17078.77 } },
    { left: { 项目: "资产总计", 年末数: 17467.49 }, right: { 项目: "负债和净资产总计", 年末数: 17467.5 } },
  ],
  indicators: [
    {
      一级指标: "产出指标",
      二级指标: "数量指标",
      三级指标: "采购应急处突装备",
      度量单位: "批",
      年度指标值: 1,
      实际完成值: 1,
      分值: 7,
      得分: 7,
    },
    {
      二级指标: "数量指标",
      三级指标: "化解矛盾纠纷案件",
      度量单位: "件",
      年度指标值: 2000,
      实际完成值: 7129,
      分值: 7,
      得分: 7,
    },
    {
      一级指标: "效益指标",
      二级指标: "可持续性影响指标",
      三级指标: "持续推进放管服改革",
      指标性质: "定性",
      分值: 20,
      得分: 17,
    },
  ],
  total: { 总分: 90.84, 自评等级: "优" },
};

function check(...paragraphs: string[]) {
  return rule.check(reportModel({ ...DATA, paragraphs }), { profile: DEFAULT_PROFILE });
}

describe("report-figures: budget and execution", () => {
  it("seed 000's 一、(五) agrees with the data: nothing", () => {
    expect(
      check(
        "2022 年全年预算数为 36,353.37 万元,资金来源全部为当年财政拨款,其中基本支出 16,084.2 万元,项目支出 20,269.17 万元。",
        "2022 年全年执行数为 32,132.93 万元,预算执行率为 88.39%,其中基本支出 15,478.81 万元,预算执行率为 96.24%;项目支出 16,654.12 万元，预算执行率为 82.16%。",
      ),
    ).toEqual([]);
  });

  it("a wrong 基本支出 rate is an error naming both sides", () => {
    const [f, ...rest] = check("其中基本支出 15,478.81 万元,预算执行率为 97.24%。");
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      rule: "report-figures",
      severity: "error",
      sheet: "自评报告",
      cell: "A1",
      expected: 0.9624,
      actual: 0.9724,
    });
    expect(f!.message).toBe(
      "报告写基本支出预算执行率为 97.24%，按全年执行数 15,478.81 万元 ÷ 全年预算数 16,084.20 万元应为 96.24%。",
    );
    // Corrected in the text at the precision written; the cell holds the paragraph alone, so it may be written.
    expect(f!.fix!.label).toBe("把 A1 中的“97.24%”改为“96.24%”");
    expect(f!.fix!.edits).toEqual([
      {
        ref: { sheet: "自评报告", row: 1, col: 1 },
        start: 27,
        end: 33,
        was: "97.24%",
        text: "96.24%",
        label: "基本支出预算执行率",
      },
    ]);
    expect(f!.fix!.writes).toEqual([
      {
        sheet: "自评报告",
        row: 1,
        col: 1,
        value: "其中基本支出 15,478.81 万元,预算执行率为 96.24%。",
        expected: "其中基本支出 15,478.81 万元,预算执行率为 97.24%。",
      },
    ]);
    expect(f!.refs.map((r) => `${r.sheet}!${r.row}:${r.col}`)).toEqual([
      "自评报告!1:1",
      "预算执行情况!4:3",
      "预算执行情况!4:2",
    ]);
  });

  it("a wrong department amount is an error against the funds block", () => {
    const [f] = check("2022 年全年执行数为 32,132.39 万元。");
    expect(f).toMatchObject({ severity: "error", expected: 32132.93, actual: 32132.39 });
    expect(f!.message).toContain("绩效自评表年度资金总额全年执行数为 32,132.93 万元");
  });

  it("seed 000 A58: the department's figures under 项目支出 are one warning (the label, not the figures)", () => {
    const found = check(
      "1、项目支出预算执行率不高。2022年全年预算数为 36,353.37 万元，执行数为 32,132.93 万元，预算执行率为 88.39%。主要是部分项目…",
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: "warning", cell: "A1", expected: 20269.17, actual: 36353.37 });
    expect(found[0]!.message).toContain("项目支出全年预算数应为 20,269.17 万元");
    expect(found[0]!.message).toContain("预算执行率应为 82.16%");
    expect(found[0]!.message).toContain("报告所写与部门合计数一致");
  });

  it("a subject that names a figure of its own ends with its sentence (issue 11 item 6)", () => {
    // 项目支出 20,269.17 is the subject of its own figure; the 32,132.93 of the next sentence is the department's.
    expect(
      check(
        "2022 年全年预算数为 36,353.37 万元，其中项目支出 20,269.17 万元。全年执行数为 32,132.93 万元，预算执行率为 88.39%。",
      ),
    ).toEqual([]);
    // The same figures with 项目支出 as the topic of the paragraph are the label's mistake (seed 000 A58).
    const [f] = check("项目支出执行情况。全年执行数为 32,132.93 万元，预算执行率为 88.39%。");
    expect(f).toMatchObject({ severity: "warning", expected: 16654.12, actual: 32132.93 });
    // A wrong department figure after a 其中 sentence is compared with the department's, not 项目支出's.
    const [g, ...rest] = check("其中项目支出 20,269.17 万元。全年执行数为 30,000 万元。");
    expect(rest).toEqual([]);
    expect(g).toMatchObject({ severity: "error", expected: 32132.93, actual: 30000 });
    expect(g!.message).toContain("绩效自评表年度资金总额全年执行数为 32,132.93 万元");
  });

  it("figures matching nothing under the subject are an error", () => {
    const [f] = check("项目支出全年预算数为 20,000.00 万元。");
    expect(f).toMatchObject({ severity: "error", expected: 20269.17, actual: 20000 });
  });

  it("rounded rates compare at the precision written; amounts in 元 are converted", () => {
    expect(check("预算执行率为 88.4%。", "基本支出预算执行率为 96.2%。", "全年预算数为 363,533,700 元。")).toEqual([]);
    expect(check("预算执行率为 88.3%。")).toHaveLength(1);
  });

  it("leaves alone figures it cannot place: other labels, approximations, 年初预算, a keyword-less list", () => {
    expect(
      check(
        "全年执行数为 32,132.93 万元，其中人员经费 9,999.99 万元。",
        "年初预算数为 30,000.00 万元。",
        "全年预算数约 36,000 万元。",
        "三公经费合计 269.35 万元。",
        "完成各项非税收入征收共计 745.18 万元。",
      ),
    ).toEqual([]);
  });

  it("a sentence or paragraph about something else is not the department's (三公, 政府采购)", () => {
    expect(
      check(
        "“三公”经费预算数 120 万元，执行数 100 万元，执行率 83.33%。",
        "“三公”经费情况。预算数 120 万元，执行数 100 万元。",
        "政府采购预算 500 万元，实际采购 450 万元，政府采购执行率为 90%。",
      ),
    ).toEqual([]);
  });

  it("合计 and 整体 name the department", () => {
    expect(
      check(
        "基本支出 16,084.20 万元，项目支出 20,269.17 万元，合计全年预算数 36,353.37 万元。",
        "基本支出预算执行率为 96.24%，项目支出预算执行率为 82.16%，整体预算执行率 88.39%。",
      ),
    ).toEqual([]);
    expect(check("项目支出预算执行率为 82.16%，整体预算执行率 80%。").map((f) => f.expected)).toEqual([0.8839]);
  });

  it("without the tables there is nothing to compare", () => {
    const model = reportModel({ paragraphs: ["预算执行率为 50%。资产负债率为 99%。"] });
    expect(rule.check(model, { profile: DEFAULT_PROFILE })).toEqual([]);
  });
});

describe("report-figures: balance sheet", () => {
  const A11 =
    "2022 年年末, 我分局资产合计 17,467.49 万元, 其中流动资产 1,262.54 万元, 占比 7.23%; 非流动资产 16,204.96 万元, 占比 92.77%。负债合计 388.73 万元, 其中流动负债 388.73 万元, 占比 100%。净资产 17,078.77 万元, 其中累计盈余 17,078.77 万元, 占比 100%。资产负债率为 2.23%, 资产运行情况较好。";

  it("seed 000's assets paragraph with the right 资产负债率: nothing", () => {
    expect(check(A11)).toEqual([]);
  });

  it("seed 000-01: 资产负债率 22.25% for 388.73 ÷ 17,467.49", () => {
    const [f, ...rest] = check(A11.replace("资产负债率为 2.23%", "资产负债率为 22.25%"));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: "error", cell: "A1", expected: 0.0223, actual: 0.2225 });
    expect(f!.message).toBe("报告写资产负债率为 22.25%，按负债合计 388.73 万元 ÷ 资产总计 17,467.49 万元应为 2.23%。");
    expect(f!.refs.map((r) => `${r.sheet}!${r.row}:${r.col}`)).toEqual([
      "自评报告!1:1",
      "资产负债表!7:5",
      "资产负债表!10:2",
    ]);
  });

  it("a stated amount that differs from the 年末数 is an error", () => {
    const [f] = check("我分局资产合计 17,467.49 万元，其中流动资产 1,262.64 万元。");
    expect(f).toMatchObject({ expected: 1262.54, actual: 1262.64 });
    expect(f!.message).toBe("报告写流动资产为 1,262.64 万元，资产负债表流动资产合计年末数为 1,262.54 万元。");
  });

  it("a share whose whole the paragraph does not state is checked against the balance sheet", () => {
    expect(check("流动资产占资产总计的 7.23%。", "其中流动资产占比 7.2%。")).toEqual([]);
    const [f] = check("流动资产占资产总计的 7.5%。");
    expect(f).toMatchObject({ expected: 0.0723, actual: 0.075 });
    // The share of another figure stated in between is not the balance item's.
    expect(check("资产负债率为 2.23%，项目支出 16,654.12 万元，占比 51.83%。")).toEqual([]);
  });
});

describe("report-figures: indicator scores, total and grade", () => {
  it("scores and group sums that agree: nothing", () => {
    expect(
      check(
        "1、数量指标（指标分数 14 分，实际得分 14 分）",
        "(1) 采购应急处突装备（指标分数 7 分，实际得分 7 分）：2022 年采购应急处突装备 1 批。",
        "1、可持续性影响指标（持续推进放管服改革，指标分数 20 分，实际得分 17 分）",
        "本次自评总分 90.84 分，自评等级为“优”。",
      ),
    ).toEqual([]);
  });

  it("a score or weight off the table is an error; a group is compared with its sum", () => {
    const found = check(
      "1、数量指标（指标分数 14 分，实际得分 13 分）",
      "(1) 采购应急处突装备（指标分数 8 分，实际得分 7 分）：…",
      "1、可持续性影响指标（持续推进放管服改革，指标分数 20 分，实际得分 18 分）",
    );
    expect(found.map((f) => [f.cell, f.expected, f.actual])).toEqual([
      ["A1", 14, 13],
      ["A2", 7, 8],
      ["A3", 17, 18],
    ]);
    expect(found[0]!.message).toBe("报告写“数量指标”（2 项指标合计）实际得分 13 分，自评表得分合计为 14。");
    expect(found[2]!.refs.map((r) => `${r.sheet}!${r.row}:${r.col}`)).toEqual([
      "自评报告!3:1",
      "绩效自评表!12:8",
      "绩效自评表!12:9",
    ]);
  });

  it("an indicator the table does not have is left alone", () => {
    expect(check("(3) 群众满意度（指标分数 5 分，实际得分 4 分）")).toEqual([]);
  });

  it("总分 and 等级 against the table", () => {
    const found = check("本次自评总分 91.84 分，自评等级为“良”。");
    expect(found.map((f) => [f.expected, f.actual])).toEqual([
      [90.84, 91.84],
      [null, null],
    ]);
    expect(found[1]!.message).toBe("报告写评价等级为“良”，绩效自评表的自评等级为“优”。");
  });
});
