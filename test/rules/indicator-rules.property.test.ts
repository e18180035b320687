// Property tests of the indicator-table rules: a consistent generated 绩效自评表 (weights totalling 100 in the
// profile's first-level split, scores computed by the scoring functions, reasons where they are needed, total
// and grade consistent) raises nothing; changing any single 得分, 分值 or 实际完成值 by more than the tolerance is
// caught by at least one rule. Under each built-in profile (common-framework with its 29 required indicators).
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { sum } from "../../src/core/decimal";
import type { Op } from "../../src/core/figures";
import type { Profile } from "../../src/core/profile-types";
import {
  bandBounds,
  gradeOf,
  needsOverAchievementReason,
  quantitativeScore,
  rateScore,
  totalCap,
} from "../../src/core/scoring";
import type { CellValue } from "../../src/core/model/snapshot";
import {
  INDICATOR_RULES,
  indicatorModel,
  profile,
  setCells,
  type BudgetSpec,
  type FundsSpec,
  type ModelSpec,
  type RowSpec,
} from "../helpers/indicator-model";

type Labels = readonly [first: string, second: string, third: string];

type Meta =
  | {
      readonly kind: "quant";
      readonly op: Op;
      readonly target: number;
      readonly actual: number;
      readonly weight: number;
    }
  | { readonly kind: "qual"; readonly band: number; readonly weight: number; readonly score: number };

interface Table {
  readonly spec: ModelSpec;
  readonly meta: readonly Meta[];
  readonly profile: Profile;
}

/** Integer 分值 for n rows totalling w, each at least 1. */
function distribute(w: number, n: number): fc.Arbitrary<number[]> {
  return fc.array(fc.integer({ min: 0, max: 100 }), { minLength: n, maxLength: n }).map((rs) => {
    const extra = w - n;
    const total = rs.reduce((a, b) => a + b, 0) || 1;
    const ws = rs.map((r) => 1 + Math.floor((extra * r) / total));
    ws[n - 1]! += w - ws.reduce((a, b) => a + b, 0);
    return ws;
  });
}

/** The rows' labels for a profile: its first-level split (1–4 rows each), or its required indicators. */
function labelsOf(p: Profile): fc.Arbitrary<{ readonly labels: Labels[]; readonly weights: number[] }> {
  const exec = p.firstLevelWeights["预算执行率"] ?? 10;
  if (p.requiredIndicators.length > 0) {
    const labels = p.requiredIndicators.map((q): Labels => [q.first, q.second, q.third]);
    return distribute(p.totalWeight - exec, labels.length).map((weights) => ({ labels, weights }));
  }
  const levels = Object.entries(p.firstLevelWeights).filter(([name]) => name !== "预算执行率");
  return fc
    .tuple(
      ...levels.map(([name, w]) =>
        fc.integer({ min: 1, max: 4 }).chain((n) => distribute(w, n).map((ws) => ({ name, ws }))),
      ),
    )
    .map((groups) => ({
      labels: groups.flatMap(({ name, ws }) =>
        ws.map((_, i): Labels => [
          name,
          `${name.replace("指标", "")}二级${i + 1}`,
          `${name.replace("指标", "")}指标${i + 1}`,
        ]),
      ),
      weights: groups.flatMap(({ ws }) => ws),
    }));
}

const quantitative = fc.record({
  op: fc.constantFrom<Op>("≥", "≤", "="),
  unit: fc.constantFrom("件", "%", "万元"),
  target: fc.integer({ min: 1, max: 1000 }),
  share: fc.integer({ min: 0, max: 200 }),
});

const qualitative = fc.record({ band: fc.nat(), alias: fc.nat(), at: fc.double({ min: 0, max: 1, noNaN: true }) });

