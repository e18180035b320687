import { describe, expect, it } from "vitest";
import { rule } from "../../src/core/checks/rules/units-disagree";
import { HONGGUTAN, financeModel, honggutan, run } from "../helpers/finance-model";

describe("units-disagree: amount units that differ", () => {
  it("warns once when the tables state different units, converting a figure", () => {
    const model = financeModel({
      funds: HONGGUTAN.funds,
      budget: [["合计", 363533700, 321329300, 0.8839]],
      balance: HONGGUTAN.balance,
      units: { budget: "元" },
    });
    const findings = run(rule, model);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      rule: "units-disagree",
      severity: "warning",
      sheet: "绩效自评表",
      message:
        "各表金额单位不一致：绩效自评表资金部分为万元（A2），预算执行情况表为元（A2），资产负债表为万元（E3）；" +
        "如预算执行情况表 B4 合计全年预算数 363,533,700 元即 36,353.37 万元，引用和核对时须换算，建议统一单位",
      fix: null,
      refs: [
        { sheet: "绩效自评表", row: 2, col: 1 },
        { sheet: "预算执行情况", row: 2, col: 1 },
        { sheet: "资产负债表", row: 3, col: 5 },
      ],
    });
  });

  it("says when a table states no unit and is taken to be in 万元", () => {
    const model = financeModel({
      funds: HONGGUTAN.funds,
      budget: HONGGUTAN.budget,
      units: { funds: "元", budget: null },
    });
    expect(run(rule, model)[0]!.message).toBe(
      "各表金额单位不一致：绩效自评表资金部分为元（A2），预算执行情况表未注明单位（按万元）；" +
        "如预算执行情况表 B4 基本支出全年预算数 16,084.2 万元即 160,842,000 元，引用和核对时须换算，建议统一单位",
    );
  });

  it("warns on “1480元” in a 万元 table, with a fix writing 0.148", () => {
    const model = financeModel({ budget: [["公务接待费", null, "1480元"]] });
    expect(run(rule, model)).toEqual([
      {
        rule: "units-disagree",
        severity: "warning",
        sheet: "预算执行情况",
        cell: "C4",
        message: "C4（公务接待费全年执行数）写为“1480元”，单位与本表（万元）不同：1,480 元 = 0.148 万元",
        expected: 0.148,
        actual: 1480,
        refs: [{ sheet: "预算执行情况", row: 4, col: 3 }],
        fix: {
          label: "把 C4 改为 0.148（万元）",
          writes: [{ sheet: "预算执行情况", row: 4, col: 3, value: 0.148, expected: "1480元" }],
        },
      },
    ]);
  });

  it("warns on a unit that is not money in an amount cell and one that is not % in a rate cell", () => {
    const model = financeModel({ budget: [["合计", "95%", 100, "5万元"]] });
    expect(run(rule, model).map((f) => [f.cell, f.message, f.fix])).toEqual([
      ["B4", "B4（合计全年预算数）写为“95%”，单位“%”不是金额单位，而本表金额单位为万元", null],
      ["D4", "D4（合计执行率）写为“5万元”，单位“万元”不是百分比", null],
    ]);
  });

  it("accepts a text that carries its table's own unit (“17467.49万元”) and raises nothing on seed 000", () => {
    expect(run(rule, honggutan({ balance: { left: [["资产总计", "17467.49万元"]] } }))).toEqual([]);
    expect(run(rule, honggutan())).toEqual([]);
  });
});
