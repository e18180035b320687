import { describe, expect, it } from "vitest";
import { rule } from "../../src/core/checks/rules/funds-total-parts";
import { DEFAULT_PROFILE } from "../../src/core/profile";
import { financeModel, honggutan, run } from "../helpers/finance-model";

const ref = (row: number, col: number) => ({ sheet: "绩效自评表", row, col });

describe("funds-total-parts: 年度资金总额 = 财政拨款 + 上年结转资金 + 其他资金", () => {
  it("reports a 全年预算数 total that is not the sum of its parts, naming every term and the difference", () => {
    const model = financeModel({
      funds: [
        ["年度资金总额", null, 36353.37, 32132.93, 10, 0.8839, 8.84],
        ["其中：财政拨款", null, 36000, 31832.93, null, null, null],
        ["上年结转资金", null, 300, 300, null, null, null],
        ["其他资金", null, 0, 0, null, null, null],
      ],
    });
    const findings = run(rule, model);
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f).toMatchObject({
      rule: "funds-total-parts",
      severity: "error",
      sheet: "绩效自评表",
      cell: "F5:F8",
      message:
        "年度资金总额全年预算数 36,353.37 万元，不等于财政拨款 36,000.00 万元 + 上年结转资金 300.00 万元 + " +
        "其他资金 0.00 万元 = 36,300.00 万元，相差 53.37 万元",
      expected: 36300,
      actual: 36353.37,
      fix: null,
    });
    expect(f!.refs).toEqual([ref(5, 6), ref(6, 6), ref(7, 6), ref(8, 6)]);
  });

  it("raises nothing on seed 000 (36,353.37 = 36,353.37 + 0 + 0)", () => {
    expect(run(rule, honggutan())).toEqual([]);
  });

  it("checks 年初预算数 and 全年执行数 too, counting a blank part as 0 when another is given", () => {
    const model = financeModel({
      funds: [
        ["年度资金总额", 30000, 36353.37, 32132.93],
        ["其中：财政拨款", 29000, 36353.37, 32000],
        ["上年结转资金", null, null, null],
        ["其他资金", null, null, null],
      ],
    });
    expect(run(rule, model).map((f) => f.message)).toEqual([
      "年度资金总额年初预算数 30,000.00 万元，不等于财政拨款 29,000.00 万元 + 上年结转资金 0.00 万元（未填，按 0 计） + " +
        "其他资金 0.00 万元（未填，按 0 计） = 29,000.00 万元，相差 1,000.00 万元",
      "年度资金总额全年执行数 32,132.93 万元，不等于财政拨款 32,000.00 万元 + 上年结转资金 0.00 万元（未填，按 0 计） + " +
        "其他资金 0.00 万元（未填，按 0 计） = 32,000.00 万元，相差 132.93 万元",
    ]);
  });

  it("leaves a column alone when no part is given (seed 000's blank 年初预算数)", () => {
    const model = financeModel({
      funds: [
        ["年度资金总额", 36353.37, 36353.37, 32132.93],
        ["其中：财政拨款", null, 36353.37, 32132.93],
        ["上年结转资金", null, 0, 0],
        ["其他资金", null, 0, 0],
      ],
    });
    expect(run(rule, model)).toEqual([]);
  });

  it("accepts a difference of exactly the tolerance (0.01) and reports one of 0.02", () => {
    const funds = (total: number) =>
      financeModel({
        funds: [
          ["年度资金总额", null, total, null],
          ["其中：财政拨款", null, 932020.95, null],
          ["上年结转资金", null, 0, null],
          ["其他资金", null, 0, null],
        ],
      });
    expect(run(rule, funds(932020.96))).toEqual([]);
    expect(run(rule, funds(932020.97))[0]?.message).toContain("相差 0.02 万元");
  });

  it("leaves a column with an unreadable part to unreadable-figure, and converts a part written in 元", () => {
    const unreadable = financeModel({
      funds: [
        ["年度资金总额", null, 36353.37, null],
        ["其中：财政拨款", null, "约36000", null],
        ["上年结转资金", null, 300, null],
      ],
    });
    expect(run(rule, unreadable)).toEqual([]);
    const inYuan = financeModel({
      funds: [
        ["年度资金总额", null, 36353.37, null],
        ["其中：财政拨款", null, 36053.37, null],
        ["上年结转资金", null, "3000000元", null],
      ],
    });
    expect(run(rule, inYuan)).toEqual([]);
  });

  it("raises nothing where the workbook has no funds block or no 年度资金总额 row", () => {
    expect(run(rule, financeModel({}))).toEqual([]);
    expect(run(rule, financeModel({ funds: [["其中：财政拨款", null, 1, 1]] }))).toEqual([]);
  });

  it("uses the profile's sum tolerance", () => {
    const model = financeModel({
      funds: [
        ["年度资金总额", null, 100.5, null],
        ["其中：财政拨款", null, 100, null],
      ],
    });
    const loose = { ...DEFAULT_PROFILE, tolerances: { ...DEFAULT_PROFILE.tolerances, sum: 1 } };
    expect(run(rule, model)).toHaveLength(1);
    expect(run(rule, model, loose)).toEqual([]);
  });
});
