import { describe, expect, it } from "vitest";
import { rule } from "../../src/core/checks/rules/budget-subtotals";
import { financeModel, honggutan, run } from "../helpers/finance-model";

const ref = (row: number, col: number) => ({ sheet: "预算执行情况", row, col });

describe("budget-subtotals: 基本支出/项目支出 = their items; 合计 = 基本支出 + 项目支出", () => {
  it("reports a subtotal that is not the sum of its items, with a fix writing the sum", () => {
    const model = financeModel({
      budget: [
        ["基本支出", 16084.2, 15478.81],
        ["人员经费", 12000, 11800],
        ["公用经费", 4000, 3678.81],
        ["项目支出", 20269.17, 16654.12],
        ["合计", 36353.37, 32132.93],
      ],
    });
    const findings = run(rule, model);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      rule: "budget-subtotals",
      severity: "error",
      sheet: "预算执行情况",
      cell: "B4:B6",
      message:
        "基本支出全年预算数 16,084.20 万元，不等于其下各项 人员经费 12,000.00 万元 + 公用经费 4,000.00 万元 = " +
        "16,000.00 万元，相差 84.20 万元",
      expected: 16000,
      actual: 16084.2,
      fix: {
        label: "把 B4 改为 16,000.00",
        writes: [{ sheet: "预算执行情况", row: 4, col: 2, value: 16000, expected: 16084.2 }],
      },
    });
    expect(findings[0]!.refs).toEqual([ref(4, 2), ref(5, 2), ref(6, 2)]);
  });

  it("reports a 合计 that is not 基本支出 + 项目支出, with a fix when the subtotals agree with their items", () => {
    const model = financeModel({
      budget: [
        ["基本支出", 16084.2, 15478.81],
        ["项目支出", 20269.17, 16654.12],
        ["合计", 36353.37, 32123.93],
      ],
    });
    const findings = run(rule, model);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      cell: "C4:C6",
      message:
        "合计全年执行数 32,123.93 万元，不等于基本支出 15,478.81 万元 + 项目支出 16,654.12 万元 = 32,132.93 万元，" +
        "相差 9.00 万元",
      expected: 32132.93,
      actual: 32123.93,
      fix: { writes: [{ sheet: "预算执行情况", row: 6, col: 3, value: 32132.93, expected: 32123.93 }] },
    });
  });

  it("offers no 合计 fix when a subtotal disagrees with its own items (which figure is right is open)", () => {
    const model = financeModel({
      budget: [
        ["基本支出", 100, null],
        ["办公费", 60, null],
        ["差旅费", 30, null],
        ["项目支出", 50, null],
        ["合计", 140, null],
      ],
    });
    const findings = run(rule, model);
    expect(findings.map((f) => [f.cell, f.fix === null])).toEqual([
      ["B4:B6", false],
      ["B4:B8", true],
    ]);
    expect(findings[1]!.message).toBe(
      "合计全年预算数 140.00 万元，不等于基本支出 100.00 万元 + 项目支出 50.00 万元 = 150.00 万元，相差 10.00 万元",
    );
  });

  it("sums every item into 合计 when the table has no subtotals", () => {
    const model = financeModel({
      budget: [
        ["办公楼维修", 120.5, 100],
        ["执法装备", 80, 80],
        ["合计", 200, 180],
      ],
    });
    expect(run(rule, model).map((f) => f.message)).toEqual([
      "合计全年预算数 200.00 万元，不等于各项目 办公楼维修 120.50 万元 + 执法装备 80.00 万元 = 200.50 万元，相差 0.50 万元",
    ]);
  });

  it("reports a blank subtotal over items that have amounts, with the sum to write", () => {
    const model = financeModel({
      budget: [
        ["项目支出", null, 16654.12],
        ["红谷警眼", 20000, 16454.12],
        ["智慧云眼", 269.17, 200],
        ["合计", 20269.17, 16654.12],
      ],
    });
    const [f, ...rest] = run(rule, model);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      message: "项目支出全年预算数未填写，其下各项为 红谷警眼 20,000.00 万元 + 智慧云眼 269.17 万元 = 20,269.17 万元",
      expected: 20269.17,
      actual: null,
      fix: { writes: [{ row: 4, col: 2, value: 20269.17, expected: null }] },
    });
  });

  it("lists long sums by their count", () => {
    const items = Array.from({ length: 6 }, (_, i): [string, number, number] => [`项目${i + 1}`, 10, 10]);
    const model = financeModel({ budget: [["项目支出", 61, 60], ...items] });
    expect(run(rule, model)[0]!.message).toBe(
      "项目支出全年预算数 61.00 万元，不等于其下各项 6 项之和 60.00 万元，相差 1.00 万元",
    );
  });

  it("raises nothing on seed 000 (16,084.2 + 20,269.17 = 36,353.37; 15,478.81 + 16,654.12 = 32,132.93)", () => {
    expect(run(rule, honggutan())).toEqual([]);
  });

  it("raises nothing for a 合计 alone (seed 002), a blank 合计 (required-blank's) or no table", () => {
    expect(run(rule, financeModel({ budget: [["合计", 37364.61, 37364.61, 1]] }))).toEqual([]);
    expect(
      run(
        rule,
        financeModel({
          budget: [
            ["基本支出", 1, 1],
            ["项目支出", 2, 2],
            ["合计", null, null],
          ],
        }),
      ),
    ).toEqual([]);
    expect(run(rule, financeModel({}))).toEqual([]);
  });
});
