// Header matching (GUIDE §5 synonyms, normalised text, unit hints) and the row labels the readers compare.
import { describe, expect, it } from "vitest";
import { balanceKeyOf } from "../src/core/model/balance";
import { budgetKindOf } from "../src/core/model/budget";
import { fundsLineOf } from "../src/core/model/funds";
import { headerOf, resolveColumns } from "../src/core/model/headers";
import { labelKey } from "../src/core/model/text";

describe("headerOf: a whole cell, normalised, against the synonyms", () => {
  it.each([
    ["一级指标", "first"],
    ["二级\n指标", "second"],
    [" 三级指标 ", "third"],
    ["指标\u3000性质", "nature"],
    ["年度指标值", "target"],
    ["指标值", "target"],
    ["年度目标值", "target"],
    ["预期指标值", "target"],
    ["度量单位", "unit"],
    ["计量单位", "unit"],
    ["单位", "unit"],
    ["实际完成值", "actual"],
    ["完成值", "actual"],
    ["全年完成值", "actual"],
    ["全年实际值", "actual"],
    ["实际值", "actual"],
    ["分值", "weight"],
    ["权重", "weight"],
    ["得分", "score"],
    ["自评得分", "score"],
    ["偏差原因分析及改进措施", "deviation"],
    ["偏差原因分析\r\n及改进措施", "deviation"],
    ["未完成原因分析", "deviation"],
    ["未完成原因及拟采取的改进措施", "deviation"],
    ["偏差原因", "reasonAny"],
    ["项目名称", "name"],
    ["项目", "name"],
    ["科目名称", "name"],
    ["年初预算数", "initialBudget"],
    ["全年预算数", "budget"],
    ["调整后预算数", "budget"],
    ["预算数", "budget"],
    ["全年执行数", "executed"],
    ["执行数", "executed"],
    ["支出数", "executed"],
    ["执行率", "rate"],
    ["预算执行率", "rate"],
    ["未执行原因", "budgetReason"],
    ["原因", "budgetReason"],
    ["备注", "budgetReason"],
    ["资产部类", "assets"],
    ["资产", "assets"],
    ["负债和净资产部类", "liabilities"],
    ["负债和净资产", "liabilities"],
    ["年末数", "end"],
    ["期末余额", "end"],
    ["年末余额", "end"],
    ["年初数", "begin"],
    ["年初余额", "begin"],
  ])("%j → %s", (text, key) => {
    expect(headerOf(text)?.key).toBe(key);
  });

  it("cuts a trailing unit hint off and keeps it: （万元）, (元), （单位：万元）", () => {
    expect(headerOf("全年预算数（万元）")).toMatchObject({ key: "budget", unit: { text: "万元", factor: 10000 } });
    expect(headerOf("全年执行数\n(元)")).toMatchObject({ key: "executed", unit: { text: "元", factor: 1 } });
    expect(headerOf("年末数（单位：万元）")).toMatchObject({ key: "end", unit: { text: "万元" } });
    expect(headerOf("全年预算数")).toMatchObject({ unit: null, percent: false });
  });

  it("notes a percent hint: 执行率(%), 执行率（％）, 执行率%", () => {
    for (const text of ["执行率(%)", "执行率（％）", "执行率%", "执行率 （%）"])
      expect(headerOf(text), text).toMatchObject({ key: "rate", percent: true, unit: null });
  });

  it("keeps the text as written for the notes", () => {
    expect(headerOf("全年预算数（万元）")?.text).toBe("全年预算数（万元）");
  });

  it("never matches words inside a sentence or a longer label", () => {
    for (const text of [
      "本表按一级指标、二级指标、三级指标填列",
      "一级指标说明",
      "年度资金总额",
      "单位名称",
      "基本支出",
      "项目支出",
      "",
    ])
      expect(headerOf(text), text).toBeNull();
  });

  it("resolveColumns takes the best-ranked header of a meaning and reports equal ranks as ambiguous", () => {
    const cells = ["三级指标", "单位", "度量单位", "完成值", "实际值", "分值"].map((t, i) => ({
      col: i + 1,
      match: headerOf(t)!,
    }));
    const r = resolveColumns("indicators", cells);
    expect(r.columns).toEqual({ third: 1, unit: 3, actual: 4, weight: 6 });
    expect(r.ambiguous).toEqual([{ column: "actual", cells: [cells[3], cells[4]] }]);
  });
});

describe("row labels", () => {
  it("labelKey strips spaces, numbering, 其中： and a trailing colon", () => {
    expect(labelKey("一、基本支出")).toBe("基本支出");
    expect(labelKey("（一）基本支出")).toBe("基本支出");
    expect(labelKey("(二) 项目支出")).toBe("项目支出");
    expect(labelKey("1.流动资产合计")).toBe("流动资产合计");
    expect(labelKey("2、非流动资产合计")).toBe("非流动资产合计");
    expect(labelKey("其中：财政拨款")).toBe("财政拨款");
    expect(labelKey(" 总 分 ：")).toBe("总分");
    expect(labelKey("1.5万元")).toBe("1.5万元");
  });

  it("funds lines", () => {
    expect(fundsLineOf("年度资金总额")).toBe("total");
    expect(fundsLineOf("其中：财政拨款")).toBe("appropriation");
    expect(fundsLineOf("当年财政拨款")).toBe("appropriation");
    expect(fundsLineOf("上年结转资金")).toBe("carryover");
    expect(fundsLineOf("其他资金")).toBe("other");
    expect(fundsLineOf("项目支出")).toBe("project"); // of a whole-department form
    expect(fundsLineOf("基本支出")).toBe("basic");
    expect(fundsLineOf("项目名称")).toBeNull();
  });

  it("budget rows: subtotals written several ways, totals, items", () => {
    expect(budgetKindOf("基本支出")).toEqual({ kind: "basic", closing: false });
    expect(budgetKindOf("一、基本支出")).toEqual({ kind: "basic", closing: false });
    expect(budgetKindOf("（一）基本支出")).toEqual({ kind: "basic", closing: false });
    expect(budgetKindOf("基本支出小计")).toEqual({ kind: "basic", closing: true });
    expect(budgetKindOf("二、项目支出")).toEqual({ kind: "project", closing: false });
    expect(budgetKindOf("项目支出合计")).toEqual({ kind: "project", closing: true });
    expect(budgetKindOf("合 计")).toEqual({ kind: "total", closing: false });
    expect(budgetKindOf("总计")).toEqual({ kind: "total", closing: false });
    expect(budgetKindOf("红谷警眼项目")).toEqual({ kind: "item", closing: false });
  });

  it("balance keys, with 其中： and numbering", () => {
    expect(balanceKeyOf("流动资产合计")).toBe("currentAssets");
    expect(balanceKeyOf("非流动资产合计")).toBe("nonCurrentAssets");
    expect(balanceKeyOf("资产总计")).toBe("totalAssets");
    expect(balanceKeyOf("资产合计")).toBe("totalAssets");
    expect(balanceKeyOf("流动负债合计")).toBe("currentLiabilities");
    expect(balanceKeyOf("非流动负债合计")).toBe("nonCurrentLiabilities");
    expect(balanceKeyOf("负债合计")).toBe("totalLiabilities");
    expect(balanceKeyOf("其中：累计盈余")).toBe("accumulatedSurplus");
    expect(balanceKeyOf("净资产合计")).toBe("netAssets");
    expect(balanceKeyOf("负债和净资产总计")).toBe("totalLiabilitiesAndNetAssets");
    expect(balanceKeyOf("一、资产总计")).toBe("totalAssets");
    expect(balanceKeyOf("货币资金")).toBeNull();
  });
});
