import { describe, expect, it } from "vitest";
import { rule } from "../../src/core/checks/rules/qualitative-band";
import { baseSpec, baseWith, indicatorModel, ref, run, sampleModel } from "../helpers/indicator-model";

describe("qualitative-band", () => {
  it("accepts scores inside their grade's band (base table, seed 000's 17 of 20 达成)", () => {
    expect(run(rule, indicatorModel(baseSpec()))).toEqual([]);
    expect(run(rule, sampleModel("000-honggutan-2022"))).toEqual([]);
  });

  it("reports 11 of 15 for 达成年度指标, whose band is 12 to 15", () => {
    const findings = run(rule, baseWith(6, { score: 11 }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: "error",
      cell: "G16:I16",
      refs: [ref("I16"), ref("G16")],
      message:
        "持续推进放管服改革：实际完成值为“达成年度指标”，得分应在 12 分至 15 分（分值 15 的 80%–100%），表中为 11 分，低于该档下限 12 分",
      expected: null,
      actual: 11,
      fix: null,
    });
  });

  it("keeps the top band closed and the others open above", () => {
    expect(run(rule, baseWith(6, { score: 15 }))).toEqual([]);
    expect(run(rule, baseWith(6, { score: 12 }))).toEqual([]);
    const findings = run(rule, baseWith(6, { actual: "部分达成", score: 12 }));
    expect(findings.map((f) => f.message)).toEqual([
      "持续推进放管服改革：实际完成值为“部分达成”，得分应在 9 分至不足 12 分（分值 15 的 60%至不足 80%），表中为 12 分，达到了该档上限 12 分（上限不含在内）",
    ]);
    expect(run(rule, baseWith(6, { actual: "部分达成", score: 11.99 }))).toEqual([]);
  });

  it("uses the profile's bands: 8 of 15 部分达成 is inside 50–80% (strict-local), below 60–80% (national)", () => {
    const model = baseWith(6, { actual: "部分达成年度指标并具有一定效果", score: 8 });
    expect(run(rule, model, "strict-local")).toEqual([]);
    expect(run(rule, model).map((f) => f.message)).toEqual([
      "持续推进放管服改革：实际完成值为“部分达成年度指标并具有一定效果”，得分应在 9 分至不足 12 分（分值 15 的 60%至不足 80%），表中为 8 分，低于该档下限 9 分",
    ]);
  });

  it("treats a row with qualitative target text as qualitative where 指标性质 is blank", () => {
    const findings = run(rule, baseWith(5, { nature: null, score: 10 }));
    expect(findings.map((f) => f.cell)).toEqual(["G15:I15"]);
  });

  it("says nothing where the actual names no grade, or the score is above the 分值 (score-above-weight's)", () => {
    expect(run(rule, baseWith(6, { actual: "成效明显", score: 2 }))).toEqual([]);
    expect(run(rule, baseWith(6, { score: 16 }))).toEqual([]);
  });
});
