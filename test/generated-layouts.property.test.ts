// Issue #11, item 7: the checker over generated layouts. One consistent workbook (test/helpers/generated-layouts.ts)
// is laid out the ways real forms differ — header synonyms, one- or two-row headers, weights in the 一级 labels
// ("产出指标（50分）") or in a 分值 column beside each level, template rows left in ("……", "指标2：", "/"), budget
// subtotals before or after their items with or without a 支出类型 column, each table in 元 or 万元 with its unit
// stated in a note, a title, the headers or the block's label ("项目资金（元）") — and the properties hold whatever
// the layout:
//
// (a) the consistent workbook is read as written (units, indicators, budget lines) and raises no error; the only
//     warning is units-disagree when the tables are in different units, and the only info the one
//     “表中留有模板占位行” when template rows were left in (and the 单位名称 missing where no title names it);
// (b) one planted mistake is caught by the rule that owns it, at the planted cell, at least at its severity.
//
// When a property fails, the counterexample prints the spec, the layout and every finding.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CATALOGUE } from "../src/core/checks/catalogue";
import { runChecks } from "../src/core/checks/run";
import type { Finding } from "../src/core/checks/types";
import { roundHalfUp } from "../src/core/decimal";
import { gradeOf } from "../src/core/scoring";
import { readModel } from "../src/core/model/read";
import type { CellValue } from "../src/core/model/snapshot";
import type { CellRef } from "../src/core/model/types";
import {
  BALANCE_KEYS,
  inUnit,
  layoutWorkbook,
  valueAt,
  withCell,
  type LayoutWorkbook,
} from "./helpers/generated-layouts";
import { actualCandidates, actualCell, BALANCE_LABELS, inBand, NATIONAL } from "./helpers/generated-workbook";

const check = (g: LayoutWorkbook): Finding[] => runChecks(readModel(g.snapshot), NATIONAL, CATALOGUE);

const at = (r: CellRef): string => `${r.sheet}!R${r.row}C${r.col}`;
const show = (findings: readonly Finding[]): string =>
  findings
    .map((f) => `  ${f.severity} ${f.rule} ${f.sheet}!${f.cell} [${f.refs.map(at).join(" ")}] ${f.message}`)
    .join("\n") || "  (none)";
const same = (a: CellRef, b: CellRef): boolean => a.sheet === b.sheet && a.row === b.row && a.col === b.col;

const RANK = { info: 0, warning: 1, error: 2 } as const;
type Severity = keyof typeof RANK;

// ---------------------------------------------------------------------------------------------------------
// (a) consistent workbooks

describe("generated layouts: a consistent workbook", () => {
  it("is read as written and raises no error; only the expected warning and info", () => {
    fc.assert(
      fc.property(layoutWorkbook, (g) => {
        const model = readModel(g.snapshot);
        const findings = runChecks(model, NATIONAL, CATALOGUE);
        const context = `\nfindings:\n${show(findings)}`;
        const { units } = g.layout;

        // Read as written: each table's unit, every indicator with its weight, every budget line.
        expect(
          [model.funds?.unit.unit.text, model.budget?.unit.unit.text, model.balance?.unit.unit.text],
          `units read${context}`,
        ).toEqual([units.form, units.budget, units.balance]);
        const rows = model.indicators?.rows ?? [];
        expect(
          rows.map((r) => [r.third?.text, r.weight?.figure.kind === "number" ? r.weight.figure.value : null]),
          `indicator rows read${context}`,
        ).toEqual(g.spec.indicators.map((i) => [i.third, i.weight]));
        expect(
          (model.budget?.rows ?? []).map((r) => [r.name.ref.row, r.kind === "item" ? r.group : r.kind]),
          `budget lines read${context}`,
        ).toEqual(g.places.budget.map((p) => [p.name.row, p.line.kind === "item" ? p.group : p.line.kind]));

        expect(model.report?.sheet ?? null, `report read (the workbook has none)${context}`).toBeNull();

        // No error.
        const errors = findings.filter((f) => f.severity === "error");
        expect(errors, `errors on a consistent workbook${context}`).toEqual([]);

        // Warnings: the tables' units disagreeing, once, only when they do.
        const mixed = new Set([units.form, units.budget, units.balance]).size > 1;
        const warnings = findings.filter((f) => f.severity === "warning").map((f) => f.rule);
        expect(warnings, `warnings on a consistent workbook${context}`).toEqual(mixed ? ["units-disagree"] : []);

        // Info: the placeholders once, at exactly the template rows; the 单位名称 where no title or info row names it.
        const info = findings.filter((f) => f.severity === "info");
        const placeholders = info.filter((f) => f.rule === "template-placeholders");
        expect(
          placeholders.map((f) => f.refs.map((r) => r.row)),
          `template placeholders (planted at rows ${g.places.dots.join("、") || "none"})${context}`,
        ).toEqual(g.places.dots.length > 0 ? [g.places.dots] : []);
        const others = info.filter((f) => f.rule !== "template-placeholders");
        expect(
          others.every((f) => f.rule === "required-blank" && f.message.includes("单位名称")),
          `unexpected info${context}`,
        ).toBe(true);
        expect(others.length, `单位名称 (titles ${String(g.layout.titles)})${context}`).toBeLessThanOrEqual(1);
      }),
      { numRuns: 80 },
    );
  }, 60_000);
});

