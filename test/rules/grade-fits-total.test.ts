import { describe, expect, it } from "vitest";
import { rule } from "../../src/core/checks/rules/grade-fits-total";
import { baseSpec, indicatorModel, ref, run, sampleModel } from "../helpers/indicator-model";

const model = (total: number | null, grade: string | null) => indicatorModel({ ...baseSpec(), total, grade });

describe("grade-fits-total", () => {
  it("accepts 优 for 97.50 and 90.84 (seed 000), and the long forms 优秀 / 良好", () => {
    expect(run(rule, indicatorModel(baseSpec()))).toEqual([]);
    expect(run(rule, sampleModel("000-honggutan-2022"))).toEqual([]);
    expect(run(rule, model(97.5, "优秀"))).toEqual([]);
    expect(run(rule, model(85, "良好"))).toEqual([]);
  });

  it("reports 优 for 85 and fixes it to 良", () => {
    const findings = run(rule, model(85, "优"));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: "error",
      cell: "I18:I19",
      refs: [ref("I19"), ref("I18")],
      message: "总分 85 分（80 分及以上、不足 90 分）对应等级“良”，表中为“优”",
      fix: {
        label: "把 I19 改为“良”",
        writes: [{ sheet: "绩效自评表", row: 19, col: 9, value: "良", expected: "优" }],
      },
    });
  });

  it("grades the unrounded total: 89.995 is 良, though it shows as 90.00", () => {
    expect(run(rule, model(89.995, "优")).map((f) => f.message)).toEqual([
      "总分 89.995 分（80 分及以上、不足 90 分）对应等级“良”，表中为“优”",
    ]);
    expect(run(rule, model(90, "优"))).toEqual([]);
  });

  it("names the bottom band and fills a blank grade", () => {
    expect(run(rule, model(55, "中")).map((f) => f.message)).toEqual([
      "总分 55 分（不足 60 分）对应等级“差”，表中为“中”",
    ]);
    expect(run(rule, model(97.5, null)).map((f) => [f.message, f.fix?.writes[0]?.value])).toEqual([
      ["未填写自评等级：总分 97.50 分（90 分及以上）对应等级“优”", "优"],
    ]);
  });

  it("says nothing without a total figure or a 自评等级 row", () => {
    expect(run(rule, model(null, "优"))).toEqual([]);
    const { grade: _grade, ...noGrade } = baseSpec();
    expect(run(rule, indicatorModel(noGrade))).toEqual([]);
  });
});
