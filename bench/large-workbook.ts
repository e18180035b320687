/**
 * The checker's benchmark workbook, as a snapshot: a consistent 绩效自评 workbook of 10,000 budget rows and
 * 2,000 indicators (weights 产出 50 / 效益 30 / 满意度 10 with 预算执行率 10, scores computed by the scoring
 * rules, reasons where a score falls short, subtotals and 合计 that add up, a balance sheet whose identities
 * hold, a report whose figures agree), plus a few deliberate mistakes so the checks have something to report.
 */
import { roundHalfUp, sum } from "../src/core/decimal";
import { quantitativeScore } from "../src/core/scoring";
import type { Area, CellValue, SheetSnapshot, WorkbookSnapshot } from "../src/core/model/snapshot";
import { sheetFromGrid } from "../src/core/model/snapshot";

export const BUDGET_ROWS = 10_000;
export const INDICATOR_ROWS = 2_000;

function sheet(name: string, rows: CellValue[][], merges: Area[] = [], percentCols: number[] = []): SheetSnapshot {
  const numberFormats = rows.map((r) =>
    r.map((v, i) => (typeof v === "number" ? (percentCols.includes(i) ? "0.00%" : "#,##0.00") : "General")),
  );
  return sheetFromGrid(name, 1, 1, rows, numberFormats, { merges });
}

interface BudgetLine {
  readonly name: string;
  readonly budget: number;
  readonly executed: number;
}

function budgetLines(): { basic: BudgetLine[]; project: BudgetLine[] } {
  const line = (i: number, prefix: string): BudgetLine => {
    const budget = roundHalfUp(10 + ((i * 7919) % 90000) / 100, 2);
    const share = 0.85 + ((i * 37) % 16) / 100; // 85% to 100%
    return { name: `${prefix}${i + 1}`, budget, executed: roundHalfUp(budget * share, 2) };
  };
  const half = BUDGET_ROWS / 2;
  return {
    basic: Array.from({ length: half }, (_, i) => line(i, "基本支出明细")),
    project: Array.from({ length: half }, (_, i) => line(i + half, "项目")),
  };
}

const rate = (executed: number, budget: number): number => roundHalfUp(executed / budget, 4);

const TOPICS = [
  "加强预算编制和执行管理",
  "严格落实政府采购制度",
  "推进资产清查和登记",
  "规范专项资金使用",
  "做好绩效目标跟踪",
];

