/**
 * The report checked against itself, as properties: a count with a list of that many names, a total with parts
 * that add up (in 万元 and 元 mixed), and an execution rate of the amounts beside it raise nothing; one name too
 * few, parts that exceed their total by more than the rounding, and a rate off by more than its precision are
 * caught.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rule as countList } from "../src/core/checks/rules/report-count-list";
import { rule as share } from "../src/core/checks/rules/report-share";
import { rule as totalParts } from "../src/core/checks/rules/report-total-parts";
import type { Rule } from "../src/core/checks/types";
import { roundHalfUp, sum } from "../src/core/decimal";
import { formatAmount } from "../src/core/format";
import { DEFAULT_PROFILE } from "../src/core/profile";
import { reportModel } from "./helpers/report-model";

function run(rule: Rule, paragraph: string) {
  return rule.check(reportModel({ paragraphs: [paragraph] }), { profile: DEFAULT_PROFILE });
}

const SUFFIXES = ["科", "股", "办公室", "中心", "大队", "派出所"];
const name = fc
  .tuple(
    fc.constantFrom("综合", "财务", "政工", "法制", "治安", "信息", "规划", "审批", "宣传", "后勤"),
    fc.constantFrom(...SUFFIXES),
  )
  .map(([a, b]) => `${a}${b}`);

describe("counts and their lists", () => {
  it("n names after 分别为 agree with n; one fewer is an error", () => {
    fc.assert(
      fc.property(fc.uniqueArray(name, { minLength: 2, maxLength: 12 }), (names) => {
        const list = names.join("、");
        expect(run(countList, `本局下设${names.length}个内设机构，分别为${list}。`)).toEqual([]);
        expect(run(countList, `本局下设${list}${names.length}个内设机构。`)).toEqual([]);
        const [f] = run(countList, `本局下设${names.length + 1}个内设机构，分别为${list}。`);
        expect(f).toMatchObject({ severity: "error", expected: names.length + 1, actual: names.length });
      }),
      { numRuns: 100 },
    );
  });
});

const KINDS = "甲乙丙丁戊己";
const cents = fc.integer({ min: 1, max: 10_000_000 }).map((c) => c / 100);

describe("totals and their parts", () => {
  it("parts that add up (one of them in 元) raise nothing; parts 1 万元 over the total are an error", () => {
    fc.assert(
      fc.property(fc.array(cents, { minLength: 2, maxLength: 6 }), fc.nat({ max: 5 }), (parts, k) => {
        const total = sum(parts);
        fc.pre(total >= 2);
        const i = k % parts.length;
        const written = parts.map((p, j) =>
          j === i ? `${KINDS[j]}类资金${Math.round(p * 10000)}元` : `${KINDS[j]}类资金${formatAmount(p)}万元`,
        );
        expect(run(totalParts, `全年共安排资金${formatAmount(total)}万元，其中：${written.join("，")}。`)).toEqual([]);
        const [f] = run(
          totalParts,
          `全年共安排资金${formatAmount(sum([total, -1]))}万元，其中：${written.join("，")}。`,
        );
        expect(f).toMatchObject({ severity: "error", expected: sum([total, -1]), actual: total });
      }),
      { numRuns: 100 },
    );
  });
});

describe("execution rates and their amounts", () => {
  it("the rate of the amounts at two decimals raises nothing; one point off is an error", () => {
    fc.assert(
      fc.property(cents, fc.integer({ min: 1, max: 100 }), (budget, pct) => {
        const spent = roundHalfUp((budget * pct) / 100, 2);
        // Amounts of 100 万元 or more: the rounding of the amounts then moves the rate by under 0.01 points.
        fc.pre(budget >= 100 && spent >= 1);
        const rate = roundHalfUp((spent / budget) * 100, 2);
        const text = (r: number) =>
          `全年预算数${formatAmount(budget)}万元，全年执行数${formatAmount(spent)}万元，预算执行率为${r}%。`;
        expect(run(share, text(rate))).toEqual([]);
        expect(run(share, text(roundHalfUp(rate + (rate > 50 ? -1 : 1), 2)))).toHaveLength(1);
      }),
      { numRuns: 100 },
    );
  });
});
