import { describe, expect, it } from "vitest";
import { rule } from "../../src/core/checks/rules/figures-as-text";
import { financeModel, honggutan, run } from "../helpers/finance-model";

describe("figures-as-text: numbers stored as text, one finding per table", () => {
  it("counts a table's text figures, names the first ones and converts them all (a % text to its fraction)", () => {
    const model = financeModel({
      budget: [
        ["基本支出", "16,084.20", "15478.81", "96.24%"],
        ["项目支出", "20269.17万元", 16654.12, 0.8216],
        ["合计", "36353.37", "32,132.93", "88.39%"],
      ],
    });
    const findings = run(rule, model);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      rule: "figures-as-text",
      severity: "info",
      sheet: "预算执行情况",
      cell: "B4:D6",
      message: "预算执行情况表有 7 个数字以文本形式保存（B4、C4、D4、B5、B6 等），Excel 求和与公式不会计入，应转为数字",
      expected: null,
      actual: null,
    });
    expect(findings[0]!.fix).toEqual({
      label: "把 7 个文本数字转为数字",
      writes: [
        { sheet: "预算执行情况", row: 4, col: 2, value: 16084.2, expected: "16,084.20" },
        { sheet: "预算执行情况", row: 4, col: 3, value: 15478.81, expected: "15478.81" },
        { sheet: "预算执行情况", row: 4, col: 4, value: 0.9624, expected: "96.24%" },
        { sheet: "预算执行情况", row: 5, col: 2, value: 20269.17, expected: "20269.17万元" },
        { sheet: "预算执行情况", row: 6, col: 2, value: 36353.37, expected: "36353.37" },
        { sheet: "预算执行情况", row: 6, col: 3, value: 32132.93, expected: "32,132.93" },
        { sheet: "预算执行情况", row: 6, col: 4, value: 0.8839, expected: "88.39%" },
      ],
    });
  });

  it("raises one finding for each table that has any: funds, indicators, balance sheet", () => {
    const model = financeModel({
      funds: [["年度资金总额", null, "36353.37", 32132.93, "10", 0.8839, "8.84"]],
      indicators: [["产出指标", "数量指标", "采购应急处突装备", "7", 7]],
      total: "90.84",
      balance: { left: [["资产总计", " 17 467.49 "]] },
    });
    expect(run(rule, model).map((f) => [f.sheet, f.message])).toEqual([
      ["绩效自评表", "绩效自评表资金部分有 3 个数字以文本形式保存（F5、H5、J5），Excel 求和与公式不会计入，应转为数字"],
      ["绩效自评表", "绩效自评表指标部分有 2 个数字以文本形式保存（H7、I8），Excel 求和与公式不会计入，应转为数字"],
      ["资产负债表", "资产负债表有 1 个数字以文本形式保存（B5），Excel 求和与公式不会计入，应转为数字"],
    ]);
  });

  it("leaves out texts in another unit (units-disagree's), unreadable texts, dashes and real numbers", () => {
    const model = honggutan({
      budget: [
        ["基本支出", "1480元", 15478.81, 0.9624],
        ["项目支出", "约20000", "—", null],
      ],
    });
    expect(run(rule, model)).toEqual([]);
  });

  it("raises nothing on seed 000", () => {
    expect(run(rule, honggutan())).toEqual([]);
  });
});
