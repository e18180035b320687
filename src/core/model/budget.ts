/**
 * Budget execution by project: 项目名称 | 全年预算数 | 全年执行数 | 执行率 | 未执行原因, with the 基本支出 /
 * 项目支出 subtotals ("一、基本支出", "（一）基本支出", "基本支出小计"), the items under them, and 合计 (总计).
 * A 合计 row closes the table when rows precede it; as the first row it opens it (合计 first, then the parts).
 *
 * Which subtotal an item falls under: its 支出类型 column where the table has one ("基本支出", "项目支出"); else
 * the subtotal above it, or the closing one below it ("项目支出小计" after its projects). Where an opening
 * subtotal and a closing one of the other group enclose one run of items (基本支出, its items, the projects,
 * 项目支出小计), the sums decide where the run splits: the items from the split down add up to the closing
 * subtotal, those above it to the opening one, in both 全年预算数 and 全年执行数.
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

/** The group a 支出类型 cell names ("基本支出", "基本", "项目支出", "项目"), or null. */
function groupOfType(text: string): "basic" | "project" | null {
  const k = labelKey(text);
  if (k === "基本支出" || k === "基本") return "basic";
  if (k === "项目支出" || k === "项目") return "project";
  return null;
}

/** A row's amount as a plain number, or null. */
function amountOf(cell: { readonly figure: { readonly kind: string; readonly value?: number } } | null): number | null {
  return cell && cell.figure.kind === "number" ? (cell.figure.value ?? null) : null;
}

const close = (a: number, b: number): boolean => Math.abs(a - b) < 0.005;

/**
 * An opening subtotal, a run of items, and a closing subtotal of the other group below them: the run splits
 * where its tail adds up to the closing subtotal (and its head to the opening one, where that can be told), in
 * both amounts. Without such a split, the reading order stands. Not where a 支出类型 column says.
 */
function settleByTheSums(rows: Mutable<BudgetRow>[], typed: boolean): void {
  if (typed) return;
  for (let i = 0; i < rows.length; i++) {
    const closing = rows[i]!;
    if (closing.kind !== "basic" && closing.kind !== "project") continue;
    if (!budgetKindOf(closing.name.text).closing) continue;
    // The run of items right above the closing subtotal, back to the subtotal above them.
    let start = i;
    while (start > 0 && rows[start - 1]!.kind === "item") start--;
    const opening = rows[start - 1];
    if (!opening || opening.kind === "item" || opening.kind === "total" || opening.kind === closing.kind) continue;
    const run = rows.slice(start, i);
    const want = [amountOf(closing.budget), amountOf(closing.executed)];
    const head = [amountOf(opening.budget), amountOf(opening.executed)];
    for (let k = run.length - 1; k >= 0; k--) {
      const tail = run.slice(k);
      const fits = want.every((w, m) => {
        if (w === null) return true;
        const values = tail.map((r) => amountOf(m === 0 ? r.budget : r.executed) ?? 0);
        return close(
          values.reduce((a, b) => a + b, 0),
          w,
        );
      });
      const headFits = head.every((w, m) => {
        if (w === null) return true;
        const values = run.slice(0, k).map((r) => amountOf(m === 0 ? r.budget : r.executed) ?? 0);
        return close(
          values.reduce((a, b) => a + b, 0),
          w,
        );
      });
      if (!fits || (k > 0 && !headFits)) continue;
      for (const r of run.slice(0, k)) r.group = opening.kind;
      for (const r of tail) r.group = closing.kind;
      break;
    }
  }
}

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
    const typed =
      kind === "item" && columns.type !== undefined ? groupOfType(textCell(view, r, columns.type).text) : null;
    const before = rows.length;
    rows.push(row);
    if (typed) {
      row.group = typed;
      return "next";
    }
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
  settleByTheSums(rows, columns.type !== undefined);
  const rate = cells.rate;
  return {
    table: {
      sheet: view.name,
      headerRow: header.row,
      unit: amountUnit(scan, header, [cells.budget, cells.executed]),
      rows,
      percentHeader: rate?.match.percent ? view.ref(header.row, rate.col) : null,
    },
    end,
  };
}
