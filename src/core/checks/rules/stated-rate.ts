/**
 * Every stated 执行率 equals 全年执行数 ÷ 全年预算数 (GUIDE §2), within the profile's rate tolerance in
 * percentage points: each row of the budget table, and the part rows of the funds block (the 年度资金总额 row's
 * rate is execution-score's). A rate in a %-formatted cell or written with "%" is a fraction; a plain number in
 * a General cell (88.39) may be either a fraction or a percent number, so both readings are tried and the rate
 * is flagged only when neither matches. A stated rate over a blank or zero 全年预算数 is reported: there is no
 * rate to state — but for 0.00% over a budget of 0 with nothing spent, which is how the templates print 0 ÷ 0.
 * The fix writes the computed rate in the cell's own convention.
 */
import { clean, div, roundHalfUp, sub } from "../../decimal";
import type { Unit } from "../../figures";
import { formatNumber, formatPlain, formatRate, isWritable } from "../../format";
import { toPercentPoints } from "../../formulas";
import { address, type CellValue } from "../../model/snapshot";
import type { FigureCell } from "../../model/types";
import type { Profile } from "../../profile-types";
import { amountIn, money, FUNDS_LINE_NAMES } from "../amounts";
import { findingOf } from "../finding";
import type { Finding, Rule } from "../types";

/** Whether a number format shows a percentage ("0.00%"), ignoring quoted text and escaped characters. */
function percentFormat(format: string): boolean {
  return format.includes("%") && format.replace(/"[^"]*"|\\./g, "").includes("%");
}

/** One way of reading a stated rate: the fraction it means and how the cell writes it. */
interface Reading {
  readonly fraction: number;
  /** fraction: the cell holds 0.8839 (shown as 88.39% by its format); points: it holds 88.39;
   *  percent: it holds the text "88.39%". */
  readonly convention: "fraction" | "points" | "percent";
  /** The cell's format left the reading open (the message says which was taken). */
  readonly open: boolean;
}

/** The readings of a rate cell; null when it states no usable rate (blank, "—", not a figure, not a %). */
function readingsOf(cell: FigureCell): readonly Reading[] | null {
  const f = cell.figure;
  if (f.kind !== "number") return null;
  if (f.unit) return f.unit.kind === "percent" ? [{ fraction: f.value, convention: "percent", open: false }] : null;
  if (typeof cell.raw === "number" && percentFormat(cell.numberFormat))
    return [{ fraction: f.value, convention: "fraction", open: false }];
  return [
    { fraction: f.value, convention: "fraction", open: true },
    { fraction: clean(f.value / 100), convention: "points", open: true },
  ];
}

/** What the message says of a reading the cell's format left open. */
function noteOf(reading: Reading, cell: FigureCell): string {
  if (!reading.open || cell.figure.kind !== "number") return "";
  const as = reading.convention === "points" ? "百分数" : "小数";
  return `（单元格写为 ${formatNumber(cell.figure.value, 6)}，未设百分比格式，按${as}理解）`;
}

/** The stated rate as the message quotes it: as a percentage, or as written where the reading is open. */
function statedShown(readings: readonly Reading[]): string {
  return readings.length === 1 ? formatRate(readings[0]!.fraction) : formatNumber(readings[0]!.fraction, 6);
}

/** How many percentage points a reading lies from the computed rate. */
function pointsOff(reading: Reading, points: number): number {
  return Math.abs(sub(toPercentPoints(reading.fraction), points));
}

/** The rate written the way the cell writes it: a number, or text where the cell holds text. */
function written(rate: number, reading: Reading, raw: CellValue): { value: CellValue; shown: string } {
  const points = roundHalfUp(toPercentPoints(rate), 2);
  if (reading.convention === "percent") {
    // Text as the cell writes it ("88.39%"); a rate past what a cell holds stays a word, and the fix is withheld.
    const text = isWritable(points) ? `${points.toFixed(2)}%` : formatNumber(points);
    return { value: text, shown: text };
  }
  const n = reading.convention === "fraction" ? roundHalfUp(rate, 4) : points;
  const shown = reading.convention === "fraction" ? formatRate(rate) : formatNumber(points, 2);
  return { value: typeof raw === "string" ? formatPlain(n) : n, shown };
}

