/**
 * Property: a consistent funds block, budget table and balance sheet (amounts with 2 decimals, sums exact,
 * rates computed and rounded to 2 decimals of a percent, 资产负债率 stated in a cell) raise no error or warning
 * from the finance rules; changing any single amount by more than the sum tolerance is caught.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { roundHalfUp } from "../../src/core/decimal";
import {
  FINANCE_RULES,
  financeModel,
  run,
  type BalanceInput,
  type BudgetInput,
  type FinanceInput,
  type FundsInput,
} from "../helpers/finance-model";

/** Amounts as whole cents, so that sums are exact. */
const cents = (max = 100_000_000) => fc.integer({ min: 0, max });
const yuan = (c: number): number => c / 100;
const rate = (executed: number, budget: number): number | null =>
  budget === 0 ? null : roundHalfUp(executed / budget, 4);

interface Line {
  readonly budget: number;
  readonly executed: number;
}
const line = cents().chain((b) => cents(b).map((e): Line => ({ budget: b, executed: e })));

const generated = fc
  .record({
    basic: fc.array(line, { maxLength: 3 }),
    project: fc.array(line, { maxLength: 3 }),
    carryover: cents(1_000_000),
    other: cents(1_000_000),
    carryoverShare: fc.double({ min: 0, max: 1, noNaN: true }),
    initial: fc.tuple(cents(), cents(), cents()),
    assets: fc.tuple(cents(), cents(), cents(), cents()),
    liabilityShare: fc.tuple(
      fc.double({ min: 0, max: 0.5, noNaN: true }),
      fc.double({ min: 0, max: 0.5, noNaN: true }),
    ),
    subtotalIfEmpty: fc.tuple(line, line),
  })
  .map((g): FinanceInput => {
    const group = (items: readonly Line[], fallback: Line): Line =>
      items.length === 0
        ? fallback
        : { budget: items.reduce((s, l) => s + l.budget, 0), executed: items.reduce((s, l) => s + l.executed, 0) };
    const basic = group(g.basic, g.subtotalIfEmpty[0]);
    const project = group(g.project, g.subtotalIfEmpty[1]);
    const total: Line = { budget: basic.budget + project.budget, executed: basic.executed + project.executed };
    const row = (name: string, l: Line): BudgetInput => [
      name,
      yuan(l.budget),
      yuan(l.executed),
      rate(l.executed, l.budget),
      null,
    ];
    const budget: BudgetInput[] = [
      row("基本支出", basic),
      ...g.basic.map((l, i) => row(`基本支出明细${i + 1}`, l)),
      row("项目支出", project),
      ...g.project.map((l, i) => row(`项目${i + 1}`, l)),
      row("合计", total),
    ];

    // Funds: the same totals, split over the sources.
    const carryover = Math.min(g.carryover, total.budget);
    const other = Math.min(g.other, total.budget - carryover);
    const appropriation = total.budget - carryover - other;
    const carryoverExec = Math.min(carryover, Math.floor(total.executed * g.carryoverShare));
    const otherExec = Math.min(other, total.executed - carryoverExec);
    const appropriationExec = total.executed - carryoverExec - otherExec;
    const [i1, i2, i3] = g.initial;
    const fundsRow = (name: string, initial: number, b: number, e: number, total = false): FundsInput => [
      name,
      yuan(initial),
      yuan(b),
      yuan(e),
      total ? 10 : null,
      rate(e, b),
      null,
    ];
    const funds: FundsInput[] = [
      fundsRow("年度资金总额", i1 + i2 + i3, total.budget, total.executed, true),
      fundsRow("其中：财政拨款", i1, appropriation, appropriationExec),
      fundsRow("上年结转资金", i2, carryover, carryoverExec),
      fundsRow("其他资金", i3, other, otherExec),
    ];

    // Balance sheet, 年末 and 年初.
    const [ca, nca, caBegin, ncaBegin] = g.assets;
    const side = (current: number, nonCurrent: number, share: number) => {
      const assets = current + nonCurrent;
      const liabilities = Math.floor(assets * share);
      const currentL = Math.floor(liabilities / 2);
      return { current, nonCurrent, assets, currentL, nonCurrentL: liabilities - currentL, liabilities };
    };
    const end = side(ca, nca, g.liabilityShare[0]);
    const begin = side(caBegin, ncaBegin, g.liabilityShare[1]);
    const pair = (label: string, pick: (s: typeof end) => number): BalanceInput => [
      label,
      yuan(pick(end)),
      yuan(pick(begin)),
    ];
    const balance = {
      left: [
        pair("流动资产合计", (s) => s.current),
        pair("非流动资产合计", (s) => s.nonCurrent),
        pair("资产总计", (s) => s.assets),
      ],
      right: [
        pair("流动负债合计", (s) => s.currentL),
        pair("非流动负债合计", (s) => s.nonCurrentL),
        pair("负债合计", (s) => s.liabilities),
        pair("净资产合计", (s) => s.assets - s.liabilities),
        pair("负债和净资产总计", (s) => s.assets),
      ],
    };
    const debt = rate(end.liabilities, end.assets);
    return {
      funds,
      budget,
      balance,
      facts: debt === null ? [] : [["资产负债率", { raw: debt, format: "0.00%" }]],
    };
  });

