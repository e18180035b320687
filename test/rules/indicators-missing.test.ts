import { describe, expect, it } from "vitest";
import { rule } from "../../src/core/checks/rules/indicators-missing";
import type { WorkbookModel } from "../../src/core/model/types";
import { baseSpec, indicatorModel, run, sampleModel } from "../helpers/indicator-model";

const withoutIndicators = (model: WorkbookModel, keepHeader: boolean): WorkbookModel => ({
  ...model,
  indicators: keepHeader && model.indicators ? { ...model.indicators, rows: [], total: null, grade: null } : null,
});

describe("indicators-missing", () => {
  it("raises nothing on a table with indicators (seed 000)", () => {
    expect(run(rule, sampleModel("000-honggutan-2022"))).toEqual([]);
    expect(run(rule, indicatorModel(baseSpec()))).toEqual([]);
  });

  it("seed 002: the 绩效自评表 has its funds block and an empty indicator table (002-06)", () => {
    const findings = run(rule, sampleModel("002-chenggong-2021"));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe("error");
    expect(findings[0]!.sheet).toBe("绩效自评表");
    expect(findings[0]!.message).toContain("没有填列指标");
  });

  it("names a funds block with no indicator table at all, as info: the indicators may stand elsewhere", () => {
    const findings = run(rule, withoutIndicators(indicatorModel(baseSpec()), false));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe("info");
    expect(findings[0]!.message).toMatch(/只有资金情况，没有找到绩效指标表（表格可能不完整）/);
  });

  it("raises nothing for a workbook that is only a balance sheet or a budget table", () => {
    const m = withoutIndicators(indicatorModel(baseSpec()), false);
    expect(run(rule, { ...m, funds: null, report: null })).toEqual([]);
  });
});