// ---------------------------------------------------------------------------------------------------------
// (b) one planted mistake

interface Planted {
  readonly what: string;
  readonly writes: readonly { readonly ref: CellRef; readonly value: CellValue }[];
  /** The rule that owns the mistake, the least severity it must have, and the cell it must point at (any of
   *  them where the mistake is written in several: a 一级 label repeated on every row). */
  readonly rule: string;
  readonly severity: Severity;
  readonly at: readonly CellRef[];
}

/** A change from just above `min` (by = 1) to `max` (by = 1000), up or down (down only where it stays ≥ 0). */
const by = fc.record({ up: fc.boolean(), by: fc.integer({ min: 1, max: 1000 }) });
type By = { readonly up: boolean; readonly by: number };
const step = (d: By, min: number, max: number): number => min + ((max - min) * d.by) / 1000;
function moved(old: number, d: By, change: number, decimals: number): number {
  const down = roundHalfUp(old - change, decimals);
  return d.up || down < 0 ? roundHalfUp(old + change, decimals) : down;
}

const SCORE_MIN = NATIONAL.tolerances.score + 0.01;
const RATE_MIN = NATIONAL.tolerances.ratePoints + 0.02; // percentage points

type Kind =
  | "total"
  | "scoreAboveWeight"
  | "weight"
  | "execRate"
  | "execScore"
  | "grade"
  | "reason"
  | "actual"
  | "levelLabel"
  | "levelColumn"
  | "budgetRate"
  | "budgetAmount"
  | "fundsAmount"
  | "balance";

const KINDS: readonly Kind[] = [
  "total",
  "scoreAboveWeight",
  "weight",
  "execRate",
  "execScore",
  "grade",
  "reason",
  "actual",
  "levelLabel",
  "levelColumn",
  "budgetRate",
  "budgetAmount",
  "fundsAmount",
  "balance",
];

interface Choice {
  readonly kind: Kind;
  readonly pick: number;
  readonly pick2: number;
  readonly d: By;
}
const choice: fc.Arbitrary<Choice> = fc.record({
  kind: fc.constantFrom(...KINDS),
  pick: fc.nat(1000),
  pick2: fc.nat(1000),
  d: by,
});

const nth = <T>(list: readonly T[], i: number): T | undefined => (list.length ? list[i % list.length] : undefined);

