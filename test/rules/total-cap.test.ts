import { describe, expect, it } from "vitest";
import { rule } from "../../src/core/checks/rules/total-cap";
import { baseSpec, indicatorModel, ref, run } from "../helpers/indicator-model";

/** The base table with an execution rate and a total (the total's consistency is total-sum's concern). */
const model = (executed: number, total: number) =>
  indicatorModel({
    ...baseSpec(),
    funds: { budget: 1000, executed, weight: 10, rate: executed / 1000, score: executed / 100 },
    total,
  });

describe("total-cap", () => {
  it("caps the total at 89 under strict-local where the execution rate is under 80%", () => {
    const findings = run(rule, model(750, 92), "strict-local");
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: "error",
      cell: "I5:I18",
      refs: [ref("I18"), ref("I5")],
      message: "预算执行率 75.00% 低于 80%，总分不得超过 89 分，表中为 92 分，超出 3 分",
      expected: 89,
      actual: 92,
      fix: null,
    });
  });

  it("accepts 89 at 75%, anything at 80% or more, and any total where the profile has no cap", () => {
    expect(run(rule, model(750, 89), "strict-local")).toEqual([]);
    expect(run(rule, model(800, 96), "strict-local")).toEqual([]);
    expect(run(rule, model(750, 92), "national")).toEqual([]);
  });
});
