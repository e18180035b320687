import { describe, expect, it } from "vitest";
import { rule } from "../../src/core/checks/rules/stated-ratio-cells";
import { honggutan, run } from "../helpers/finance-model";

describe("stated-ratio-cells: 资产负债率 and shares stated in cells", () => {
  it("reports seed 000's 资产负债率 22.25% put in a cell: 388.73 ÷ 17,467.49 = 2.23%", () => {
    const model = honggutan({ facts: [["资产负债率", { raw: 0.2225, format: "0.00%" }]] });
    const findings = run(rule, model);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      rule: "stated-ratio-cells",
      severity: "error",
      sheet: "单位基本情况",
      cell: "B3",
      message:
        "B3 资产负债率 22.25%，不等于负债合计 388.73 万元 ÷ 资产总计 17,467.49 万元 = 2.23%（资产负债表年末数），" +
        "相差 20.02 个百分点",
      actual: 0.2225,
      fix: {
        label: "把 B3 改为 2.23%",
        writes: [{ sheet: "单位基本情况", row: 3, col: 2, value: 0.0223, expected: 0.2225 }],
      },
      refs: [
        { sheet: "单位基本情况", row: 3, col: 2 },
        { sheet: "资产负债表", row: 7, col: 5 },
        { sheet: "资产负债表", row: 10, col: 2 },
      ],
    });
    expect(findings[0]!.expected).toBeCloseTo(0.022254, 6);
  });

  it("accepts the right figures however they are written: 0.0223 as %, 2.23 in General, text “2.23%”", () => {
    for (const value of [{ raw: 0.0223, format: "0.00%" }, { raw: 2.23, format: "General" }, "2.23%"]) {
      expect(run(rule, honggutan({ facts: [["资产负债率", value]] }))).toEqual([]);
    }
  });

  it("checks the shares of seed 000's report put in cells: 流动资产占比 7.23%, 非流动资产占比 92.77%, 流动负债占比 100%", () => {
    const model = honggutan({
      facts: [
        ["流动资产占比", "7.23%"],
        ["非流动资产占比", "92.77%"],
        ["流动负债占负债合计比重", "100%"],
        ["累计盈余占比", "100%"],
        ["非流动资产占比", "93.77%"],
      ],
    });
    const findings = run(rule, model);
    expect(findings.map((f) => [f.cell, f.message, f.fix?.writes[0]?.value])).toEqual([
      [
        "B7",
        "B7 非流动资产占比 93.77%，不等于非流动资产合计 16,204.96 万元 ÷ 资产总计 17,467.49 万元 = 92.77%" +
          "（资产负债表年末数），相差 1 个百分点",
        "92.77%",
      ],
    ]);
  });

  it("reports a General number matching neither reading, and says which one it took", () => {
    const model = honggutan({ facts: [["资产负债率（%）", 22.25]] });
    expect(run(rule, model)[0]).toMatchObject({
      message:
        "B3 资产负债率 22.25%（单元格写为 22.25，未设百分比格式，按百分数理解），不等于负债合计 388.73 万元 ÷ " +
        "资产总计 17,467.49 万元 = 2.23%（资产负债表年末数），相差 20.02 个百分点",
      fix: { label: "把 B3 改为 2.23", writes: [{ value: 2.23 }] },
    });
  });

  it("reports a zero denominator, and ignores unrelated facts, blanks and a missing balance sheet", () => {
    const zero = honggutan({
      balance: { left: [["资产总计", 0]], right: [["负债合计", 0]] },
      facts: [["资产负债率", "0%"]],
    });
    expect(run(rule, zero).map((f) => f.message)).toEqual([
      "B3 填列资产负债率，但资产负债表资产总计年末数为 0，不能作分母，资产负债率无从计算",
    ]);
    expect(
      run(
        rule,
        honggutan({
          facts: [
            ["编制数", 600],
            ["资产负债率", null],
          ],
        }),
      ),
    ).toEqual([]);
    expect(run(rule, honggutan({ balance: undefined, facts: [["资产负债率", "22.25%"]] }))).toEqual([]);
  });
});
