/**
 * The amounts a report states, gathered from wherever the workbook holds them, each with the cells it came
 * from: the department's 全年预算数 and 全年执行数 (the 绩效自评表's funds block, else the budget table's 合计,
 * else 基本支出 + 项目支出), 基本支出 and 项目支出 (the budget table's subtotals, else the sum of their items),
 * the funding sources (the funds block's rows) and the projects. All in one unit: the funds block's, else
 * the budget table's.
 */
import { amountIn } from "../checks/amounts";
import { clean, div, sum } from "../decimal";
import { unitOf, type Unit } from "../figures";
import type { AmountUnit, BudgetRow, CellRef, FigureCell, FundsLine, TextCell, WorkbookModel } from "../model/types";

export interface Amount {
  readonly value: number;
  readonly refs: readonly CellRef[];
}

export interface SpendLine {
  readonly budget: Amount | null;
  readonly executed: Amount | null;
}

export interface ProjectLine extends SpendLine {
  readonly name: TextCell;
  readonly group: "basic" | "project" | null;
  readonly reason: TextCell | null;
}

export interface ReportAmounts {
  readonly unit: Unit;
  readonly total: SpendLine | null;
  readonly basic: SpendLine | null;
  readonly project: SpendLine | null;
  /** 财政拨款 / 上年结转资金 / 其他资金 (全年预算数), where the funds block gives them. */
  readonly sources: Readonly<Partial<Record<Exclude<FundsLine, "total">, Amount | null>>>;
  readonly projects: readonly ProjectLine[];
}

const WAN = unitOf("万元")!;

/** An amount of a cell brought to `to`: null when blank or unusable. */
export function amountOf(cell: FigureCell | null | undefined, from: AmountUnit, to: Unit): Amount | null {
  if (!cell) return null;
  const v = amountIn(cell, from.unit);
  if (v === null || v === undefined || !Number.isFinite(v)) return null;
  return { value: from.unit.factor === to.factor ? v : clean(div(v * from.unit.factor, to.factor)), refs: [cell.ref] };
}

function added(parts: readonly (Amount | null)[]): Amount | null {
  if (parts.length === 0 || parts.some((p) => p === null)) return null;
  const ok = parts as readonly Amount[];
  return { value: sum(ok.map((p) => p.value)), refs: ok.flatMap((p) => p.refs) };
}

function lineOf(budget: Amount | null, executed: Amount | null): SpendLine | null {
  return budget || executed ? { budget, executed } : null;
}

/** Every amount of the model a report states. */
export function reportAmounts(model: WorkbookModel): ReportAmounts {
  const unit = model.funds?.unit.unit ?? model.budget?.unit.unit ?? WAN;
  const funds = model.funds;
  const table = model.budget;
  const fromBudget = (row: BudgetRow | undefined): SpendLine | null =>
    row && table ? lineOf(amountOf(row.budget, table.unit, unit), amountOf(row.executed, table.unit, unit)) : null;
  const rows = table?.rows ?? [];
  const items = rows.filter((r) => r.kind === "item");
  const subtotal = (kind: "basic" | "project"): SpendLine | null => {
    const row = fromBudget(rows.find((r) => r.kind === kind));
    if (row) return row;
    const under = items.filter((r) => r.group === kind).map(fromBudget);
    if (under.length === 0) return null;
    return lineOf(added(under.map((l) => l?.budget ?? null)), added(under.map((l) => l?.executed ?? null)));
  };
  const basic = subtotal("basic");
  const project = subtotal("project");

  const fundsTotal = funds?.rows.find((r) => r.line === "total");
  let total: SpendLine | null =
    fundsTotal && funds
      ? lineOf(amountOf(fundsTotal.budget, funds.unit, unit), amountOf(fundsTotal.executed, funds.unit, unit))
      : null;
  total ??= fromBudget(rows.find((r) => r.kind === "total"));
  if (!total && basic && project) {
    total = lineOf(added([basic.budget, project.budget]), added([basic.executed, project.executed]));
  }

  const sources: Partial<Record<Exclude<FundsLine, "total">, Amount | null>> = {};
  if (funds) {
    for (const line of ["appropriation", "carryover", "other"] as const) {
      const row = funds.rows.find((r) => r.line === line);
      if (row) sources[line] = amountOf(row.budget, funds.unit, unit);
    }
  }

  const projects: ProjectLine[] = items.map((r) => ({
    name: r.name,
    group: r.group,
    reason: r.reason,
    budget: table ? amountOf(r.budget, table.unit, unit) : null,
    executed: table ? amountOf(r.executed, table.unit, unit) : null,
  }));
  return { unit, total, basic, project, sources, projects };
}

/** 全年执行数 ÷ 全年预算数, unrounded; null when either is missing or the budget is not above 0. */
export function rateOf(line: SpendLine | null): { readonly value: number; readonly refs: readonly CellRef[] } | null {
  if (!line?.budget || !line.executed || !(line.budget.value > 0)) return null;
  const r = div(line.executed.value, line.budget.value);
  return Number.isFinite(r) ? { value: r, refs: [...line.executed.refs, ...line.budget.refs] } : null;
}
