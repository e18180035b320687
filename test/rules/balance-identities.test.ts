import { describe, expect, it } from "vitest";
import { rule } from "../../src/core/checks/rules/balance-identities";
import { financeModel, honggutan, run } from "../helpers/finance-model";

const ref = (row: number, col: number) => ({ sheet: "资产负债表", row, col });

describe("balance-identities: the identities of 会政财01表", () => {
  it("raises nothing on seed 000: 17,467.49 against 1,262.54 + 16,204.96 = 17,467.50 is within 0.01", () => {
    expect(run(rule, honggutan())).toEqual([]);
  });

  it("reports 资产总计 off its parts and off 负债和净资产总计, each identity once", () => {
    const model = honggutan({
      balance: {
        left: [["流动资产合计", 1262.54], ["非流动资产合计", 16204.96], null, null, null, ["资产总计", 17467]],
        right: [
          ["流动负债合计", 388.73],
          ["非流动负债合计", 0],
          ["负债合计", 388.73],
          ["累计盈余", 17078.77],
          ["净资产合计", 17078.77],
          ["负债和净资产总计", 17467.5],
        ],
      },
    });
    const findings = run(rule, model);
    expect(findings.map((f) => [f.cell, f.message, f.expected, f.actual])).toEqual([
      [
        "B5:B10",
        "资产总计年末数 17,467.00 万元，不等于流动资产合计 1,262.54 万元 + 非流动资产合计 16,204.96 万元 = " +
          "17,467.50 万元，相差 0.50 万元",
        17467.5,
        17467,
      ],
      [
        "B10:E10",
        "资产总计年末数 17,467.00 万元，不等于负债和净资产总计年末数 17,467.50 万元，相差 0.50 万元",
        17467.5,
        17467,
      ],
    ]);
    expect(findings[0]).toMatchObject({
      rule: "balance-identities",
      severity: "error",
      sheet: "资产负债表",
      fix: null,
    });
    expect(findings[0]!.refs).toEqual([ref(10, 2), ref(5, 2), ref(6, 2)]);
  });

  it("checks 负债合计 and 负债和净资产总计 for 年初数 as well", () => {
    const model = financeModel({
      balance: {
        right: [
          ["流动负债合计", 300, 250],
          ["非流动负债合计", 88.73, 0],
          ["负债合计", 388.73, 260],
          ["净资产合计", 17078.77, 16000],
          ["负债和净资产总计", 17467.5, 16250],
        ],
      },
    });
    expect(run(rule, model).map((f) => f.message)).toEqual([
      "负债合计年初数 260.00 万元，不等于流动负债合计 250.00 万元 + 非流动负债合计 0.00 万元 = 250.00 万元，相差 10.00 万元",
      "负债和净资产总计年初数 16,250.00 万元，不等于负债合计 260.00 万元 + 净资产合计 16,000.00 万元 = 16,260.00 万元，" +
        "相差 10.00 万元",
    ]);
  });

  it("checks only identities whose every term is given; “—” counts as 0", () => {
    const model = financeModel({
      balance: {
        left: [
          ["流动资产合计", 1262.54],
          ["非流动资产合计", null],
          ["资产总计", 17467.49],
        ],
        right: [
          ["流动负债合计", 388.73],
          ["非流动负债合计", "—"],
          ["负债合计", 388.73],
        ],
      },
    });
    expect(run(rule, model)).toEqual([]);
  });

  it("raises nothing without a balance sheet", () => {
    expect(run(rule, financeModel({}))).toEqual([]);
  });
});
