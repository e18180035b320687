/**
 * The budget table adds up (GUIDE §5): 基本支出 and 项目支出 equal the sum of the items under them (where
 * there are items), and 合计 equals 基本支出 + 项目支出 (with any item under neither), or the sum of all items
 * where the table has no subtotals; for 全年预算数 and 全年执行数. The fix writes the sum into the subtotal or
 * 合计 cell; a 合计 fix is offered only where the subtotals themselves agree with their items.
 */
import { sub, sum } from "../../decimal";
import type { Unit } from "../../figures";
import { formatAmount } from "../../format";
import { address } from "../../model/snapshot";
import type { BudgetRow, CellRef, FigureCell } from "../../model/types";
import { amountIn, money } from "../amounts";
import { findingOf } from "../finding";
import type { Finding, Fix, Rule } from "../types";

type Measure = "budget" | "executed";

const MEASURES: readonly (readonly [Measure, string])[] = [
  ["budget", "全年预算数"],
  ["executed", "全年执行数"],
];

const SUBTOTALS = [
  ["basic", "基本支出"],
  ["project", "项目支出"],
] as const;

/** Terms listed one by one in a message up to this many; beyond, only their count and sum. */
const LISTED = 4;

/** A row's amount as read: null when blank, undefined when unusable. */
interface Read {
  readonly row: BudgetRow;
  readonly value: number | null | undefined;
}

/** A term of a sum: null when blank (0 when another term is given). */
interface Term extends Read {
  readonly value: number | null;
}

const isTerm = (r: Read): r is Term => r.value !== undefined;

/** The terms when every one is usable and at least one is given, else null. */
function usable(reads: readonly Read[]): Term[] | null {
  const terms: Term[] = [];
  for (const r of reads) {
    if (!isTerm(r)) return null;
    terms.push(r);
  }
  return terms.some((t) => t.value !== null) ? terms : null;
}

const total = (terms: readonly Term[]): number => sum(terms.map((t) => t.value ?? 0));

/** The sum of the rows' amounts (blank as 0) when every one is usable and at least one is given, else null: the
 *  terms themselves are read again only for a finding. */
function sumOf(rows: readonly BudgetRow[], measure: Measure, unit: Unit): number | null {
  const values: number[] = [];
  let given = false;
  for (const row of rows) {
    const value = amountIn(row[measure], unit);
    if (value === undefined) return null;
    if (value !== null) given = true;
    values.push(value ?? 0);
  }
  return given ? sum(values) : null;
}

const nameOf = (row: BudgetRow): string => row.name.text || address(row.name.ref.row, row.name.ref.col);

/** "办公费 1.00 万元 + 差旅费 2.00 万元 = 3.00 万元", or "5 项之和 12.00 万元" for long lists. */
function describe(terms: readonly Term[], result: number, unit: Unit): string {
  if (terms.length > LISTED) return `${terms.length} 项之和 ${money(result, unit)}`;
  const listed = terms.map((t) => `${nameOf(t.row)} ${money(t.value ?? 0, unit)}${t.value === null ? "（未填）" : ""}`);
  return `${listed.join(" + ")} = ${money(result, unit)}`;
}

/** The cells of the terms of a sum under a measure, for highlighting. */
function refsOf(terms: readonly Term[], measure: Measure): CellRef[] {
  const refs: CellRef[] = [];
  for (const t of terms) {
    const cell = t.row[measure];
    if (cell) refs.push(cell.ref);
  }
  return refs;
}

function writeFix(cell: FigureCell | null, value: number): Fix | null {
  if (!cell) return null;
  const { sheet, row, col } = cell.ref;
  return {
    label: `把 ${address(row, col)} 改为 ${formatAmount(value)}`,
    writes: [{ sheet, row, col, value, expected: cell.raw }],
  };
}

