import { describe, expect, it } from "vitest";
import { rule } from "../../src/core/checks/rules/indicator-row-complete";
import { baseSpec, baseWith, indicatorModel, ref, run, sampleModel } from "../helpers/indicator-model";

describe("indicator-row-complete", () => {
  it("accepts a table whose rows are filled in (qualitative rows need no 度量单位)", () => {
    expect(run(rule, indicatorModel(baseSpec()))).toEqual([]);
  });

  it("reports a full score with neither target nor actual as 满分缺少依据 (seed 000's 社会满意度, 000-05)", () => {
    const model = baseWith(7, { nature: null, target: null, unit: null, actual: null });
    const findings = run(rule, model);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: "error",
      cell: "D17:G17",
      message: "群众满意度：未填写指标性质、年度指标值、实际完成值，满分 10 分缺少依据",
      expected: null,
      actual: 10,
      refs: [ref("D17"), ref("E17"), ref("G17")],
      fix: null,
    });
  });

  it("names a 年度指标值 of “—” and a missing actual under a score below full, without 满分缺少依据", () => {
    const findings = run(rule, baseWith(1, { target: "—", actual: null, score: 6, reason: "部分纠纷转入诉讼" }));
    expect(findings.map((f) => [f.cell, f.message])).toEqual([
      ["E11:G11", "化解矛盾纠纷案件：未填写年度指标值（表中为“—”）、实际完成值"],
    ]);
  });

  it("asks for 分值 and 得分 but not for an actual where no score is given", () => {
    const findings = run(rule, baseWith(2, { actual: null, weight: null, score: null }));
    expect(findings.map((f) => [f.cell, f.message])).toEqual([["H12:I12", "矛盾纠纷化解率：未填写分值、得分"]]);
  });

  it("names the row by its place when the 三级指标 is blank", () => {
    const findings = run(rule, baseWith(4, { third: "  " }));
    expect(findings.map((f) => [f.cell, f.message])).toEqual([["C14", "第 14 行指标：未填写三级指标"]]);
  });

  it("does not ask for 指标性质 where the table has no such column", () => {
    const model = indicatorModel({ ...baseSpec(), natureColumn: false });
    expect(run(rule, model)).toEqual([]);
    const blank = baseWith(7, { target: null, actual: null }, { natureColumn: false });
    expect(run(rule, blank).map((f) => f.message)).toEqual([
      "群众满意度：未填写年度指标值、实际完成值，满分 10 分缺少依据",
    ]);
  });

  it("finds the same cells when the reader gives blank cells as null", () => {
    const model = baseWith(7, { nature: null, target: null, unit: null, actual: null }, { nullBlanks: true });
    expect(model.indicators!.rows[7]!.target).toBeNull();
    expect(run(rule, model).map((f) => [f.cell, f.message])).toEqual([
      ["D17:G17", "群众满意度：未填写指标性质、年度指标值、实际完成值，满分 10 分缺少依据"],
    ]);
  });

  it("reports once for a table that has no column for a required item", () => {
    const model = indicatorModel(baseSpec());
    const { weight: _weight, ...columns } = model.indicators!.columns;
    const withoutWeight = {
      ...model,
      indicators: { ...model.indicators!, columns, rows: model.indicators!.rows.map((r) => ({ ...r, weight: null })) },
    };
    expect(run(rule, withoutWeight).map((f) => [f.cell, f.message])).toEqual([
      ["C9", "指标表缺少“分值”列，无法填写和核对"],
    ]);
  });

  it("on seed 000 reports exactly the 社会满意度 row (000-05)", () => {
    const findings = run(rule, sampleModel("000-honggutan-2022"));
    expect(findings.map((f) => [f.cell, f.message])).toEqual([
      ["D17:G17", "社会满意度：未填写指标性质、年度指标值、实际完成值，满分 10 分缺少依据"],
    ]);
  });
});
