import { describe, expect, it } from "vitest";
import { rule } from "../../src/core/checks/rules/required-blank";
import { HONGGUTAN, financeModel, honggutan, run } from "../helpers/finance-model";

describe("required-blank: cells a reviewer will not accept blank", () => {
  it("reports the funds total's blank 全年预算数 and “—” 全年执行数", () => {
    const model = honggutan({
      funds: [["年度资金总额", null, null, "—", 10, null, null], ...HONGGUTAN.funds.slice(1)],
    });
    const findings = run(rule, model);
    expect(findings).toEqual([
      {
        rule: "required-blank",
        severity: "error",
        sheet: "绩效自评表",
        cell: "F5",
        message: "年度资金总额全年预算数（F5）未填写，应填写全年预算数",
        expected: null,
        actual: null,
        refs: [{ sheet: "绩效自评表", row: 5, col: 6 }],
        fix: null,
      },
      expect.objectContaining({
        cell: "G5",
        message: "年度资金总额全年执行数（G5）写为“—”，没有数字，应填写全年执行数",
      }),
    ]);
  });

  it("reports the budget table's blank 合计 amounts", () => {
    const model = honggutan({
      budget: [
        ["基本支出", 16084.2, 15478.81],
        ["合计", null, 32132.93],
      ],
    });
    expect(run(rule, model).map((f) => [f.cell, f.message])).toEqual([
      ["B5", "预算执行情况表合计行的全年预算数（B5）未填写，应填写全年预算数"],
    ]);
  });

  it("reports the balance sheet's blank 资产总计/负债合计/净资产合计 年末数, and a missing row, but not 年初数", () => {
    const model = honggutan({
      balance: {
        left: [
          ["流动资产合计", 1262.54, null],
          ["资产总计", null, null],
        ],
        right: [["负债合计", 388.73, null]],
      },
    });
    expect(run(rule, model).map((f) => [f.sheet, f.cell, f.message])).toEqual([
      ["资产负债表", "B6", "资产负债表资产总计年末数（B6）未填写，应填写资产总计年末数"],
      ["资产负债表", "A4", "资产负债表中没有“净资产合计”行，应填列净资产合计年末数"],
    ]);
  });

  it("reports a funds block without its 年度资金总额 row", () => {
    const model = financeModel({ funds: [["其中：财政拨款", null, 100, 90]] });
    expect(run(rule, model).map((f) => [f.cell, f.message])).toEqual([
      ["A4", "绩效自评表资金部分没有“年度资金总额”行，应填列年度资金总额的全年预算数和全年执行数"],
    ]);
  });

  it("tells when the unit's name was not found, as info (no figure rests on it)", () => {
    const findings = run(rule, honggutan({ name: null }));
    expect(findings).toEqual([
      expect.objectContaining({
        severity: "info",
        sheet: "绩效自评表",
        cell: "A1",
        message: "未找到单位名称：请在绩效自评表中填写“单位名称”",
      }),
    ]);
  });

  it("raises nothing on seed 000 (年初预算数 and 年初数 blank) and nothing for absent tables", () => {
    expect(run(rule, honggutan())).toEqual([]);
    expect(run(rule, financeModel({}))).toEqual([]);
  });
});
