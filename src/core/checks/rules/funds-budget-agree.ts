/**
 * The funds block and the budget table tell the same story: 年度资金总额's 全年预算数 and 全年执行数 equal the
 * budget table's 合计 (or, where it has no 合计 row, the sum of its 基本支出, 项目支出 and any item under
 * neither). Amounts in different units are compared after conversion, in the coarser unit, within the sum
 * tolerance of that unit; the difference of units itself is units-disagree's. No fix: which table is wrong is
 * not known.
 */
import { clean, sub, sum } from "../../decimal";
import type { Unit } from "../../figures";
import { formatNumber } from "../../format";
import type { CellRef } from "../../model/types";
import { amountIn, money } from "../amounts";
import { findingOf } from "../finding";
import type { Finding, Rule } from "../types";

/** An amount converted to another money unit, with enough decimals to show it exactly. */
const converted = (value: number, from: Unit, to: Unit): number => clean((value * from.factor) / to.factor);

const MEASURES = [
  ["budget", "全年预算数"],
  ["executed", "全年执行数"],
] as const;

export const rule: Rule = {
  id: "funds-budget-agree",
  severity: "error",
  title: "资金总额与预算执行表合计不符",
  description:
    "绩效自评表资金部分的年度资金总额（全年预算数、全年执行数）应与预算执行情况表的合计一致（容差取规则口径的求和容差）。",
  why: "错误：同一笔资金在两张表中的合计不一致，其中必有一个数字写错。",
  check(model, { profile }) {
    const funds = model.funds;
    const table = model.budget;
    if (!funds || !table) return [];
    const total = funds.rows.find((r) => r.line === "total");
    if (!total) return [];
    const fundsUnit = funds.unit.unit;
    const tableUnit = table.unit.unit;
    const coarser = tableUnit.factor > fundsUnit.factor ? tableUnit : fundsUnit;
    const totalRow = table.rows.find((r) => r.kind === "total");
    const parts = totalRow
      ? []
      : table.rows.filter((r) => r.kind === "basic" || r.kind === "project" || (r.kind === "item" && r.group === null));
    if (!totalRow && !parts.some((r) => r.kind !== "item")) return []; // no 合计 and no subtotal: nothing to hold to

    const findings: Finding[] = [];
    for (const [measure, measureName] of MEASURES) {
      const fundsCell = total[measure];
      const stated = amountIn(fundsCell, fundsUnit);
      if (!fundsCell || typeof stated !== "number") continue;
      let other: number;
      let otherRefs: CellRef[];
      let otherName: string;
      if (totalRow) {
        const cell = totalRow[measure];
        const value = amountIn(cell, tableUnit);
        if (!cell || typeof value !== "number") continue;
        other = value;
        otherRefs = [cell.ref];
        otherName = "预算执行情况表合计";
      } else {
        const values = parts.map((r) => amountIn(r[measure], tableUnit));
        if (values.some((v) => v === undefined) || values.every((v) => v === null)) continue;
        other = sum(values.map((v) => v ?? 0));
        otherRefs = parts.flatMap((r) => (r[measure] ? [r[measure]!.ref] : []));
        otherName = `预算执行情况表${parts.map((r) => r.name.text).join("、")}之和`;
      }
      const a = converted(stated, fundsUnit, coarser);
      const b = converted(other, tableUnit, coarser);
      const difference = Math.abs(sub(a, b));
      if (difference <= profile.tolerances.sum) continue;
      const otherShown =
        tableUnit.factor === fundsUnit.factor
          ? money(other, tableUnit)
          : `${money(other, tableUnit)}（即 ${formatNumber(converted(other, tableUnit, fundsUnit), 6)} ${fundsUnit.text}）`;
      findings.push(
        findingOf(rule, {
          refs: [fundsCell.ref, ...otherRefs],
          message:
            `绩效自评表年度资金总额${measureName} ${money(stated, fundsUnit)}，与${otherName} ${otherShown}不一致，` +
            `相差 ${money(difference, coarser)}`,
          expected: converted(other, tableUnit, fundsUnit),
          actual: stated,
        }),
      );
    }
    return findings;
  },
};
