import { describe, expect, it } from "vitest";
import { parseFigure, parseTarget } from "../src/core/figures";
import type { CellValue } from "../src/core/model/snapshot";
import type { FigureCell, FundsRow, IndicatorRow, TargetCell, TextCell, WorkbookModel } from "../src/core/model/types";
import { composeReport, passagesOf } from "../src/core/narrative/index";
import { selfEvaluationTable } from "../src/core/narrative/self-evaluation-table";
import { DEFAULT_PROFILE } from "../src/core/profile";
import type { DocTable, DocTableCell } from "../src/core/narrative/types";
import { honggutanModel } from "./helpers/report-document";
import { reportModel, type FundsData, type IndicatorData } from "./helpers/report-model";

/** A row as its texts, "^n" for a column span and "↓n" for a row span. */
const shown = (c: DocTableCell): string =>
  `${c.text}${c.colSpan ? `^${c.colSpan}` : ""}${c.rowSpan ? `↓${c.rowSpan}` : ""}`;
const texts = (t: DocTable | null): string[][] => t!.rows.map((r) => r.map(shown));

const figureCell = (cell: FigureCell, raw: CellValue, numberFormat = "General"): FigureCell => ({
  ...cell,
  raw,
  numberFormat,
  figure: parseFigure(raw),
});

const FUNDS: FundsData[] = [
  {
    项目: "年度资金总额",
    年初预算数: 30000,
    全年预算数: 36353.37,
    全年执行数: 32132.93,
    分值: 10,
    执行率: 0.8839,
    得分: 8.84,
  },
];

/** The seed's funds block with its total row's 执行率 cell replaced. */
function withRate(raw: CellValue, numberFormat = "General", percentHeader = false): WorkbookModel {
  const model = reportModel({ paragraphs: [], funds: FUNDS });
  const funds = model.funds!;
  const row: FundsRow = { ...funds.rows[0]!, rate: figureCell(funds.rows[0]!.rate!, raw, numberFormat) };
  const header = percentHeader ? { sheet: funds.sheet, row: funds.headerRow, col: 9 } : null;
  return { ...model, funds: { ...funds, percentHeader: header, rows: [row] } };
}

const rateShown = (model: WorkbookModel): string => selfEvaluationTable(model)!.rows[1]![5]!.text;

describe("selfEvaluationTable: the 绩效自评表 of seed 000", () => {
  const table = selfEvaluationTable(honggutanModel());

  it("is titled by the year and captioned with the unit and the funds block's unit", () => {
    expect(table).toMatchObject({
      title: "2022年度部门整体支出绩效自评表",
      caption: "单位名称：南昌市公安局红谷滩分局　　单位：万元",
      columns: 12,
    });
    expect(table!.widths).toHaveLength(12);
  });

  it("prints the funds block with amounts 36,353.37, the rate 88.39% and scores 10 / 8.84; blank cells blank", () => {
    expect(texts(table).slice(0, 5)).toEqual([
      ["年度预算资金^3", "年初预算数^2", "全年预算数^2", "全年执行数^2", "分值", "执行率", "得分"],
      ["年度资金总额^3", "^2", "36,353.37^2", "32,132.93^2", "10", "88.39%", "8.84"],
      ["其中：财政拨款^3", "^2", "36,353.37^2", "32,132.93^2", "", "88.39%", ""],
      ["上年结转资金^3", "^2", "0.00^2", "0.00^2", "", "", ""],
      ["其他资金^3", "^2", "0.00^2", "0.00^2", "", "", ""],
    ]);
    expect(table!.rows[0]!.every((c) => c.header)).toBe(true);
    expect(table!.rows[1]!.some((c) => c.header)).toBe(false);
  });

  it("prints the indicators with 一级/二级 spanning their runs, targets and actuals as written, then 总分 and 等级", () => {
    expect(texts(table).slice(5)).toEqual([
      [
        "一级指标",
        "二级指标",
        "三级指标",
        "指标性质",
        "年度指标值",
        "度量单位",
        "实际完成值",
        "分值",
        "得分",
        "偏差原因分析及改进措施^3",
      ],
      ["产出指标↓5", "数量指标↓2", "采购应急处突装备", "=", "1", "批", "1", "7", "7", "^3"],
      ["化解矛盾纠纷案件", "≥", "2,000", "件", "7,129", "7", "7", "^3"],
      ["质量指标↓2", "楼栋摸排率", "=", "100", "%", "100", "7", "7", "^3"],
      ["矛盾纠纷化解率", "≥", "95", "%", "99.1", "7", "7", "^3"],
      ["时效指标", "群众办证效率提升率", "≥", "40", "%", "40", "7", "7", "^3"],
      [
        "效益指标↓2",
        "社会效益指标",
        "维护隔离点秩序稳定",
        "定性",
        "有效维护隔离点秩序稳定",
        "",
        "达成年度指标",
        "20",
        "20",
        "^3",
      ],
      [
        "可持续性影响指标",
        "持续推进放管服改革",
        "定性",
        "持续推进放管服改革",
        "",
        "达成年度指标",
        "20",
        "17",
        "存在个别工作人员对政策和流程掌握还不是特别熟悉的情况，在一定程度上影响了人民群众办事效率和效果。^3",
      ],
      ["满意度指标", "社会满意度指标", "社会满意度", "", "", "", "", "10", "10", "^3"],
      ["总分^8", "90.84", "^3"],
      ["自评等级^8", "优", "^3"],
    ]);
  });

  it("covers the twelve columns in every row, counting the cells spanning down from rows above", () => {
    const below: number[] = [];
    table!.rows.forEach((row, r) => {
      const fromAbove = below.filter((end) => end > r).length;
      const own = row.reduce((n, c) => n + (c.colSpan ?? 1), 0);
      expect(own + fromAbove, `row ${r}`).toBe(12);
      for (const c of row) if ((c.rowSpan ?? 1) > 1) below.push(r + c.rowSpan!);
    });
  });
});

