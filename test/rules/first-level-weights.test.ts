import { describe, expect, it } from "vitest";
import { rule } from "../../src/core/checks/rules/first-level-weights";
import { readModel } from "../../src/core/model/read";
import { sheet, workbook } from "../helpers/workbook";
import { baseSpec, baseWith, indicatorModel, ref, run, sampleModel, setCells } from "../helpers/indicator-model";

describe("first-level-weights", () => {
  it("accepts the national split 10 / 50 / 30 / 10", () => {
    expect(run(rule, indicatorModel(baseSpec()))).toEqual([]);
  });

  it("reports seed 000's 产出 35 and 效益 40 (000-03), one warning per level at its 分值 cells", () => {
    const findings = run(rule, sampleModel("000-honggutan-2022"));
    expect(findings.map((f) => [f.severity, f.cell, f.message, f.expected, f.actual])).toEqual([
      [
        "warning",
        "H10:H14",
        "一级指标“产出指标”分值合计 35 分，规则口径“全国通用（财预〔2020〕10号）”为 50 分，少 15 分",
        50,
        35,
      ],
      [
        "warning",
        "H15:H16",
        "一级指标“效益指标”分值合计 40 分，规则口径“全国通用（财预〔2020〕10号）”为 30 分，多 10 分",
        30,
        40,
      ],
    ]);
    expect(findings[0]!.refs).toEqual(["H10", "H11", "H12", "H13", "H14"].map((a) => ref(a)));
  });

  it("matches 一级 labels with or without 指标, and 预算执行率 from the funds block", () => {
    let spec = setCells(baseSpec(), 0, { first: "产出" });
    spec = setCells(spec, 5, { first: "效益" });
    expect(run(rule, indicatorModel(spec))).toEqual([]);
    const findings = run(rule, indicatorModel({ ...spec, funds: { ...spec.funds, weight: 8 } }));
    expect(findings.map((f) => [f.cell, f.message])).toEqual([
      ["H5", "预算执行率分值合计 8 分，规则口径“全国通用（财预〔2020〕10号）”为 10 分，少 2 分"],
    ]);
  });

  it("reports a level the table lacks at the 一级指标 header", () => {
    const spec = baseSpec();
    const rows = spec.rows.map((r, i) =>
      i === 7 ? (["产出指标", "数量指标", ...r.slice(2)] as unknown as typeof r) : r,
    );
    const findings = run(rule, indicatorModel({ ...spec, rows }));
    expect(findings.map((f) => [f.cell, f.message])).toEqual([
      ["H10:H17", "一级指标“产出指标”分值合计 60 分，规则口径“全国通用（财预〔2020〕10号）”为 50 分，多 10 分"],
      ["A9", "表中没有一级指标“满意度指标”，规则口径“全国通用（财预〔2020〕10号）”为 10 分"],
    ]);
  });

  it("compares children with a parent label that states its weight", () => {
    const spec = setCells(baseSpec(), 2, { second: "质量指标（15分）" });
    const findings = run(rule, indicatorModel(spec));
    expect(findings.map((f) => [f.severity, f.cell, f.message, f.expected, f.actual])).toEqual([
      ["warning", "B12:H12", "二级指标“质量指标（15分）”标明 15 分，其下各指标分值合计 10 分，少 5 分", 15, 10],
    ]);
    // 产出指标（50分） over children totalling 50 is right.
    expect(run(rule, indicatorModel(setCells(baseSpec(), 0, { first: "产出指标（50分）" })))).toEqual([]);
  });

  it("reports a stated parent weight under a profile without a split, but not twice under one with it", () => {
    const spec = setCells(setCells(baseSpec(), 0, { first: "产出指标(50分)" }), 4, { weight: 5, score: 5 });
    const framework = run(rule, indicatorModel(spec), "common-framework");
    expect(framework.map((f) => [f.cell, f.message])).toEqual([
      ["A10:H14", "一级指标“产出指标(50分)”标明 50 分，其下各指标分值合计 45 分，少 5 分"],
    ]);
    const national = run(rule, indicatorModel(spec), "national");
    expect(national.map((f) => f.message)).toEqual([
      "一级指标“产出指标”分值合计 45 分，规则口径“全国通用（财预〔2020〕10号）”为 50 分，少 5 分",
    ]);
  });

  it("compares children with the 分值 column beside their level (一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 分值)", () => {
    // 产出指标 50 = 数量指标 30 + 质量指标 20, but 质量指标's column says 25 over its one indicator of 20.
    const form = (qualityWeight: number) =>
      readModel(
        workbook([
          sheet(
            "自评表",
            [
              ["一级指标", "分值", "二级指标", "分值", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
              ["产出指标", 50, "数量指标", 30, "培训人次", "≥500人次", "520人次", 30, 30],
              [null, null, "质量指标", qualityWeight, "合格率", "≥95%", "96%", 20, 20],
            ],
            { merges: ["A2:A3", "B2:B3"] },
          ),
        ]),
      );
    expect(run(rule, form(20), "common-framework")).toEqual([]);
    const findings = run(rule, form(25), "common-framework");
    expect(findings.map((f) => [f.severity, f.cell, f.message, f.expected, f.actual])).toEqual([
      ["warning", "D3:H3", "二级指标“质量指标”的分值栏为 25 分，其下各指标分值合计 20 分，少 5 分", 25, 20],
    ]);
    expect(findings[0]!.refs).toEqual([ref("D3", "自评表"), ref("H3", "自评表")]);
  });

  it("compares nothing with the profile where it names no split (common-framework)", () => {
    expect(run(rule, sampleModel("000-honggutan-2022"), "common-framework")).toEqual([]);
  });

  it("skips a level with a 分值 that is not a figure", () => {
    expect(run(rule, baseWith(5, { weight: "十五" }))).toEqual([]);
  });
});
