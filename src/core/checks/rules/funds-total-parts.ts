/**
 * 年度资金总额 = 财政拨款 + 上年结转资金 + 其他资金, for 年初预算数, 全年预算数 and 全年执行数 (GUIDE §5, §7).
 * A blank part counts as 0 only when another part is given; a part that is not a figure (unreadable-figure)
 * or in another kind of unit (units-disagree) leaves the column unchecked. No fix: which side is wrong is not
 * known.
 */
import { sub, sum } from "../../decimal";
import type { CellRef, FundsLine, FundsRow } from "../../model/types";
import { amountIn, money } from "../amounts";
import { findingOf } from "../finding";
import type { Finding, Rule } from "../types";

type AmountColumn = "initialBudget" | "budget" | "executed";

const COLUMNS: readonly (readonly [AmountColumn, string])[] = [
  ["initialBudget", "年初预算数"],
  ["budget", "全年预算数"],
  ["executed", "全年执行数"],
];

/** The total's parts, by source of the money and, in a whole-department form, by kind of spending. */
const PARTITIONS: readonly (readonly (readonly [FundsLine, string])[])[] = [
  [
    ["appropriation", "财政拨款"],
    ["carryover", "上年结转资金"],
    ["other", "其他资金"],
  ],
  [
    ["basic", "基本支出"],
    ["project", "项目支出"],
  ],
];

export const rule: Rule = {
  id: "funds-total-parts",
  severity: "error",
  title: "年度资金总额与其构成不符",
  description:
    "绩效自评表资金部分的年度资金总额应等于财政拨款、上年结转资金与其他资金之和（年初预算数、全年预算数、全年执行数各列分别核对，容差取规则口径的求和容差）。",
  why: "错误：年度资金总额应等于各资金来源之和，加总不符即可证明有误。",
  check(model, { profile }) {
    const funds = model.funds;
    if (!funds) return [];
    const total = funds.rows.find((r) => r.line === "total");
    if (!total) return [];
    const unit = funds.unit.unit;
    const tolerance = profile.tolerances.sum;
    const findings: Finding[] = [];
    for (const PARTS of PARTITIONS) {
      if (!PARTS.some(([line]) => funds.rows.some((r) => r.line === line))) continue;
      for (const [column, columnName] of COLUMNS) {
        // A form with only 年初预算数 reads it as its budget too: one column, checked once.
        if (column === "budget" && total.budget && total.budget.ref.col === total.initialBudget?.ref.col) continue;
        const totalCell = total[column];
        const stated = amountIn(totalCell, unit);
        if (totalCell === null || typeof stated !== "number") continue;
        // Every part row the block has (a form may split 其他资金 into 财政专户管理资金, 单位资金 …), by its line.
        const parts = PARTS.flatMap(([line, name]) => {
          const rows: FundsRow[] = funds.rows.filter((r) => r.line === line);
          if (rows.length === 0) return [{ name, cell: null, value: null }];
          return rows.map((row) => {
            const cell = row[column] ?? null;
            return {
              name: rows.length > 1 ? row.label.text.replace(/^其中[:：]?/, "") : name,
              cell,
              value: amountIn(cell, unit),
            };
          });
        });
        if (parts.some((p) => p.value === undefined) || parts.every((p) => p.value === null)) continue;
        const expected = sum(parts.map((p) => p.value ?? 0));
        const difference = Math.abs(sub(stated, expected));
        if (difference <= tolerance) continue;
        const terms = parts
          .map((p) => `${p.name} ${money(p.value ?? 0, unit)}${p.value === null ? "（未填，按 0 计）" : ""}`)
          .join(" + ");
        const refs: CellRef[] = [totalCell.ref, ...parts.flatMap((p) => (p.cell ? [p.cell.ref] : []))];
        findings.push(
          findingOf(rule, {
            refs,
            message:
              `年度资金总额${columnName} ${money(stated, unit)}，不等于${terms} = ${money(expected, unit)}，` +
              `相差 ${money(difference, unit)}`,
            expected,
            actual: stated,
          }),
        );
      }
    }
    return findings;
  },
};
