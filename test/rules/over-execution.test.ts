import { describe, expect, it } from "vitest";
import { rule } from "../../src/core/checks/rules/over-execution";
import { financeModel, honggutan, run } from "../helpers/finance-model";

describe("over-execution: 执行数超过预算数 needs a reason", () => {
  it("warns on an item over budget with no reason, naming both figures and the excess", () => {
    const model = financeModel({
      budget: [
        ["项目支出", 20269.17, 16654.12, null, "部分项目尚处于合同履约期"],
        ["红谷警眼", 2000, 2730.83, null, null],
        ["智慧云眼", 18269.17, 13923.29, null, null],
      ],
    });
    const findings = run(rule, model);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      rule: "over-execution",
      severity: "warning",
      sheet: "预算执行情况",
      cell: "B5:C5",
      message: "红谷警眼全年执行数 2,730.83 万元，全年预算数 2,000.00 万元：执行数超过预算数 730.83 万元，未说明原因",
      expected: 2000,
      actual: 2730.83,
      fix: null,
    });
  });

  it("accepts an excess explained on its row, and one within the tolerance", () => {
    const model = financeModel({
      budget: [
        ["基本支出", 16084.2, 16500, null, "追加人员经费，年中调整预算未及时录入"],
        ["项目支出", 20269.17, 20269.18, null, null],
      ],
    });
    expect(run(rule, model)).toEqual([]);
  });

  it("raises the excess at the item only, not again at its subtotal and 合计", () => {
    const model = financeModel({
      budget: [
        ["基本支出", 100, 120, null, null],
        ["人员经费", 80, 100, null, null],
        ["公用经费", 20, 20, null, null],
        ["合计", 100, 120, null, null],
      ],
    });
    expect(run(rule, model).map((f) => f.cell)).toEqual(["B5:C5"]);
  });

  it("raises it at a subtotal or 合计 when nothing under it shows it", () => {
    const model = financeModel({
      budget: [
        ["基本支出", 100, 90],
        ["项目支出", 50, 50],
        ["合计", 150, 160],
      ],
    });
    expect(run(rule, model).map((f) => f.message)).toEqual([
      "合计全年执行数 160.00 万元，全年预算数 150.00 万元：执行数超过预算数 10.00 万元，未说明原因",
    ]);
  });

  it("checks the funds block when the workbook has no budget table", () => {
    const model = financeModel({
      funds: [
        ["年度资金总额", null, 100, 105],
        ["其中：财政拨款", null, 100, 105],
      ],
    });
    expect(run(rule, model).map((f) => f.message)).toEqual([
      "财政拨款全年执行数 105.00 万元，全年预算数 100.00 万元：执行数超过预算数 5.00 万元，未说明原因",
    ]);
  });

  it("raises nothing on seed 000, on seed 002's 100% execution, or without tables", () => {
    expect(run(rule, honggutan())).toEqual([]);
    expect(run(rule, financeModel({ budget: [["合计", 37364.61, 37364.61, 1]] }))).toEqual([]);
    expect(run(rule, financeModel({}))).toEqual([]);
  });
});
