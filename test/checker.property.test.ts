// The whole pipeline on generated workbooks laid out like a unit's real file (snapshot → readModel →
// runChecks under the national profile): a 绩效自评表 (title, 单位：万元, the funds block, the indicator table
// with 一级/二级 merged or blank under their first row, 总分 and 自评等级), a 预算执行情况 table (基本支出 and
// 项目支出 with their items, 合计), a two-sided 资产负债表, optionally a 单位基本情况 sheet and a 自评报告 whose
// sentences state the budget, the execution, the assets, every indicator's 指标分数/实际得分 and the total as the
// sheets have them. The generator (test/helpers/generated-workbook.ts) draws 3–25 indicators in the 50/30/10
// split (integer or 1-decimal weights), targets such as ≥95%, 95 under "%", 不少于2000件, 不高于150万元, 1批,
// ≤5个工作日, 全覆盖 and qualitative rows, actuals meeting or missing them, scores from the project's scoring
// functions, reasons wherever needed, amounts in whole cents with exact sums; and the ways real files differ
// that the reader says it reads (GUIDE §1, §5): header synonyms, folded targets without 指标性质/度量单位
// columns, amounts and scores typed as text, rates as percentage points, tables away from A1, "总分：90.84".
//
// The bugs found this way are pinned, fixed, in test/checker-regressions.test.ts; the properties allow no misses.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CATALOGUE } from "../src/core/checks/catalogue";
import { runChecks } from "../src/core/checks/run";
import type { Finding } from "../src/core/checks/types";
import { readModel } from "../src/core/model/read";
import type { CellRef, WorkbookModel } from "../src/core/model/types";
import {
  applyMutation,
  generatedWorkbook,
  mutation,
  NATIONAL,
  plainWorkbook,
  withCell,
  type GeneratedWorkbook,
} from "./helpers/generated-workbook";

const check = (g: { readonly snapshot: GeneratedWorkbook["snapshot"] }): Finding[] =>
  runChecks(readModel(g.snapshot), NATIONAL, CATALOGUE);

const serious = (findings: readonly Finding[]): Finding[] => findings.filter((f) => f.severity !== "info");

const show = (findings: readonly Finding[]): string =>
  findings
    .map(
      (f) =>
        `  ${f.severity} ${f.rule} ${f.sheet}!${f.cell} [${f.refs.map((r) => `${r.sheet}!R${r.row}C${r.col}`).join(" ")}] ${f.message}`,
    )
    .join("\n") || "  (none)";

const same = (a: CellRef, b: CellRef): boolean => a.sheet === b.sheet && a.row === b.row && a.col === b.col;
const pointsAt = (f: Finding, ref: CellRef): boolean => f.refs.some((r) => same(r, ref));

/** Every figure and text the checks read from the model, for comparing two readings of a workbook. */
function figures(model: WorkbookModel): string {
  const v = (c: { readonly figure: { readonly kind: string; readonly value?: number } } | null | undefined) =>
    c ? (c.figure.kind === "number" ? c.figure.value : c.figure.kind) : null;
  return JSON.stringify({
    funds: model.funds?.rows.map((r) => [
      r.line,
      v(r.initialBudget),
      v(r.budget),
      v(r.executed),
      v(r.weight),
      v(r.rate),
      v(r.score),
    ]),
    indicators: model.indicators?.rows.map((r) => [
      r.third?.text,
      r.target?.raw,
      r.actual?.raw,
      v(r.weight),
      v(r.score),
      r.reason?.text,
    ]),
    total: v(model.indicators?.total),
    grade: model.indicators?.grade?.text ?? null,
    budget: model.budget?.rows.map((r) => [r.kind, r.name.text, v(r.budget), v(r.executed), v(r.rate)]),
    balance: model.balance?.items.map((i) => [i.key, v(i.end), v(i.begin)]),
    facts: model.unit.facts.map((f) => [f.label, String(f.value.raw)]),
  });
}

describe("the checker on a generated unit's workbook (national profile)", () => {
  it("a consistent workbook in the samples' layout raises no error and no warning", () => {
    fc.assert(
      fc.property(plainWorkbook, (g) => {
        const bad = serious(check(g));
        expect(bad, `errors or warnings on a consistent workbook:\n${show(bad)}`).toEqual([]);
      }),
      { numRuns: 50 },
    );
  }, 60_000);

  it("a consistent workbook in any of the layouts real files use raises no error and no warning", () => {
    fc.assert(
      fc.property(generatedWorkbook, (g) => {
        const bad = serious(check(g));
        expect(bad, `errors or warnings on a consistent workbook:\n${show(bad)}`).toEqual([]);
      }),
      { numRuns: 100 },
    );
  }, 60_000);

  it("a scored figure changed beyond the tolerance is caught, by a finding that points at it", () => {
    const changed = generatedWorkbook.chain((g) => mutation(g).map((m) => ({ g, m })));
    fc.assert(
      fc.property(changed, ({ g, m }) => {
        const applied = applyMutation(g, m);
        fc.pre(applied !== null);
        const findings = serious(check(applied));
        const at = findings.some((f) => pointsAt(f, applied.ref));
        const { sheet, row, col } = applied.ref;
        expect(
          at,
          `${applied.what} (${sheet}!R${row}C${col}: ${JSON.stringify(applied.before)} → ${JSON.stringify(applied.after)}) ` +
            `is not caught at its cell; findings:\n${show(findings)}`,
        ).toBe(true);
      }),
      { numRuns: 100 },
    );
  }, 60_000);

  it("the fixes offered on a consistent workbook change none of the figures the checks read", () => {
    fc.assert(
      fc.property(generatedWorkbook, (g) => {
        const findings = check(g);
        let fixed = g.snapshot;
        for (const f of findings) for (const w of f.fix?.writes ?? []) fixed = withCell(fixed, w, w.value);
        const before = figures(readModel(g.snapshot));
        const after = figures(readModel(fixed));
        expect(after, `the fixes of:\n${show(findings)}\nchanged what the workbook says`).toBe(before);
      }),
      { numRuns: 50 },
    );
  }, 60_000);
});
