import { describe, expect, it } from "vitest";
import { rule } from "../../src/core/checks/rules/text-length";
import { baseSpec, baseWith, indicatorModel, ref, run } from "../helpers/indicator-model";

const chars = (n: number): string => "因".repeat(n);

describe("text-length", () => {
  it("counts nothing under a profile without limits (national)", () => {
    expect(run(rule, baseWith(6, { reason: chars(500) }))).toEqual([]);
  });

  it("warns of a reason of 101 characters against strict-local's 100", () => {
    const findings = run(rule, baseWith(6, { reason: chars(101) }), "strict-local");
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: "warning",
      cell: "J16",
      refs: [ref("J16")],
      message: "持续推进放管服改革：偏差原因分析及改进措施共 101 字，超过 100 字的限制，多 1 字",
      expected: 100,
      actual: 101,
      fix: null,
    });
  });

  it("counts as an accountant does: every character but whitespace", () => {
    expect(run(rule, baseWith(6, { reason: chars(100) }), "strict-local")).toEqual([]);
    expect(run(rule, baseWith(6, { reason: `${chars(50)} \n ${chars(50)}　` }), "strict-local")).toEqual([]);
    // 96 CJK + "AB，1。" (letters, full-width comma, digit, full stop): 101.
    expect(run(rule, baseWith(6, { reason: `${chars(96)}AB，1。` }), "strict-local").map((f) => f.actual)).toEqual([
      101,
    ]);
  });

  it("limits 评价结论, 存在问题 and 改进措施 to 200 characters each", () => {
    const texts = { 评价结论: chars(201), 存在问题: chars(200), 改进措施: chars(150) };
    const findings = run(rule, indicatorModel({ ...baseSpec(), texts }), "strict-local");
    expect(findings.map((f) => [f.cell, f.message, f.expected, f.actual])).toEqual([
      ["B20", "评价结论共 201 字，超过 200 字的限制，多 1 字", 200, 201],
    ]);
  });
});