function tableOf(p: Profile): fc.Arbitrary<Table> {
  const exec = p.firstLevelWeights["预算执行率"] ?? 10;
  return labelsOf(p).chain(({ labels, weights }) =>
    fc
      .record({
        rows: fc.tuple(
          ...labels.map(() =>
            fc.oneof(
              quantitative.map((q) => ({ ...q, kind: "quant" as const })),
              qualitative.map((q) => ({ ...q, kind: "qual" as const })),
            ),
          ),
        ),
        budget: fc.integer({ min: 10000, max: 10000000 }),
        executedShare: fc.integer({ min: 500, max: 1200 }),
      })
      .map(({ rows, budget: budgetCents, executedShare }) => {
        const meta: Meta[] = [];
        const specs: RowSpec[] = rows.map((r, i) => {
          const [first, second, third] = labels[i]!;
          const w = weights[i]!;
          if (r.kind === "quant") {
            const target = r.unit === "%" ? Math.min(r.target, 100) : r.target;
            const actual = (target * r.share) / 100;
            const score = quantitativeScore(actual, target, w, r.op, p.reverseMethod);
            const reason = score < w || needsOverAchievementReason(actual, target, r.op, p) ? "偏差原因已说明" : null;
            meta.push({ kind: "quant", op: r.op, target, actual, weight: w });
            return [first, second, third, r.op, target, r.unit, actual, w, score, reason];
          }
          const band = r.band % p.qualitativeBands.length;
          const b = p.qualitativeBands[band]!;
          const names = [b.grade, ...b.aliases];
          const top = b.max === Math.max(...p.qualitativeBands.map((x) => x.max));
          const { min, max } = bandBounds(b, w);
          const span = Math.round((max - min) * 100) - (top ? 0 : 1);
          const score = (Math.round(min * 100) + Math.floor(r.at * span)) / 100;
          meta.push({ kind: "qual", band, weight: w, score });
          return [
            first,
            second,
            third,
            "定性",
            "完成年度目标任务",
            null,
            names[r.alias % names.length]!,
            w,
            score,
            score < w ? "偏差原因已说明" : null,
          ];
        });
        const budget = budgetCents / 100;
        const executed = Math.round((budgetCents * executedShare) / 1000) / 100;
        const rate = executed / budget;
        const execScore = rateScore(rate, exec, p.execution);
        const total = sum([execScore, ...specs.map((r) => r[8] as number)]);
        const funds: FundsSpec = {
          budget,
          executed,
          weight: exec,
          rate: Math.round(rate * 10000) / 10000,
          score: execScore,
        };
        const budgetRows: BudgetSpec[] = [
          ["项目支出", budget, executed, funds.rate!, "部分项目受疫情影响未实施"],
          ["合计", budget, executed, funds.rate!, null],
        ];
        const spec: ModelSpec = {
          funds,
          rows: specs,
          total,
          grade: gradeOf(total, p).grade,
          budget: budgetRows,
          texts: { 评价结论: "年度目标基本完成", 存在问题: "项目执行进度偏慢", 改进措施: "加强预算执行管理" },
        };
        return { spec, meta, profile: p };
      })
      .filter((t) => {
        const cap = totalCap((t.spec.funds!.executed as number) / (t.spec.funds!.budget as number), p);
        return cap === null || (t.spec.total as number) <= cap;
      }),
  );
}

function findings(spec: ModelSpec, p: Profile) {
  const model = indicatorModel(spec);
  return INDICATOR_RULES.flatMap((r) => r.check(model, { profile: p }));
}

/** A change by more than the score tolerance: ±0.11 to ±5 points. */
const delta = fc.tuple(fc.integer({ min: 11, max: 500 }), fc.boolean()).map(([c, up]) => (up ? c : -c) / 100);

type Mutation =
  | { readonly kind: "score" | "weight"; readonly row: number; readonly delta: number }
  | { readonly kind: "actual"; readonly row: number; readonly share: number; readonly band: number }
  | { readonly kind: "fundsScore" | "fundsWeight" | "total"; readonly delta: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constantFrom("score" as const, "weight" as const), row: fc.nat(), delta }),
  fc.record({
    kind: fc.constant("actual" as const),
    row: fc.nat(),
    share: fc.integer({ min: 0, max: 300 }),
    band: fc.nat(),
  }),
  fc.record({ kind: fc.constantFrom("fundsScore" as const, "fundsWeight" as const, "total" as const), delta }),
);

/** The table with one cell changed, or null where the change would not be a change beyond the tolerance. */
function mutate(t: Table, m: Mutation): ModelSpec | null {
  const { spec, meta, profile: p } = t;
  const plus = (v: CellValue, d: number): number => sum([v as number, d]);
  switch (m.kind) {
    case "score":
    case "weight": {
      const i = m.row % spec.rows.length;
      const col = m.kind === "score" ? 8 : 7;
      return setCells(spec, i, { [m.kind]: plus(spec.rows[i]![col]!, m.delta) });
    }
    case "fundsScore":
      return { ...spec, funds: { ...spec.funds, score: plus(spec.funds!.score!, m.delta) } };
    case "fundsWeight":
      return { ...spec, funds: { ...spec.funds, weight: plus(spec.funds!.weight!, m.delta) } };
    case "total":
      return { ...spec, total: plus(spec.total!, m.delta) };
    case "actual": {
      const i = m.row % spec.rows.length;
      const row = meta[i]!;
      if (row.kind === "quant") {
        const actual = (row.target * m.share) / 100;
        const stated = spec.rows[i]![8] as number;
        const now = quantitativeScore(actual, row.target, row.weight, row.op, p.reverseMethod);
        if (Math.abs(now - stated) <= p.tolerances.score + 1e-9) return null;
        return setCells(spec, i, { actual });
      }
      const band = m.band % p.qualitativeBands.length;
      if (band === row.band) return null;
      return setCells(spec, i, { actual: p.qualitativeBands[band]!.grade });
    }
  }
}

describe.each(["national", "strict-local", "common-framework"] as const)("indicator-table rules under %s", (id) => {
  const p = profile(id);

  it("raise nothing on a consistent table", { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(tableOf(p), (t) => {
        expect(findings(t.spec, p).map((f) => `${f.rule} ${f.cell} ${f.message}`)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it("catch any single 得分, 分值 or 实际完成值 changed beyond the tolerance", { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(tableOf(p), mutation, (t, m) => {
        const changed = mutate(t, m);
        fc.pre(changed !== null);
        const raised = findings(changed!, p).filter((f) => f.severity === "error" || f.severity === "warning");
        expect(raised.length, JSON.stringify(m)).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});
