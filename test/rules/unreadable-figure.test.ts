import { describe, expect, it } from "vitest";
import { rule } from "../../src/core/checks/rules/unreadable-figure";
import { financeModel, honggutan, run } from "../helpers/finance-model";

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
