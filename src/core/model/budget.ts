/**
 * Budget execution by project: 项目名称 | 全年预算数 | 全年执行数 | 执行率 | 未执行原因, with the 基本支出 /
 * 项目支出 subtotals ("一、基本支出", "（一）基本支出", "基本支出小计"), the items under them, and 合计 (总计).
 * A 合计 row closes the table when rows precede it; as the first row it opens it (合计 first, then the parts).
 */
import { figureCell, optional, textCell } from "./cells";
import type { ReadTable } from "./funds";
import { resolveColumns } from "./headers";
import { amountUnit, headerSpanOf, walkRows, type HeaderRow, type SheetScan } from "./locate";
import { labelKey } from "./text";
import type { BudgetRow, BudgetRowKind, BudgetTable, CellRef } from "./types";

export interface BudgetTableRead extends BudgetTable {
  /** The 执行率 header cell when it carries "(%)" (typed 88.39 then means 88.39%); null otherwise. */
  readonly percentHeader: CellRef | null;
}

const TOTALS = new Set(["合计", "总计", "支出合计", "支出总计", "合计数", "总合计", "本年支出合计", "全年合计"]);
const GROUPS = new Map<string, "basic" | "project">([
  ["基本支出", "basic"],
  ["项目支出", "project"],
]);
const SUBTOTAL_SUFFIX = /(?:小计|合计|总计)$/;

type Kind = { readonly kind: BudgetRowKind; readonly closing: boolean };
const ITEM: Kind = { kind: "item", closing: false };
const TOTAL: Kind = { kind: "total", closing: false };
const OPENING: Readonly<Record<"basic" | "project", Kind>> = {
  basic: { kind: "basic", closing: false },
  project: { kind: "project", closing: false },
};
const CLOSING: Readonly<Record<"basic" | "project", Kind>> = {
  basic: { kind: "basic", closing: true },
  project: { kind: "project", closing: true },
};

/** What a row's name makes it: total, a subtotal (and whether it closes its items, as "基本支出小计" does), an item. */
export function budgetKindOf(name: string): Kind {
  const k = labelKey(name);
  if (TOTALS.has(k)) return TOTAL;
  const group = GROUPS.get(k);
  if (group) return OPENING[group];
  if (SUBTOTAL_SUFFIX.test(k)) {
    const suffixed = GROUPS.get(k.slice(0, -2));
    if (suffixed) return CLOSING[suffixed];
  }
  return ITEM;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export function readBudget(scan: SheetScan, header: HeaderRow): ReadTable<BudgetTableRead> {
  const view = scan.view;
  const { columns, cells } = resolveColumns("budget", header.cells);
  const nameCol = columns.name!;
  const span = headerSpanOf(view, header);
  const left = Math.min(span.left, nameCol);
  const right = Math.max(span.right, ...Object.values(columns).map((c) => c ?? 0));
  const rows: Mutable<BudgetRow>[] = [];
  let current: "basic" | "project" | null = null;
  /** Items read since the last subtotal without a group: a closing subtotal ("基本支出小计") claims them. */
  let pending: Mutable<BudgetRow>[] = [];

  const end = walkRows(scan, header.bottom ?? header.row, left, right, (r) => {
    const name = textCell(view, r, nameCol);
    const budget = optional(figureCell, view, r, columns.budget);
    const executed = optional(figureCell, view, r, columns.executed);
    if (name.text === "" && budget?.figure.kind === "blank" && executed?.figure.kind === "blank") return "next";
    const { kind, closing } = budgetKindOf(name.text);
    const row: Mutable<BudgetRow> = {
      kind,
      group: null,
      name,
      budget,
      executed,
      rate: optional(figureCell, view, r, columns.rate),
      reason: optional(textCell, view, r, columns.reason),
    };
    const before = rows.length;
    rows.push(row);
    if (kind === "total") {
      current = null;
      pending = [];
      return before > 0 ? "last" : "next";
    }
    if (kind === "item") {
      row.group = current;
      if (current === null) pending.push(row);
    } else if (closing && pending.length > 0) {
      for (const item of pending) item.group = kind;
      pending = [];
      current = null;
    } else {
      current = kind;
      pending = [];
    }
    return "next";
  });
  const rate = cells.rate;
  return {
    table: {
      sheet: view.name,
      headerRow: header.row,
      unit: amountUnit(scan, header.row, [cells.budget, cells.executed]),
      rows,
      percentHeader: rate?.match.percent ? view.ref(header.row, rate.col) : null,
    },
    end,
  };
}