/** The planted mistake, or null where the layout cannot express it (fc.pre skips those). */
function plant(g: LayoutWorkbook, c: Choice): Planted | null {
  const { spec, places, layout, snapshot } = g;
  const one = (ref: CellRef, value: CellValue, what: string, rule: string, severity: Severity): Planted => ({
    what: `${what} (${at(ref)}: ${JSON.stringify(valueAt(snapshot, ref))} → ${JSON.stringify(value)})`,
    writes: [{ ref, value }],
    rule,
    severity,
    at: [ref],
  });
  const indicators = spec.indicators.map((ind, i) => ({ ind, place: places.indicators[i]! }));
  switch (c.kind) {
    case "total": {
      const after = moved(spec.total, c.d, step(c.d, SCORE_MIN, 10), 2);
      return one(places.total, after, `总分 ${spec.total} → ${after}`, "total-sum", "error");
    }
    case "scoreAboveWeight": {
      const x = nth(indicators, c.pick)!;
      const after = roundHalfUp(x.ind.weight + step(c.d, SCORE_MIN, 3), 2);
      return one(x.place.score, after, `${x.ind.third} 得分高于分值 ${x.ind.weight}`, "score-above-weight", "error");
    }
    case "weight": {
      // Up: the 分值 total goes over 100, an error whatever the layout (a 总分 row is always there).
      const x = nth(indicators, c.pick)!;
      const after = roundHalfUp(x.ind.weight + step(c.d, SCORE_MIN, 3), 2);
      return one(x.place.weight, after, `${x.ind.third} 分值 ${x.ind.weight} → ${after}`, "weights-total", "error");
    }
    case "execRate":
    case "execScore": {
      const f = places.funds.total!;
      if (c.kind === "execScore") {
        const after = moved(spec.execScore, c.d, step(c.d, SCORE_MIN, 5), 2);
        return one(f.score, after, `预算执行率得分 ${spec.execScore} → ${after}`, "execution-score", "error");
      }
      const before = valueAt(snapshot, f.rate);
      if (typeof before !== "number") return null;
      const after = layout.funds.ratePoints
        ? moved(before, c.d, step(c.d, RATE_MIN, 20), 2)
        : moved(before, c.d, step(c.d, RATE_MIN, 20) / 100, 4);
      return one(f.rate, after, `预算执行率 ${before} → ${after}`, "execution-score", "error");
    }
    case "grade": {
      const band = gradeOf(spec.total, NATIONAL).grade;
      const after = nth(
        NATIONAL.grades.map((x) => x.grade).filter((x) => x !== band),
        c.pick,
      )!;
      return one(places.grade, after, `自评等级 ${spec.grade} → ${after}`, "grade-fits-total", "error");
    }
    case "reason": {
      const x = nth(
        indicators.filter(({ ind }) => ind.reason !== null),
        c.pick,
      );
      if (!x) return null;
      const below = x.ind.score < x.ind.weight;
      return one(
        x.place.reason,
        null,
        `${x.ind.third} 偏差原因删去（得分 ${x.ind.score}/${x.ind.weight}）`,
        "reason-required",
        below ? "error" : "warning",
      );
    }
    case "actual": {
      const x = nth(indicators, c.pick)!;
      const ind = x.ind;
      if (ind.kind === "qual") {
        const others = NATIONAL.qualitativeBands
          .map((b, i) => ({ b, i }))
          .filter(({ i }) => i !== ind.band && !inBand(ind.score, ind.weight, i, NATIONAL));
        const o = nth(others, c.pick2);
        if (!o) return null;
        return one(
          x.place.actual,
          o.b.grade,
          `${ind.third} 实际完成值 ${ind.grade} → ${o.b.grade}`,
          "qualitative-band",
          "error",
        );
      }
      const a = nth(actualCandidates(ind, NATIONAL), c.pick2);
      if (a === undefined) return null;
      // Which rule speaks depends on the case (full score missed, recomputed, met but below full, a reason now
      // needed): any of the score rules, at the actual.
      return one(
        x.place.actual,
        actualCell(ind, a).value,
        `${ind.third} 实际完成值 ${ind.a} → ${a}（目标 ${ind.op}${ind.t}）`,
        "score-rules",
        "warning",
      );
    }
    case "levelLabel": {
      // "产出指标（50分）" → "产出指标（53分）", on every cell that writes the label (each row where repeated).
      const names = [...new Set(places.firstLabels.map((l) => l.name))];
      const name = nth(names, c.pick);
      if (name === undefined) return null;
      const cells = places.firstLabels.filter((l) => l.name === name);
      const w = cells[0]!.weight;
      const after = c.d.up || w < 2 ? w + 1 + (c.d.by % 5) : w - 1 - (c.d.by % Math.min(5, w - 1));
      const text = `${name}（${String(after)}分）`;
      return {
        what: `一级指标标明的分值 ${w} → ${after} (${cells.map((l) => at(l.ref)).join(" ")})`,
        writes: cells.map((l) => ({ ref: l.ref, value: text })),
        rule: "first-level-weights",
        severity: "warning",
        at: cells.map((l) => l.ref),
      };
    }
    case "levelColumn": {
      // The 分值 beside 产出指标 50 → 53, on every cell that states it (each row where repeated).
      const names = [...new Set(places.firstWeights.map((l) => l.name))];
      const name = nth(names, c.pick);
      if (name === undefined) return null;
      const cells = places.firstWeights.filter((l) => l.name === name);
      const w = cells[0]!.weight;
      const after = roundHalfUp(w + (c.d.up || w < 4 ? 1 : -1) * step(c.d, SCORE_MIN, 3), 2);
      return {
        what: `一级指标“${name}”的分值栏 ${w} → ${after} (${cells.map((l) => at(l.ref)).join(" ")})`,
        writes: cells.map((l) => ({ ref: l.ref, value: after })),
        rule: "first-level-weights",
        severity: "warning",
        at: cells.map((l) => l.ref),
      };
    }
    case "budgetRate": {
      const p = nth(places.budget, c.pick)!;
      const before = valueAt(snapshot, p.rate);
      if (typeof before !== "number") return null;
      const after = layout.budget.ratePoints
        ? moved(before, c.d, step(c.d, RATE_MIN, 20), 2)
        : moved(before, c.d, step(c.d, RATE_MIN, 20) / 100, 4);
      return one(p.rate, after, `${p.line.name} 执行率 ${before} → ${after}`, "stated-rate", "error");
    }
    case "budgetAmount": {
      // An item (its subtotal no longer adds up), a subtotal (no longer its items) or 合计.
      const p = nth(places.budget, c.pick)!;
      const measure = c.pick2 % 2 === 0 ? "budget" : "executed";
      const old = p.line[measure];
      const cents = Math.round(step(c.d, 2, 100_000));
      const after = c.d.up || old - cents < 0 ? old + cents : old - cents;
      const unit = layout.units.budget;
      return one(
        p[measure],
        inUnit(after, unit),
        `${p.line.name} ${measure === "budget" ? "全年预算数" : "全年执行数"} ${inUnit(old, unit)} → ${inUnit(after, unit)} ${unit}`,
        "budget-subtotals",
        "error",
      );
    }
    case "fundsAmount": {
      const lines = spec.funds.filter((f) => places.funds[f.line]);
      const f = nth(lines, c.pick)!;
      const p = places.funds[f.line]!;
      const measures = (["initial", "budget", "executed"] as const).filter((m) => {
        const ref = m === "initial" ? p.initial : p[m];
        return ref !== null && typeof valueAt(snapshot, ref) === "number";
      });
      const measure = nth(measures, c.pick2);
      if (measure === undefined) return null;
      const old = measure === "initial" ? f.initial! : f[measure];
      const cents = Math.round(step(c.d, 2, 100_000));
      const after = c.d.up || old - cents < 0 ? old + cents : old - cents;
      const unit = layout.units.form;
      const ref = measure === "initial" ? p.initial! : p[measure];
      return one(
        ref,
        inUnit(after, unit),
        `${f.label} ${{ initial: "年初预算数", budget: "全年预算数", executed: "全年执行数" }[measure]} ${inUnit(old, unit)} → ${inUnit(after, unit)} ${unit}`,
        "funds-total-parts",
        "error",
      );
    }
    case "balance": {
      const key = nth(BALANCE_KEYS, c.pick)!;
      const column = spec.balance.begin && c.pick2 % 2 === 1 ? "begin" : "end";
      const old = spec.balance[column]![key];
      const cents = Math.round(step(c.d, 2, 100_000));
      const after = c.d.up || old - cents < 0 ? old + cents : old - cents;
      const unit = layout.units.balance;
      return one(
        places.balance[key][column],
        inUnit(after, unit),
        `${BALANCE_LABELS[key]}${column === "end" ? "年末数" : "年初数"} ${inUnit(old, unit)} → ${inUnit(after, unit)} ${unit}`,
        "balance-identities",
        "error",
      );
    }
  }
}

