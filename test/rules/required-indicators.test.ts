import { describe, expect, it } from "vitest";
import { rule } from "../../src/core/checks/rules/required-indicators";
import { indicatorModel, profile, run, sampleModel, type RowSpec } from "../helpers/indicator-model";

const framework = profile("common-framework");

/** Every required indicator of the common framework, as an accountant writes them: "投入指标", quotes. */
function frameworkRows(): RowSpec[] {
  return framework.requiredIndicators.map((q): RowSpec => {
    const third = q.third.startsWith("三公") ? `“${q.third.slice(0, 4)}”${q.third.slice(4)}` : q.third;
    return [`${q.first}指标`, q.second, third, "≥", 1, null, 1, 3, 3, null];
  });
}

describe("required-indicators", () => {
  it("accepts the framework's 29 indicators, levels written with 指标 and 三公经费 in quotes", () => {
    const rows = frameworkRows();
    expect(rows).toHaveLength(29);
    expect(rows.some((r) => r[2] === "“三公经费”变动率")).toBe(true);
    expect(run(rule, indicatorModel({ rows }), framework)).toEqual([]);
  });

  it("reports a missing indicator at the 三级指标 header", () => {
    const rows = frameworkRows().filter((r) => r[2] !== "在职人员控制率");
    const findings = run(rule, indicatorModel({ rows }), framework);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      rule: "required-indicators",
      severity: "error",
      sheet: "绩效自评表",
      cell: "C9",
      message: "缺少共性指标“在职人员控制率”（投入—预算配置），规则口径“共性指标框架（财预〔2013〕53号）”要求列入",
      expected: null,
      actual: null,
      fix: null,
    });
  });

  it("reports an indicator under the wrong second level once, at its row", () => {
    const rows = frameworkRows().map((r): RowSpec =>
      r[2] === "预算完成率" ? ([r[0], "预算管理", ...r.slice(2)] as unknown as RowSpec) : r,
    );
    const at = rows.findIndex((r) => r[2] === "预算完成率") + 10;
    const findings = run(rule, indicatorModel({ rows }), framework);
    expect(findings.map((f) => [f.cell, f.message])).toEqual([
      [`A${at}:C${at}`, "共性指标“预算完成率”应列在“过程—预算执行”之下，表中列在“过程指标—预算管理”之下"],
    ]);
  });

  it("tells the two 管理制度健全性 apart: the one left in place is not taken for the missing one", () => {
    const rows = frameworkRows().filter((r) => !(r[2] === "管理制度健全性" && r[1] === "资产管理"));
    const findings = run(rule, indicatorModel({ rows }), framework);
    expect(findings.map((f) => f.message)).toEqual([
      "缺少共性指标“管理制度健全性”（过程—资产管理），规则口径“共性指标框架（财预〔2013〕53号）”要求列入",
    ]);
  });

  it("says nothing under a profile that requires no indicators, or when the table has no rows", () => {
    expect(run(rule, indicatorModel({ rows: frameworkRows().slice(0, 3) }), "national")).toEqual([]);
    expect(run(rule, indicatorModel({ rows: [] }), framework)).toEqual([]);
    expect(run(rule, sampleModel("002-chenggong-2021"), framework)).toEqual([]);
  });
});
