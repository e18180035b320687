import { describe, expect, it } from "vitest";
import { rule } from "../../src/core/checks/rules/funds-budget-agree";
import { HONGGUTAN, financeModel, honggutan, run } from "../helpers/finance-model";

describe("funds-budget-agree: 年度资金总额 = 预算执行情况表合计", () => {
  it("reports a funds total that differs from the budget table's 合计", () => {
    const model = honggutan({
      budget: [
        ["基本支出", 16084.2, 15478.81, 0.9624],
        ["项目支出", 20269.17, 16654.12, 0.8216],
        ["合计", 36353.37, 32123.93, 0.8837],
      ],
    });
    const findings = run(rule, model);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      rule: "funds-budget-agree",
      severity: "error",
      sheet: "绩效自评表",
      cell: "G5",
      message:
        "绩效自评表年度资金总额全年执行数 32,132.93 万元，与预算执行情况表合计 32,123.93 万元不一致，相差 9.00 万元",
      expected: 32123.93,
      actual: 32132.93,
      fix: null,
      refs: [
        { sheet: "绩效自评表", row: 5, col: 7 },
        { sheet: "预算执行情况", row: 6, col: 3 },
      ],
    });
  });

  it("raises nothing on seed 000 (36,353.37 / 32,132.93 in both)", () => {
    expect(run(rule, honggutan())).toEqual([]);
  });

  it("compares after converting units: 363,533,700 元 is 36,353.37 万元", () => {
    const model = financeModel({
      funds: HONGGUTAN.funds,
      budget: [["合计", 363533700, 321329300]],
      units: { budget: "元" },
    });
    expect(run(rule, model)).toEqual([]);
    const off = financeModel({
      funds: HONGGUTAN.funds,
      budget: [["合计", 363500000, 321329300]],
      units: { budget: "元" },
    });
    expect(run(rule, off)[0]!.message).toBe(
      "绩效自评表年度资金总额全年预算数 36,353.37 万元，与预算执行情况表合计 363,500,000.00 元（即 36,350 万元）不一致，" +
        "相差 3.37 万元",
    );
  });

  it("holds the funds total to 基本支出 + 项目支出 where the budget table has no 合计 row", () => {
    const model = financeModel({
      funds: HONGGUTAN.funds,
      budget: [
        ["基本支出", 16084.2, 15478.81],
        ["项目支出", 20269.17, 16000],
      ],
    });
    expect(run(rule, model).map((f) => f.message)).toEqual([
      "绩效自评表年度资金总额全年执行数 32,132.93 万元，与预算执行情况表基本支出、项目支出之和 31,478.81 万元不一致，" +
        "相差 654.12 万元",
    ]);
  });

  it("raises nothing when either table is absent or a figure is blank", () => {
    expect(run(rule, financeModel({ funds: HONGGUTAN.funds }))).toEqual([]);
    expect(run(rule, financeModel({ budget: HONGGUTAN.budget }))).toEqual([]);
    expect(run(rule, financeModel({ funds: HONGGUTAN.funds, budget: [["合计", null, null]] }))).toEqual([]);
  });
});
