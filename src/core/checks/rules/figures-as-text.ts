/**
 * Figures stored as text (GUIDE §1, §7): a cell that reads as a number but holds text ("36,353.37", "88.39%",
 * "17467.49万元") is left out of Excel's sums and formulas. One finding per table, counting the cells and
 * naming the first few, with a fix that writes them as numbers (a "%" text as its fraction). A text whose unit
 * differs from its table's is units-disagree's and is left out here.
 */
import type { Unit } from "../../figures";
import { address } from "../../model/snapshot";
import type { FigureCell, WorkbookModel } from "../../model/types";
import { splitLabel } from "../../model/text";
import { findingOf } from "../finding";
import type { CellWrite, Finding, Rule } from "../types";

/** Addresses named in a message before "等". */
const NAMED = 5;

type SlotKind = "amount" | "rate" | "score";

interface Table {
  readonly name: string;
  readonly unit: Unit | null;
  /** Visits the table's figure cells, by what they must hold. */
  readonly cells: (visit: (cell: FigureCell | null, kind: SlotKind) => void) => void;
}

/** The figure cells of each table the checker reads, by what they must hold. */
function tables(model: WorkbookModel): Table[] {
  const out: Table[] = [];
  const { funds, indicators, budget, balance } = model;
  if (funds) {
    out.push({
      name: "绩效自评表资金部分",
      unit: funds.unit.unit,
      cells: (visit) => {
        for (const r of funds.rows) {
          visit(r.initialBudget, "amount");
          visit(r.budget, "amount");
          visit(r.executed, "amount");
          visit(r.weight, "score");
          visit(r.rate, "rate");
          visit(r.score, "score");
        }
      },
    });
  }
  if (indicators) {
    out.push({
      name: "绩效自评表指标部分",
      unit: null,
      cells: (visit) => {
        for (const r of indicators.rows) {
          visit(r.weight, "score");
          visit(r.score, "score");
        }
        visit(indicators.total, "score");
      },
    });
  }
  if (budget) {
    out.push({
      name: "预算执行情况表",
      unit: budget.unit.unit,
      cells: (visit) => {
        for (const r of budget.rows) {
          visit(r.budget, "amount");
          visit(r.executed, "amount");
          visit(r.rate, "rate");
        }
      },
    });
  }
  if (balance) {
    out.push({
      name: "资产负债表",
      unit: balance.unit.unit,
      cells: (visit) => {
        for (const i of balance.items) {
          visit(i.end, "amount");
          visit(i.begin, "amount");
        }
      },
    });
  }
  return out;
}

/** The number a text cell means, in its table's terms; null when it is not a figure stored as text or its
 *  unit is not the table's. */
function numberOf(cell: FigureCell, kind: SlotKind, tableUnit: Unit | null): number | null {
  const f = cell.figure;
  if (f.kind !== "number" || !f.fromText || typeof cell.raw !== "string") return null;
  // "总分：86.50" is a labelled statement in one cell, not a number stored as text: turning it into 86.5 would
  // lose its label (and the central fix keeps labels, so the cell would stay text).
  const labelled = splitLabel(cell.raw.trim());
  if (labelled && !/[\d０-９]/.test(labelled.label)) return null;
  if (!f.unit) return f.value;
  if (kind === "rate") return f.unit.kind === "percent" ? f.value : null;
  if (kind === "amount" && tableUnit && f.unit.kind === "money" && f.unit.factor === tableUnit.factor) return f.value;
  return null;
}

export const rule: Rule = {
  id: "figures-as-text",
  severity: "info",
  title: "数字以文本形式保存",
  description:
    "金额、执行率、分值、得分以文本形式保存时，Excel 的求和与公式不计入这些单元格；每张表汇总提示一次，可一键转为数字（百分数文本转为小数）。",
  why: "提示：文本形式的数字 jixiao 照常读出和核对，只是 Excel 的求和与公式不计入，可一键转为数字。",
  check(model) {
    const findings: Finding[] = [];
    for (const table of tables(model)) {
      const writes: CellWrite[] = [];
      const cells: FigureCell[] = [];
      table.cells((cell, kind) => {
        if (!cell) return;
        const value = numberOf(cell, kind, table.unit);
        if (value === null) return;
        cells.push(cell);
        writes.push({ sheet: cell.ref.sheet, row: cell.ref.row, col: cell.ref.col, value, expected: cell.raw });
      });
      if (cells.length === 0) continue;
      const named = cells.slice(0, NAMED).map((c) => address(c.ref.row, c.ref.col));
      const list = `${named.join("、")}${cells.length > NAMED ? " 等" : ""}`;
      findings.push(
        findingOf(rule, {
          refs: cells.map((c) => c.ref),
          message: `${table.name}有 ${cells.length} 个数字以文本形式保存（${list}），Excel 求和与公式不会计入，应转为数字`,
          fix: { label: `把 ${cells.length} 个文本数字转为数字`, writes },
        }),
      );
    }
    return findings;
  },
};
