/**
 * Amount units that disagree (GUIDE §1, §7). Between tables: the funds block, the budget table and the
 * balance sheet state (or are assumed to be in) different units: one finding naming each table's unit and a
 * figure converted. Within a table: an amount cell whose own text carries another money unit ("1480元" in a
 * 万元 table), with a fix that writes the converted figure; or a unit that is not money at all ("95%" in an
 * amount column, "5万元" as a rate), without a fix. The amount rules convert or skip such cells, so the
 * disagreement is reported here only.
 */
import { clean } from "../../decimal";
import type { Unit } from "../../figures";
import { formatNumber } from "../../format";
import { address } from "../../model/snapshot";
import type { AmountUnit, CellRef, FigureCell, FundsLine, WorkbookModel } from "../../model/types";
import { findingOf } from "../finding";
import type { Finding, Rule } from "../types";

const LINES: Record<FundsLine, string> = {
  total: "年度资金总额",
  appropriation: "财政拨款",
  carryover: "上年结转资金",
  other: "其他资金",
  basic: "基本支出",
  project: "项目支出",
};

/** An amount with up to 6 decimals, so that 1480 元 = 0.148 万元 shows exactly. */
const figure = (value: number, unit: Unit): string => `${formatNumber(value, 6)} ${unit.text}`;

/** Visits cells with whose they are and what they are ("资产总计", "年末数"); a visitor returning true stops it. */
type Visit = (cell: FigureCell | null, owner: string, what: string) => boolean;

interface Table {
  readonly name: string;
  readonly sheet: string;
  readonly headerRow: number;
  readonly unit: AmountUnit;
  readonly amounts: (visit: Visit) => void;
  readonly rates: (visit: Visit) => void;
}

function tables(model: WorkbookModel): Table[] {
  const out: Table[] = [];
  const f = model.funds;
  if (f) {
    out.push({
      name: "绩效自评表资金部分",
      sheet: f.sheet,
      headerRow: f.headerRow,
      unit: f.unit,
      amounts: (visit) => {
        for (const r of f.rows) {
          const line = LINES[r.line];
          if (visit(r.initialBudget, line, "年初预算数") || visit(r.budget, line, "全年预算数")) return;
          if (visit(r.executed, line, "全年执行数")) return;
        }
      },
      rates: (visit) => {
        for (const r of f.rows) if (visit(r.rate, LINES[r.line], "执行率")) return;
      },
    });
  }
  const b = model.budget;
  if (b) {
    out.push({
      name: "预算执行情况表",
      sheet: b.sheet,
      headerRow: b.headerRow,
      unit: b.unit,
      amounts: (visit) => {
        for (const r of b.rows)
          if (visit(r.budget, r.name.text, "全年预算数") || visit(r.executed, r.name.text, "全年执行数")) return;
      },
      rates: (visit) => {
        for (const r of b.rows) if (visit(r.rate, r.name.text, "执行率")) return;
      },
    });
  }
  const s = model.balance;
  if (s) {
    out.push({
      name: "资产负债表",
      sheet: s.sheet,
      headerRow: s.headerRow,
      unit: s.unit,
      amounts: (visit) => {
        for (const i of s.items)
          if (visit(i.end, i.label.text, "年末数") || visit(i.begin, i.label.text, "年初数")) return;
      },
      rates: () => {},
    });
  }
  return out;
}

const sameUnit = (a: Unit, b: Unit): boolean => a.kind === b.kind && a.factor === b.factor;

/** "预算执行情况表为元（A2）" or "资产负债表未注明单位（按万元）". */
function stated(t: Table): string {
  const ref = t.unit.ref;
  return ref
    ? `${t.name}为${t.unit.unit.text}（${address(ref.row, ref.col)}）`
    : `${t.name}未注明单位（按${t.unit.unit.text}）`;
}

/** The table-level disagreement: one finding for the workbook, or none. */
function betweenTables(list: readonly Table[]): Finding | null {
  const reference = list[0];
  if (!reference) return null;
  const odd = list.filter((t) => !sameUnit(t.unit.unit, reference.unit.unit));
  if (odd.length === 0) return null;
  const examples: string[] = [];
  for (const t of odd) {
    // The table's first amount written without a unit of its own.
    t.amounts((cell, owner, what) => {
      const fig = cell?.figure;
      if (!cell || fig?.kind !== "number" || fig.unit) return false;
      const to = clean((fig.value * t.unit.unit.factor) / reference.unit.unit.factor);
      examples.push(
        `${t.name} ${address(cell.ref.row, cell.ref.col)} ${owner}${what} ${figure(fig.value, t.unit.unit)}即 ${figure(to, reference.unit.unit)}`,
      );
      return true;
    });
  }
  const refs: CellRef[] = list.map((t) => t.unit.ref ?? { sheet: t.sheet, row: t.headerRow, col: 1 });
  return findingOf(rule, {
    refs,
    message:
      `各表金额单位不一致：${list.map(stated).join("，")}` +
      `${examples.length ? `；如${examples.join("，")}` : ""}，引用和核对时须换算，建议统一单位`,
  });
}

/** An amount or rate cell whose own text carries a unit other than its table's. */
function withinTable(t: Table): Finding[] {
  const findings: Finding[] = [];
  const tableUnit = t.unit.unit;
  t.amounts((cell, owner, what) => {
    const f = cell?.figure;
    if (!cell || f?.kind !== "number" || !f.unit || sameUnit(f.unit, tableUnit)) return false;
    const where = `${address(cell.ref.row, cell.ref.col)}（${owner}${what}）写为“${String(cell.raw).trim()}”`;
    if (f.unit.kind !== "money") {
      findings.push(
        findingOf(rule, {
          refs: [cell.ref],
          message: `${where}，单位“${f.unit.text}”不是金额单位，而本表金额单位为${tableUnit.text}`,
          actual: f.value,
        }),
      );
      return false;
    }
    const value = clean((f.value * f.unit.factor) / tableUnit.factor);
    const { sheet, row, col } = cell.ref;
    findings.push(
      findingOf(rule, {
        refs: [cell.ref],
        message: `${where}，单位与本表（${tableUnit.text}）不同：${figure(f.value, f.unit)} = ${figure(value, tableUnit)}`,
        expected: value,
        actual: f.value,
        fix: {
          label: `把 ${address(row, col)} 改为 ${formatNumber(value, 6)}（${tableUnit.text}）`,
          writes: [{ sheet, row, col, value, expected: cell.raw }],
        },
      }),
    );
    return false;
  });
  t.rates((cell, owner, what) => {
    const f = cell?.figure;
    if (!cell || f?.kind !== "number" || !f.unit || f.unit.kind === "percent") return false;
    findings.push(
      findingOf(rule, {
        refs: [cell.ref],
        message: `${address(cell.ref.row, cell.ref.col)}（${owner}${what}）写为“${String(cell.raw).trim()}”，单位“${f.unit.text}”不是百分比`,
        actual: f.value,
      }),
    );
    return false;
  });
  return findings;
}

export const rule: Rule = {
  id: "units-disagree",
  severity: "warning",
  title: "金额单位不一致",
  description:
    "资金部分、预算执行情况表、资产负债表的金额单位不一致（如一表为万元、另一表为元），或单元格自带的单位与所在表的单位不同（如万元表中写“1480元”），引用和核对时容易出错。",
  why: "警告：各表单位不同本身不是错误，jixiao 已按各表单位折算核对；只是引用时容易出错，请统一或注明。",
  check(model) {
    const list = tables(model);
    const between = betweenTables(list);
    return [...(between ? [between] : []), ...list.flatMap(withinTable)];
  },
};