describe("selfEvaluationTable: figures as the cells hold them", () => {
  it("reads an 执行率 as a fraction when %-formatted or plain and nearer, as points under a “(%)” header or when nearer", () => {
    expect(rateShown(withRate(0.8839))).toBe("88.39%");
    expect(rateShown(withRate(0.8839, "0.00%"))).toBe("88.39%");
    expect(rateShown(withRate(88.39, "0.00", true))).toBe("88.39%");
    expect(rateShown(withRate(88.39))).toBe("88.39%");
    expect(rateShown(withRate(0.88390512, "0.0%"))).toBe("88.39%");
    // Typed as text, full-width and all: written as the passages write it.
    expect(rateShown(withRate("８８．３９％"))).toBe("88.39%");
    expect(rateShown(withRate("88.39"))).toBe("88.39%");
    expect(rateShown(withRate(null))).toBe("");
    expect(rateShown(withRate("—"))).toBe("—");
  });

  it("reads a plain rate with nothing to compare against as points when above 2", () => {
    const model = withRate(88.39);
    const row: FundsRow = { ...model.funds!.rows[0]!, budget: null };
    const noBudget = { ...model, funds: { ...model.funds!, rows: [row] } };
    expect(rateShown(noBudget)).toBe("88.39%");
    const fraction = {
      ...noBudget,
      funds: { ...noBudget.funds, rows: [{ ...row, rate: withRate(0.95).funds!.rows[0]!.rate }] },
    };
    expect(rateShown(fraction)).toBe("95%");
  });

  it("prints amounts with thousands separators and two decimals, marks as written, scores as the passages write them", () => {
    const model = reportModel({
      paragraphs: [],
      funds: [
        { 项目: "年度资金总额", 年初预算数: 16084.2, 全年预算数: 1262.5, 全年执行数: null, 分值: 10.001, 得分: 8.8 },
      ],
    });
    const funds = model.funds!;
    const row: FundsRow = { ...funds.rows[0]!, executed: figureCell(funds.rows[0]!.executed!, "—") };
    const t = selfEvaluationTable({ ...model, funds: { ...funds, rows: [row] } });
    expect(texts(t)[1]).toEqual(["年度资金总额^3", "16,084.20^2", "1,262.50^2", "—^2", "10", "", "8.80"]);
    // Amounts typed as text, with separators or full-width digits, are figures too; an amount with its own unit
    // is the cell's own statement and stays as written.
    const typed: FundsRow = {
      ...funds.rows[0]!,
      initialBudget: figureCell(funds.rows[0]!.initialBudget!, "１６０８４．２"),
      budget: figureCell(funds.rows[0]!.budget!, " 1,262.5 "),
      executed: figureCell(funds.rows[0]!.executed!, "1262.5万元"),
      score: figureCell(funds.rows[0]!.score!, "8.8"),
    };
    const t2 = selfEvaluationTable({ ...model, funds: { ...funds, rows: [typed] } });
    expect(texts(t2)[1]).toEqual(["年度资金总额^3", "16,084.20^2", "1,262.50^2", "1262.5万元^2", "10", "", "8.80"]);
  });

  it("prints a number in a %-formatted target or actual cell as a percentage", () => {
    const model = reportModel({
      paragraphs: [],
      indicators: [
        { 一级指标: "产出指标", 二级指标: "质量指标", 三级指标: "验收合格率", 年度指标值: 0.95, 实际完成值: 1 },
      ],
    });
    const ind = model.indicators!;
    const pct = (c: TargetCell | null): TargetCell => ({ ...c!, numberFormat: "0%", target: parseTarget(c!.raw) });
    const row: IndicatorRow = { ...ind.rows[0]!, target: pct(ind.rows[0]!.target), actual: pct(ind.rows[0]!.actual) };
    const t = selfEvaluationTable({ ...model, indicators: { ...ind, rows: [row] } });
    expect(texts(t)[1]!.slice(2, 7)).toEqual(["验收合格率", "", "95%", "", "100%"]);
  });
});