/** The rules that may speak for a changed 实际完成值. */
const SCORE_RULES = new Set([
  "full-score-target-missed",
  "score-below-full-target-met",
  "score-recomputed",
  "score-above-weight",
  "reason-required",
]);

describe("generated layouts: one planted mistake", () => {
  it("is caught by the rule that owns it, at the planted cell, at least at its severity", () => {
    const planted = fc
      .tuple(layoutWorkbook, choice)
      .map(([g, c]) => ({ g, p: plant(g, c) }))
      .filter((x): x is { g: LayoutWorkbook; p: Planted } => x.p !== null);
    fc.assert(
      fc.property(planted, ({ g, p }) => {
        let snapshot = g.snapshot;
        for (const w of p.writes) snapshot = withCell(snapshot, w.ref, w.value);
        const findings = check({ ...g, snapshot });
        const caught = findings.some(
          (f) =>
            (p.rule === "score-rules" ? SCORE_RULES.has(f.rule) : f.rule === p.rule) &&
            RANK[f.severity] >= RANK[p.severity] &&
            f.refs.some((r) => p.at.some((a) => same(r, a))),
        );
        expect(
          caught,
          `planted: ${p.what}\nexpected: ${p.rule} (${p.severity} or worse) at ${p.at.map(at).join(" or ")}\nfindings:\n${show(findings)}`,
        ).toBe(true);
      }),
      { numRuns: 100 },
    );
  }, 60_000);
});