export function largeWorkbook(): WorkbookSnapshot {
  const { basic, project } = budgetLines();
  const basicBudget = sum(basic.map((l) => l.budget));
  const basicExecuted = sum(basic.map((l) => l.executed));
  const projectBudget = sum(project.map((l) => l.budget));
  const projectExecuted = sum(project.map((l) => l.executed));
  const totalBudget = sum([basicBudget, projectBudget]);
  const totalExecuted = sum([basicExecuted, projectExecuted]);
  const execRate = totalExecuted / totalBudget;
  const execScore = roundHalfUp(Math.min(execRate, 1) * 10, 2);

  const budgetRows: CellValue[][] = [
    ["某某局2022年度预算执行情况表"],
    ["单位：万元"],
    ["项目名称", "全年预算数", "全年执行数", "执行率", "未执行原因"],
    ["一、基本支出", basicBudget, basicExecuted, rate(basicExecuted, basicBudget), null],
  ];
  const push = (l: BudgetLine) =>
    budgetRows.push([
      l.name,
      l.budget,
      l.executed,
      rate(l.executed, l.budget),
      l.executed / l.budget < 0.9 ? "部分合同尚在履约期，按进度支付" : null,
    ]);
  basic.forEach(push);
  budgetRows.push(["二、项目支出", projectBudget, projectExecuted, rate(projectExecuted, projectBudget), null]);
  project.forEach(push);
  budgetRows.push(["合计", totalBudget, totalExecuted, rate(totalExecuted, totalBudget), null]);
  // a deliberate mistake: a stated rate that does not fit its amounts
  budgetRows[10]![3] = 0.5;

  const formRows: CellValue[][] = [
    ["2022年度部门整体支出绩效自评表"],
    ["单位：万元"],
    ["单位名称", "某某局"],
    ["项目", null, null, null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    [
      "年度资金总额",
      null,
      null,
      null,
      null,
      totalBudget,
      totalExecuted,
      10,
      rate(totalExecuted, totalBudget),
      execScore,
    ],
    [
      "其中：财政拨款",
      null,
      null,
      null,
      null,
      totalBudget,
      totalExecuted,
      null,
      rate(totalExecuted, totalBudget),
      null,
    ],
    ["上年结转资金", null, null, null, null, 0, 0, null, null, null],
    ["其他资金", null, null, null, null, 0, 0, null, null, null],
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
      "偏差原因分析及改进措施",
    ],
  ];
  const merges: Area[] = [];
  const groups: [string, string, number, number][] = [
    ["产出指标", "数量指标", 1000, 0.05],
    ["效益指标", "社会效益指标", 600, 0.05],
    ["满意度指标", "服务对象满意度指标", 400, 0.025],
  ];
  const scores: number[] = [];
  for (const [first, second, count, weight] of groups) {
    const top = formRows.length + 1;
    for (let i = 0; i < count; i++) {
      const actual = i % 20 === 0 ? 0.9 : 0.96;
      const score = quantitativeScore(actual, 0.95, weight, "≥", "ratio");
      scores.push(score);
      formRows.push([
        i === 0 ? first : null,
        i === 0 ? second : null,
        `${second.replace("指标", "")}${i + 1}`,
        "≥",
        "≥95%",
        "%",
        actual,
        weight,
        score,
        score < weight ? "受疫情影响部分工作推迟，下一年度加强进度管理" : null,
      ]);
    }
    merges.push(
      { top, left: 1, bottom: top + count - 1, right: 1 },
      { top, left: 2, bottom: top + count - 1, right: 2 },
    );
  }
  const total = sum([execScore, ...scores]);
  formRows.push(["总分", null, null, null, null, null, null, 100, total]);
  formRows.push(["自评等级", null, null, null, null, null, null, null, total >= 90 ? "优" : "良"]);
  // a deliberate mistake: a score above its weight
  formRows[12]![8] = 0.06;

  const balance = sheet("资产负债表", [
    ["资产负债表"],
    ["编制单位：某某局", null, "2022年12月31日", null, "单位：万元"],
    ["资产部类", "年末数", "年初数", "负债和净资产部类", "年末数", "年初数"],
    ["流动资产合计", 1262.54, 1100, "流动负债合计", 388.73, 300],
    ["非流动资产合计", 16204.96, 15000, "非流动负债合计", 0, 0],
    [null, null, null, "负债合计", 388.73, 300],
    [null, null, null, "净资产合计", 17078.77, 15800],
    ["资产总计", 17467.5, 16100, "负债和净资产总计", 17467.5, 16100],
  ]);
  const fmt = (x: number) => x.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const reportRows: CellValue[][] = [["2022年度某某局整体支出绩效自评报告"], ["一、部门基本概况"]];
  for (let i = 0; i < 300; i++) {
    reportRows.push([
      `${TOPICS[i % TOPICS.length]}（第${i + 1}段）。2022年全年预算数为 ${fmt(totalBudget)} 万元，全年执行数为 ${fmt(totalExecuted)} 万元，预算执行率为 ${(rate(totalExecuted, totalBudget) * 100).toFixed(2)}%。资产负债率为 2.23%。`,
    ]);
  }
  return {
    sheets: [
      sheet("绩效自评表", formRows, merges, [6]),
      sheet("预算执行情况", budgetRows, [], [3]),
      balance,
      sheet("自评报告", reportRows),
    ],
    settings: {},
  };
}