interface RateRow {
  readonly name: string;
  readonly unit: Unit;
  readonly budget: FigureCell | null;
  readonly executed: FigureCell | null;
  readonly rate: FigureCell;
}

/** The finding a stated rate calls for; null where it agrees with its amounts or states nothing to check. */
function rateFinding(row: RateRow, profile: Profile): Finding | null {
  const readings = readingsOf(row.rate);
  if (!readings) return null;
  const budget = amountIn(row.budget, row.unit);
  const executed = amountIn(row.executed, row.unit);
  if (budget === undefined || executed === undefined) return null; // unreadable-figure, units-disagree
  if (budget === null || budget === 0) {
    // 0.00% over a budget of 0 and nothing spent is how the templates print 0 ÷ 0: no rate, and nothing wrong.
    if (budget === 0 && (executed === null || executed === 0) && readings.every((r) => r.fraction === 0)) return null;
    return findingOf(rule, {
      refs: [row.rate.ref, ...(row.budget ? [row.budget.ref] : [])],
      message: `${row.name}执行率写为 ${statedShown(readings)}，但全年预算数${budget === null ? "为空" : "为 0"}，不能作分母，执行率无从计算`,
      actual: readings[0]!.fraction,
    });
  }
  if (executed === null) return null;
  const rate = div(executed, budget);
  if (!Number.isFinite(rate)) return null;
  // The reading nearest the computed rate (the first of equals): when even that one is off, the rate is wrong.
  const points = toPercentPoints(rate);
  let reading = readings[0]!;
  let off = Infinity;
  for (const r of readings) {
    const rOff = pointsOff(r, points);
    if (rOff < off) {
      reading = r;
      off = rOff;
    }
  }
  if (off <= profile.tolerances.ratePoints) return null;
  const { value, shown: fixed } = written(rate, reading, row.rate.raw);
  const { sheet, row: r, col } = row.rate.ref;
  return findingOf(rule, {
    refs: [row.rate.ref, ...(row.executed ? [row.executed.ref] : []), ...(row.budget ? [row.budget.ref] : [])],
    message:
      `${row.name}执行率 ${formatRate(reading.fraction)}${noteOf(reading, row.rate)}，不等于全年执行数 ` +
      `${money(executed, row.unit)} ÷ 全年预算数 ${money(budget, row.unit)} = ${formatRate(rate)}，` +
      `相差 ${formatNumber(off, 2)} 个百分点`,
    expected: rate,
    actual: reading.fraction,
    fix: {
      label: `把 ${address(r, col)} 改为 ${fixed}`,
      writes: [{ sheet, row: r, col, value, expected: row.rate.raw }],
    },
  });
}

export const rule: Rule = {
  id: "stated-rate",
  severity: "error",
  title: "执行率与执行数、预算数不符",
  description:
    "预算执行情况表各行及资金部分各资金来源的执行率应等于全年执行数 ÷ 全年预算数（容差取规则口径的百分点容差）；预算数为空或为 0 时不能计算执行率。年度资金总额行的执行率由预算执行率得分规则核对。",
  why: "错误：执行率由同一行的执行数和预算数算出，重算不符即可证明有误。",
  check(model, { profile }) {
    const findings: Finding[] = [];
    const check = (row: RateRow): void => {
      const finding = rateFinding(row, profile);
      if (finding) findings.push(finding);
    };
    if (model.funds) {
      const unit = model.funds.unit.unit;
      for (const r of model.funds.rows) {
        if (r.line === "total" || !r.rate) continue;
        check({ name: FUNDS_LINE_NAMES[r.line], unit, budget: r.budget, executed: r.executed, rate: r.rate });
      }
    }
    if (model.budget) {
      const unit = model.budget.unit.unit;
      for (const r of model.budget.rows) {
        if (!r.rate) continue;
        const name = r.name.text || address(r.name.ref.row, r.name.ref.col);
        check({ name, unit, budget: r.budget, executed: r.executed, rate: r.rate });
      }
    }
    return findings;
  },
};
