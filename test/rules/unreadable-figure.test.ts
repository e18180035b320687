import { describe, expect, it } from "vitest";
import { rule } from "../../src/core/checks/rules/unreadable-figure";
import { readModel } from "../../src/core/model/read";
import { sheetOf, type CellValue, type SheetSnapshot } from "../../src/core/model/snapshot";
import { financeModel, honggutan, run } from "../helpers/finance-model";
import { sheet, workbook } from "../helpers/workbook";

describe("unreadable-figure: text where a figure is required", () => {
  it("names the cell, what it holds and the parser's reason", () => {
    const model = honggutan({
      balance: {
        left: [
          ["流动资产合计", 1262.54],
          ["非流动资产合计", 16204.96],
          ["资产总计", "约30000"],
        ],
      },
    });
    const findings = run(rule, model);
    expect(findings).toEqual([
      {
        rule: "unreadable-figure",
        severity: "error",
        sheet: "资产负债表",
        cell: "B7",
        message: "B7（资产总计年末数）写为“约30000”：不是确切数字，应填写数字",
        expected: null,
        actual: null,
        refs: [{ sheet: "资产负债表", row: 7, col: 2 }],
        fix: null,
      },
    ]);
  });

  it("reads every required figure: funds amounts and rates, weights, scores, 总分, budget amounts", () => {
    const model = financeModel({
      funds: [["年度资金总额", null, "三千", 32132.93, 10, "#DIV/0!", 8.84]],
      indicators: [["产出指标", "数量指标", "采购应急处突装备", 7, "满分"]],
      total: "90.84分",
      budget: [["合计", "1,2345.6", 32132.93, 0.8839]],
    });
    expect(run(rule, model).map((f) => f.message)).toEqual([
      "F5（年度资金总额全年预算数）写为“三千”：数字写成了汉字，请改为阿拉伯数字，应填写数字",
      "I5（年度资金总额执行率）写为“#DIV/0!”：单元格是错误值 #DIV/0!，应填写数字",
      "I7（采购应急处突装备得分）写为“满分”：不是数字，应填写数字",
      "I8（总分）写为“90.84分”：无法识别数字后面的“分”，应填写数字",
      "B4（合计全年预算数）写为“1,2345.6”：千分位逗号的位置不对，应填写数字",
    ]);
  });

  it("does not count blanks, dashes or figures stored as text as unreadable", () => {
    const model = financeModel({ budget: [["合计", null, "—", "88.39%"]] });
    expect(run(rule, model)).toEqual([]);
  });

  it("raises nothing on seed 000", () => {
    expect(run(rule, honggutan())).toEqual([]);
  });
});

describe("unreadable-figure: what a file holds instead of a figure", () => {
  const header = [
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
  ];
  const form = (rows: CellValue[][]) => sheet("绩效自评表", [header, ...rows]);
  const read = (s: SheetSnapshot) => run(rule, readModel(workbook([s])));

  it("an error value in 实际完成值 or 得分: the score cannot be checked, so it is told at its cell", () => {
    const findings = read(
      form([
        ["产出指标", "数量指标", "采购应急处突装备", "≥", 2000, "件", "#VALUE!", 10, 10],
        [null, null, "办结率", "≥", 0.95, "%", 0.98, 10, "#REF!"],
      ]),
    );
    expect(findings.map((f) => [f.cell, f.message])).toEqual([
      ["G2", "G2（采购应急处突装备实际完成值）写为“#VALUE!”：单元格是错误值 #VALUE!，应填写数字"],
      ["I3", "I3（办结率得分）写为“#REF!”：单元格是错误值 #REF!，应填写数字"],
    ]);
  });

  it("a formula whose file holds no result is told as such, never as a blank cell", () => {
    const base = form([["产出指标", "数量指标", "采购应急处突装备", "≥", 2000, "件", 2100, 10, null]]);
    const rows = base.rows.map((r) =>
      r.row === 2
        ? { row: 2, cells: [...r.cells, { col: 9, value: null, format: "0.00", uncomputed: "=H2*MIN(G2/E2,1)" }] }
        : r,
    );
    const findings = read(sheetOf(base.name, rows));
    expect(findings.map((f) => [f.cell, f.message])).toEqual([
      [
        "I2",
        "I2（采购应急处突装备得分）写为“=H2*MIN(G2/E2,1)”：公式没有计算结果：请在 Excel 中打开并保存后再检查，应填写数字",
      ],
    ]);
  });

  it("words in 年度指标值 and 实际完成值 are qualitative, not unreadable", () => {
    expect(read(form([["效益指标", "社会效益指标", "群众安全感", null, "有效", null, "达到预期", 10, 9]]))).toEqual([]);
  });

  it("a number past what a figure holds is unreadable, and written out without an exponent", () => {
    const findings = read(form([["产出指标", "数量指标", "采购应急处突装备", "≥", 2000, "件", 1e308, 10, 1e16]]));
    expect(findings.map((f) => f.message)).toEqual([
      "G2（采购应急处突装备实际完成值）写为“100000…（共 309 位）”：超出可读的范围（绝对值达到 10 的 15 次方），不是应填的金额或数字，应填写数字",
      "I2（采购应急处突装备得分）写为“10000000000000000”：超出可读的范围（绝对值达到 10 的 15 次方），不是应填的金额或数字，应填写数字",
    ]);
    const text = findings.map((f) => f.message).join("");
    expect(text).not.toMatch(/e\+|Infinity|NaN/);
  });
});