/** Every amount cell of the input: [table, row, column]. */
function amountSites(input: FinanceInput): (readonly [string, number, number])[] {
  const sites: (readonly [string, number, number])[] = [];
  input.funds?.forEach((_, r) => [1, 2, 3].forEach((c) => sites.push(["funds", r, c])));
  input.budget?.forEach((_, r) => [1, 2].forEach((c) => sites.push(["budget", r, c])));
  input.balance?.left?.forEach((_, r) => [1, 2].forEach((c) => sites.push(["left", r, c])));
  input.balance?.right?.forEach((_, r) => [1, 2].forEach((c) => sites.push(["right", r, c])));
  return sites;
}

function changed(input: FinanceInput, [table, r, c]: readonly [string, number, number], delta: number): FinanceInput {
  const bump = <T extends readonly unknown[]>(rows: readonly (T | null)[] | undefined, at: string): T[] =>
    (rows ?? []).map((row, i) => {
      if (!row || table !== at || i !== r) return row as T;
      const copy = [...row] as unknown[];
      copy[c] = roundHalfUp((copy[c] as number) + delta, 2);
      return copy as unknown as T;
    });
  return {
    ...input,
    funds: bump(input.funds, "funds"),
    budget: bump(input.budget, "budget"),
    balance: { left: bump(input.balance?.left, "left"), right: bump(input.balance?.right, "right") },
  };
}

const serious = (input: FinanceInput) =>
  FINANCE_RULES.flatMap((r) => run(r, financeModel(input))).filter((f) => f.severity !== "info");

describe("the finance rules over consistent generated workbooks", () => {
  it("raise no error or warning, and never a NaN", () => {
    fc.assert(
      fc.property(generated, (input) => {
        const findings = FINANCE_RULES.flatMap((r) => run(r, financeModel(input)));
        expect(findings.filter((f) => f.severity !== "info")).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it("catch any single amount changed by more than the tolerance", () => {
    fc.assert(
      fc.property(
        generated,
        fc.nat(),
        fc.integer({ min: 2, max: 1_000_000 }),
        fc.boolean(),
        (input, pick, deltaCents, up) => {
          const sites = amountSites(input);
          const site = sites[pick % sites.length]!;
          const findings = serious(changed(input, site, (up ? deltaCents : -deltaCents) / 100));
          expect(findings.length, `${site.join(",")} ${up ? "+" : "-"}${deltaCents / 100}`).toBeGreaterThan(0);
          for (const f of findings) {
            expect(Number.isNaN(f.expected ?? 0)).toBe(false);
            expect(Number.isNaN(f.actual ?? 0)).toBe(false);
            expect(f.message).not.toMatch(/NaN|Infinity|undefined/);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