export const rule: Rule = {
  id: "budget-subtotals",
  severity: "error",
  title: "预算执行表小计、合计与明细不符",
  description:
    "预算执行情况表中，基本支出、项目支出应等于其下各项目之和，合计应等于基本支出与项目支出之和（无小计时等于全部项目之和）；全年预算数、全年执行数分别核对。",
  why: "错误：小计、合计与明细之和不符，由表中数字即可证明有误。",
  check(model, { profile }) {
    const table = model.budget;
    if (!table) return [];
    const unit = table.unit.unit;
    const tolerance = profile.tolerances.sum;
    const rows = table.rows;
    const findings: Finding[] = [];
    const hasSubtotals = rows.some((r) => r.kind === "basic" || r.kind === "project");
    const itemsUnder = {
      basic: rows.filter((r) => r.kind === "item" && r.group === "basic"),
      project: rows.filter((r) => r.kind === "item" && r.group === "project"),
    };

    for (const [measure, measureName] of MEASURES) {
      const termOf = (row: BudgetRow): Read => ({ row, value: amountIn(row[measure], unit) });
      let subtotalsAgree = true;
      /** Each subtotal's value as a term of 合计 (its items' sum where it is blank). */
      const subtotalTerms: Read[] = [];

      for (const [kind, kindName] of SUBTOTALS) {
        const row = rows.find((r) => r.kind === kind);
        if (!row) continue;
        const stated = termOf(row);
        const itemRows = itemsUnder[kind];
        const itemsSum = sumOf(itemRows, measure, unit);
        subtotalTerms.push(stated.value === null && itemsSum !== null ? { row, value: itemsSum } : stated);
        if (itemsSum === null || stated.value === undefined) continue;
        const statedCell = row[measure];
        const items = (): Term[] => usable(itemRows.map(termOf))!;
        const refs = () => [statedCell ? statedCell.ref : row.name.ref, ...refsOf(items(), measure)];
        const listed = () => describe(items(), itemsSum, unit);
        if (stated.value === null) {
          subtotalsAgree = false;
          findings.push(
            findingOf(rule, {
              refs: refs(),
              message: `${kindName}${measureName}未填写，其下各项为 ${listed()}`,
              expected: itemsSum,
              fix: writeFix(statedCell, itemsSum),
            }),
          );
          continue;
        }
        const difference = Math.abs(sub(stated.value, itemsSum));
        if (difference <= tolerance) continue;
        subtotalsAgree = false;
        findings.push(
          findingOf(rule, {
            refs: refs(),
            message:
              `${kindName}${measureName} ${money(stated.value, unit)}，不等于其下各项 ${listed()}，` +
              `相差 ${money(difference, unit)}`,
            expected: itemsSum,
            actual: stated.value,
            fix: writeFix(statedCell, itemsSum),
          }),
        );
      }

      const totalRow = rows.find((r) => r.kind === "total");
      if (!totalRow) continue;
      const stated = amountIn(totalRow[measure], unit);
      const totalCell = totalRow[measure];
      if (totalCell === null || typeof stated !== "number") continue; // blank: required-blank
      const terms = usable(
        hasSubtotals
          ? [...subtotalTerms, ...rows.filter((r) => r.kind === "item" && r.group === null).map(termOf)]
          : rows.filter((r) => r.kind === "item").map(termOf),
      );
      if (!terms) continue;
      const expected = total(terms);
      const difference = Math.abs(sub(stated, expected));
      if (difference <= tolerance) continue;
      const what = hasSubtotals ? describe(terms, expected, unit) : `各项目 ${describe(terms, expected, unit)}`;
      findings.push(
        findingOf(rule, {
          refs: [totalCell.ref, ...refsOf(terms, measure)],
          message: `合计${measureName} ${money(stated, unit)}，不等于${what}，相差 ${money(difference, unit)}`,
          expected,
          actual: stated,
          fix: subtotalsAgree ? writeFix(totalCell, expected) : null,
        }),
      );
    }
    return findings;
  },
};
