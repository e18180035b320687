/**
 * The whole-department form (部门整体支出绩效自评表): its funds block splits 年度资金总额 into 基本支出 and 项目支出
 * and often states only 年初预算数 beside the 全年执行数, without an 执行率 column. Worked examples by hand.
 */
import { describe, expect, it } from "vitest";
import { CATALOGUE } from "../src/core/checks/catalogue";
import { runChecks } from "../src/core/checks/run";
import { readModel } from "../src/core/model/read";
import type { CellValue } from "../src/core/model/snapshot";
import { DEFAULT_PROFILE } from "../src/core/profile";
import { sheet, workbook } from "./helpers/workbook";

const HEADER = [
  "一级指标",
  "二级指标",
  "三级指标",
  "年度指标值",
  "实际完成值",
  "分值",
  "得分",
  "偏差原因分析及改进措施",
];
const INDICATORS: CellValue[][] = [
  HEADER,
  ["产出指标", "数量指标", "办结案件数", "≥1000件", "1200件", 50, 50, null],
  ["效益指标", "社会效益指标", "群众安全感", "≥90%", "95%", 30, 30, null],
  ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "96%", 10, 10, null],
];

function check(funds: CellValue[][]) {
  const rows = [
    ["2023年度部门整体支出绩效自评表"],
    ["单位：万元"],
    ["项目", "年初预算数", "全年执行数", "分值", "得分"],
    ...funds,
    [],
    ...INDICATORS,
  ];
  const model = readModel(workbook([sheet("绩效自评表", rows)]));
  return { model, findings: runChecks(model, DEFAULT_PROFILE, CATALOGUE) };
}

describe("the whole-department form", () => {
  it("reads 年度资金总额, 基本支出 and 项目支出 with 年初预算数 as the budget", () => {
    const { model } = check([
      ["年度资金总额", 1000, 950, 10, 9.5],
      ["其中：基本支出", 600, 580, null, null],
      ["项目支出", 400, 370, null, null],
    ]);
    expect(model.funds!.rows.map((r) => [r.line, r.budget?.raw, r.executed?.raw])).toEqual([
      ["total", 1000, 950],
      ["basic", 600, 580],
      ["project", 400, 370],
    ]);
  });

  it("a consistent form raises no error: 600 + 400 = 1000, 580 + 370 = 950, 950 ÷ 1000 × 10 = 9.5", () => {
    const { findings } = check([
      ["年度资金总额", 1000, 950, 10, 9.5],
      ["其中：基本支出", 600, 580, null, null],
      ["项目支出", 400, 370, null, null],
    ]);
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("execution above budget (1,100 of 1,000) without a reason, and a score of 9 where 10 is due", () => {
    const { findings } = check([
      ["年度资金总额", 1000, 1100, 10, 9],
      ["其中：基本支出", 600, 650, null, null],
      ["项目支出", 400, 450, null, null],
    ]);
    expect(findings.map((f) => [f.rule, f.severity, f.cell])).toEqual(
      expect.arrayContaining([
        ["execution-score", "error", "E4"],
        ["over-execution", "warning", "B5:C5"],
        ["over-execution", "warning", "B6:C6"],
      ]),
    );
  });

  it("parts that do not add up: 基本支出 600 + 项目支出 300 = 900, not 1,000", () => {
    const { findings } = check([
      ["年度资金总额", 1000, 950, 10, 9.5],
      ["其中：基本支出", 600, 580, null, null],
      ["项目支出", 300, 370, null, null],
    ]);
    const parts = findings.filter((f) => f.rule === "funds-total-parts");
    expect(parts.map((f) => f.message)).toEqual([
      "年度资金总额年初预算数 1,000.00 万元，不等于基本支出 600.00 万元 + 项目支出 300.00 万元 = 900.00 万元，相差 100.00 万元",
    ]);
  });
});
