/** Amounts and names the funds, budget and balance rules share. */
import { clean } from "../decimal";
import type { Unit } from "../figures";
import { formatAmount } from "../format";
import type { FigureCell, FundsLine } from "../model/types";

/** The amount of a cell in its table's unit: null when blank, 0 for "—"/"无", undefined when unusable. */
export function amountIn(cell: FigureCell | null, unit: Unit): number | null | undefined {
  const f = cell?.figure;
  if (!f || f.kind === "blank") return null;
  if (f.kind === "none") return 0;
  if (f.kind === "invalid") return undefined;
  if (!f.unit) return f.value;
  return f.unit.kind === "money" ? clean((f.value * f.unit.factor) / unit.factor) : undefined;
}

/** 36,353.37 万元 */
export const money = (value: number, unit: Unit): string => `${formatAmount(value)} ${unit.text}`;

/** The funds block's rows as the form names them. */
export const FUNDS_LINE_NAMES: Readonly<Record<FundsLine, string>> = {
  total: "年度资金总额",
  appropriation: "财政拨款",
  carryover: "上年结转资金",
  other: "其他资金",
  basic: "基本支出",
  project: "项目支出",
};
