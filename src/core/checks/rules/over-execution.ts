/**
 * 执行数超过预算数 without a word of explanation (GUIDE §7: "execution above budget without explanation").
 * In the budget table a row whose 全年执行数 exceeds its 全年预算数 by more than the sum tolerance needs a
 * 未执行原因/说明 text. The finding is raised at the most detailed row that shows the excess: a subtotal or 合计
 * is flagged only when none of the rows under it is over budget. Where the workbook has no budget table, the
 * funds block's rows are checked the same way (it has no column for a reason).
 */
import { sub } from "../../decimal";
import type { Unit } from "../../figures";
import { address } from "../../model/snapshot";
import type { BudgetRowKind, CellRef, FigureCell } from "../../model/types";
import { amountIn, money, FUNDS_LINE_NAMES } from "../amounts";
import { findingOf } from "../finding";
import type { Finding, Rule } from "../types";

interface Line {
  readonly name: string;
  readonly kind: BudgetRowKind;
  readonly group: "basic" | "project" | null;
  readonly budget: FigureCell | null;
  readonly executed: FigureCell | null;
  readonly reason: { readonly ref: CellRef; readonly text: string } | null;
}

interface Over {
  readonly line: Line;
  readonly budget: number;
  readonly executed: number;
  readonly refs: readonly CellRef[];
  readonly excess: number;
}

/** 全年执行数 − 全年预算数 of a row (negative when under budget); null when either cannot be read. */
function excessOf(
  row: { readonly budget: FigureCell | null; readonly executed: FigureCell | null },
  unit: Unit,
): number | null {
  const budget = amountIn(row.budget, unit);
  const executed = amountIn(row.executed, unit);
  if (typeof budget !== "number" || typeof executed !== "number" || !row.budget || !row.executed) return null;
  return sub(executed, budget);
}

/** Whether some row that a subtotal or 合计 `line` sums is itself over budget (items sum nothing). */
function hasOverUnder(line: Line, overs: readonly Over[], overItemGroups: ReadonlySet<string | null>): boolean {
  if (line.kind === "item") return false;
  if (line.kind === "total") return overs.length > 1;
  return overItemGroups.has(line.kind);
}

export const rule: Rule = {
  id: "over-execution",
  severity: "warning",
  title: "执行数超过预算数未说明原因",
  description:
    "全年执行数超过全年预算数（超出求和容差）时，应在该行的未执行原因（说明）栏说明原因；小计、合计行仅在其下各行均未超过预算时提示。无预算执行情况表时核对资金部分各行。",
  why: "警告：执行数超过预算数可能有追加预算等正当原因，在说明栏写明即可成立。",
  check(model, { profile }) {
    const tolerance = profile.tolerances.sum;
    let unit: Unit;
    let lines: Line[];
    /** Whether a row is over budget beyond the tolerance: only those rows are read further. */
    const isOver = (row: { readonly budget: FigureCell | null; readonly executed: FigureCell | null }): boolean => {
      const excess = excessOf(row, unit);
      return excess !== null && excess > tolerance;
    };
    if (model.budget) {
      unit = model.budget.unit.unit;
      lines = model.budget.rows.filter(isOver).map((r) => ({
        name: r.name.text || address(r.name.ref.row, r.name.ref.col),
        kind: r.kind,
        group: r.group,
        budget: r.budget,
        executed: r.executed,
        reason: r.reason,
      }));
    } else if (model.funds) {
      unit = model.funds.unit.unit;
      lines = model.funds.rows.filter(isOver).map((r) => ({
        name: FUNDS_LINE_NAMES[r.line],
        kind: r.line === "total" ? "total" : "item",
        group: null,
        budget: r.budget,
        executed: r.executed,
        reason: null,
      }));
    } else return [];

    // The rows over budget, their figures read again for the messages.
    const overs: Over[] = [];
    for (const line of lines) {
      const budget = amountIn(line.budget, unit);
      const executed = amountIn(line.executed, unit);
      if (typeof budget !== "number" || typeof executed !== "number" || !line.budget || !line.executed) continue;
      const excess = sub(executed, budget);
      if (excess <= tolerance) continue;
      const refs = [line.executed.ref, line.budget.ref, ...(line.reason ? [line.reason.ref] : [])];
      overs.push({ line, budget, executed, refs, excess });
    }
    const overItemGroups = new Set(overs.filter((o) => o.line.kind === "item").map((o) => o.line.group));
    const findings: Finding[] = [];
    for (const o of overs) {
      if ((o.line.reason?.text ?? "").trim() !== "") continue;
      if (hasOverUnder(o.line, overs, overItemGroups)) continue;
      findings.push(
        findingOf(rule, {
          refs: o.refs,
          message:
            `${o.line.name}全年执行数 ${money(o.executed, unit)}，全年预算数 ${money(o.budget, unit)}：` +
            `执行数超过预算数 ${money(o.excess, unit)}，未说明原因`,
          expected: o.budget,
          actual: o.executed,
        }),
      );
    }
    return findings;
  },
};