describe("selfEvaluationTable: one way of writing figures, the body's", () => {
  it("writes seed 000's amounts, rates and scores exactly as the report's passages do", () => {
    const model = honggutanModel();
    const doc = composeReport({ ...model, report: null }, { profile: DEFAULT_PROFILE });
    const figures = new Set(passagesOf(doc).flatMap((p) => p.figures.map((f) => f.text)));
    const cells = new Set(selfEvaluationTable(model)!.rows.flatMap((r) => r.map((c) => c.text)));
    // The same amounts, rates and scores in the body and in the table, in the same form.
    for (const figure of ["36,353.37", "32,132.93", "88.39%", "8.84", "90.84", "17"]) {
      expect(figures, figure).toContain(figure);
      expect(cells, figure).toContain(figure);
    }
    // A count: 7,129 in the table, its 度量单位 in a column of its own; 7,129件 in the body.
    expect(figures).toContain("7,129件");
    expect(cells).toContain("7,129");
  });

  it("writes a rate of exactly 100% as the body does (100%, not 100.00%)", () => {
    const model = reportModel({
      paragraphs: [],
      funds: [{ 项目: "年度资金总额", 全年预算数: 37364.61, 全年执行数: 37364.61, 分值: 10, 执行率: 1, 得分: 10 }],
    });
    expect(rateShown(model)).toBe("100%");
  });
});

describe("selfEvaluationTable: spans and parts", () => {
  const indicators: IndicatorData[] = [
    { 一级指标: "产出指标", 二级指标: "数量指标", 三级指标: "甲" },
    { 一级指标: null, 二级指标: null, 三级指标: "乙" },
    { 一级指标: "产出指标", 二级指标: "质量指标", 三级指标: "丙" },
    { 一级指标: "效益指标", 二级指标: "质量指标", 三级指标: "丁" },
    { 一级指标: "效益指标", 二级指标: "质量指标", 三级指标: "戊" },
  ];

  it("spans 一级 over rows that carry or repeat it, and 二级 within its 一级 only", () => {
    const t = selfEvaluationTable(reportModel({ paragraphs: [], indicators }));
    expect(texts(t).map((r) => r.slice(0, 3))).toEqual([
      ["一级指标", "二级指标", "三级指标"],
      ["产出指标↓3", "数量指标↓2", "甲"],
      ["乙", "", ""],
      ["质量指标", "丙", ""],
      ["效益指标↓2", "质量指标↓2", "丁"],
      ["戊", "", ""],
    ]);
  });

  it("has no title year, caption or funds block where the workbook gives none", () => {
    const t = selfEvaluationTable(reportModel({ paragraphs: [], indicators }));
    expect(t).toMatchObject({ title: "部门整体支出绩效自评表", caption: null });
    expect(t!.rows[0]![0]!.text).toBe("一级指标");
  });

  it("prints only the funds block when there are no indicators, and the form's texts after the total", () => {
    const funds = reportModel({ paragraphs: [], funds: FUNDS });
    expect(texts(selfEvaluationTable(funds))).toHaveLength(2);
    const model = reportModel({ paragraphs: [], indicators, total: { 总分: 88.5, 自评等级: "良" } });
    const conclusion: TextCell = {
      ref: { sheet: "绩效自评表", row: 20, col: 2 },
      raw: "总体完成年度目标。",
      numberFormat: "General",
      text: "总体完成年度目标。",
    };
    const withTexts = {
      ...model,
      indicators: { ...model.indicators!, texts: [{ label: "评价结论", value: conclusion }] },
    };
    expect(texts(selfEvaluationTable(withTexts)).slice(-3)).toEqual([
      ["总分^8", "88.50", "^3"],
      ["自评等级^8", "良", "^3"],
      ["评价结论^3", "总体完成年度目标。^9"],
    ]);
  });

  it("is null without the funds block and the indicators block", () => {
    expect(selfEvaluationTable(reportModel({ paragraphs: ["一、基本情况"] }))).toBeNull();
  });
});
