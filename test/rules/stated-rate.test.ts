import { describe, expect, it } from "vitest";
import { rule } from "../../src/core/checks/rules/stated-rate";
import { financeModel, honggutan, run } from "../helpers/finance-model";

describe("stated-rate: 执行率 = 全年执行数 ÷ 全年预算数", () => {
  it("reports a budget row's rate off by more than 0.05 points, with a fix writing the fraction", () => {
    const model = financeModel({
      budget: [
        ["基本支出", 16084.2, 15478.81, 0.9624],
        ["项目支出", 20269.17, 16654.12, 0.82],
        ["合计", 36353.37, 32132.93, 0.8839],
      ],
    });
    const findings = run(rule, model);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      rule: "stated-rate",
      severity: "error",
      sheet: "预算执行情况",
      cell: "B5:D5",
      message:
        "项目支出执行率 82.00%，不等于全年执行数 16,654.12 万元 ÷ 全年预算数 20,269.17 万元 = 82.16%，相差 0.16 个百分点",
      actual: 0.82,
      fix: {
        label: "把 D5 改为 82.16%",
        writes: [{ sheet: "预算执行情况", row: 5, col: 4, value: 0.8216, expected: 0.82 }],
      },
    });
    expect(findings[0]!.expected).toBeCloseTo(0.821648, 6);
  });

  it("raises nothing on seed 000 (88.39%, 96.24%, 82.16% against unrounded 88.3905%, 96.2362%, 82.1648%)", () => {
    expect(run(rule, honggutan())).toEqual([]);
  });

  it("reads a plain 82.16 in a General cell as a percent number and accepts it", () => {
    const model = financeModel({ budget: [["项目支出", 20269.17, 16654.12, { raw: 82.16, format: "General" }]] });
    expect(run(rule, model)).toEqual([]);
  });

  it("reports a General 82 under both readings, saying how it was read, and fixes it as a percent number", () => {
    const model = financeModel({ budget: [["项目支出", 20269.17, 16654.12, { raw: 82, format: "General" }]] });
    const [f] = run(rule, model);
    expect(f).toMatchObject({
      message:
        "项目支出执行率 82.00%（单元格写为 82，未设百分比格式，按百分数理解），不等于全年执行数 16,654.12 万元 ÷ " +
        "全年预算数 20,269.17 万元 = 82.16%，相差 0.16 个百分点",
      actual: 0.82,
      fix: { label: "把 D4 改为 82.16", writes: [{ value: 82.16, expected: 82 }] },
    });
  });

  it("reads a General 0.5 as a fraction when that is the nearer reading", () => {
    const model = financeModel({ budget: [["项目支出", 100, 60, { raw: 0.5, format: "General" }]] });
    expect(run(rule, model)[0]).toMatchObject({
      message:
        "项目支出执行率 50.00%（单元格写为 0.5，未设百分比格式，按小数理解），不等于全年执行数 60.00 万元 ÷ " +
        "全年预算数 100.00 万元 = 60.00%，相差 10 个百分点",
      fix: { label: "把 D4 改为 60.00%", writes: [{ value: 0.6 }] },
    });
  });

  it("keeps a text rate as text in its fix", () => {
    const model = financeModel({ budget: [["项目支出", 20269.17, 16654.12, "82.00%"]] });
    expect(run(rule, model)[0]!.fix).toEqual({
      label: "把 D4 改为 82.16%",
      writes: [{ sheet: "预算执行情况", row: 4, col: 4, value: "82.16%", expected: "82.00%" }],
    });
  });

  it("checks the funds block's part rows but leaves the 年度资金总额 row to execution-score", () => {
    const model = financeModel({
      funds: [
        ["年度资金总额", null, 36353.37, 32132.93, 10, 0.9, 8.84],
        ["其中：财政拨款", null, 36353.37, 32132.93, null, 0.8739, null],
      ],
    });
    const findings = run(rule, model);
    expect(findings.map((f) => [f.cell, f.message])).toEqual([
      [
        "F6:I6",
        "财政拨款执行率 87.39%，不等于全年执行数 32,132.93 万元 ÷ 全年预算数 36,353.37 万元 = 88.39%，相差 1 个百分点",
      ],
    ]);
  });

  it("reports a rate stated over a zero or blank 全年预算数, and says nothing of a blank rate there, nor of 0.00% for 0 ÷ 0", () => {
    const model = financeModel({
      funds: [
        ["年度资金总额", null, 100, 100, 10, 1, 10],
        ["其中：财政拨款", null, 100, 100, null, 1, null],
        ["上年结转资金", null, 0, 0, null, 0, null],
        ["其他资金", null, 0, 0, null, null, null],
      ],
      budget: [["项目支出", null, 10, 0.5]],
    });
    expect(run(rule, model).map((f) => [f.cell, f.message, f.fix])).toEqual([
      ["B4:D4", "项目支出执行率写为 50.00%，但全年预算数为空，不能作分母，执行率无从计算", null],
    ]);
    const spent = financeModel({
      funds: [
        ["年度资金总额", null, 100, 100, 10, 1, 10],
        ["上年结转资金", null, 0, 3, null, 0, null],
      ],
    });
    expect(run(rule, spent).map((f) => f.message)).toEqual([
      "上年结转资金执行率写为 0.00%，但全年预算数为 0，不能作分母，执行率无从计算",
    ]);
  });

  it("uses the profile's rate tolerance (0.05 points) against the unrounded 88.3905%", () => {
    const at = (rate: number) => financeModel({ budget: [["合计", 36353.37, 32132.93, rate]] });
    expect(run(rule, at(0.8835))).toEqual([]);
    expect(run(rule, at(0.8844))).toEqual([]);
    expect(run(rule, at(0.8834))).toHaveLength(1);
    expect(run(rule, at(0.8845))).toHaveLength(1);
  });

  it("leaves unreadable amounts and blank rates alone", () => {
    const model = financeModel({
      budget: [
        ["基本支出", "约16000", 15478.81, 0.9624],
        ["项目支出", 20269.17, 16654.12, null],
        ["合计", 36353.37, 32132.93, "—"],
      ],
    });
    expect(run(rule, model)).toEqual([]);
  });
});
