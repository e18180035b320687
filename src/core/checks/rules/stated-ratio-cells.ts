/**
 * A 资产负债率 or a share of the balance sheet (流动资产占比 …) stated in a labelled cell of the workbook
 * (model.unit.facts) equals the ratio of the 资产负债表's 年末数 (GUIDE §2: 资产负债率 = 负债合计 ÷ 资产合计;
 * 占比 = part ÷ total), within the profile's rate tolerance in percentage points. A plain number in a cell
 * without a % format is tried both as a fraction and as a percent number. The report text's ratios are the
 * report-text rules'. The fix writes the ratio in the cell's own convention.
 */
import { clean, div, roundHalfUp, sub } from "../../decimal";
import { parseFigure } from "../../figures";
import { formatNumber, formatPlain, formatRate, isWritable } from "../../format";
import { toPercentPoints } from "../../formulas";
import { address, type CellValue } from "../../model/snapshot";
import type { BalanceKey, Cell, FigureCell } from "../../model/types";
import { amountIn, money } from "../amounts";
import { findingOf } from "../finding";
import type { Finding, Rule } from "../types";

interface Ratio {
  /** Matches the label, spaces removed. */
  readonly label: RegExp;
  readonly name: string;
  readonly numerator: readonly [BalanceKey, string];
  readonly denominator: readonly [BalanceKey, string];
}

const RATIOS: readonly Ratio[] = [
  {
    label: /资产负债率/,
    name: "资产负债率",
    numerator: ["totalLiabilities", "负债合计"],
    denominator: ["totalAssets", "资产总计"],
  },
  {
    label: /^流动资产(合计)?占/,
    name: "流动资产占比",
    numerator: ["currentAssets", "流动资产合计"],
    denominator: ["totalAssets", "资产总计"],
  },
  {
    label: /^非流动资产(合计)?占/,
    name: "非流动资产占比",
    numerator: ["nonCurrentAssets", "非流动资产合计"],
    denominator: ["totalAssets", "资产总计"],
  },
  {
    label: /^流动负债(合计)?占/,
    name: "流动负债占比",
    numerator: ["currentLiabilities", "流动负债合计"],
    denominator: ["totalLiabilities", "负债合计"],
  },
  {
    label: /^非流动负债(合计)?占/,
    name: "非流动负债占比",
    numerator: ["nonCurrentLiabilities", "非流动负债合计"],
    denominator: ["totalLiabilities", "负债合计"],
  },
  {
    label: /^累计盈余占/,
    name: "累计盈余占比",
    numerator: ["accumulatedSurplus", "累计盈余"],
    denominator: ["netAssets", "净资产合计"],
  },
];

/** Whether a number format shows a percentage ("0.00%"), ignoring quoted text and escaped characters. */
function percentFormat(format: string): boolean {
  return format.replace(/"[^"]*"|\\./g, "").includes("%");
}

interface Reading {
  readonly fraction: number;
  /** fraction: the cell holds 0.0223 (shown as 2.23% by its format); points: it holds 2.23;
   *  percent: it holds the text "2.23%". */
  readonly convention: "fraction" | "points" | "percent";
  readonly note: string;
}

/** The readings of a stated ratio; null when the cell states none (blank, "—", not a figure, not a %). */
function readingsOf(cell: Cell): readonly Reading[] | null {
  // "资产负债率：22.25%" in one cell: the reader gives the text after the label; read that, not the whole cell.
  const f = parseFigure("text" in cell && typeof cell.text === "string" ? cell.text : cell.raw);
  if (f.kind !== "number") return null;
  if (f.unit) return f.unit.kind === "percent" ? [{ fraction: f.value, convention: "percent", note: "" }] : null;
  if (typeof cell.raw === "number" && percentFormat(cell.numberFormat))
    return [{ fraction: f.value, convention: "fraction", note: "" }];
  const raw = formatNumber(f.value, 6);
  return [
    { fraction: f.value, convention: "fraction", note: `（单元格写为 ${raw}，未设百分比格式，按小数理解）` },
    {
      fraction: clean(f.value / 100),
      convention: "points",
      note: `（单元格写为 ${raw}，未设百分比格式，按百分数理解）`,
    },
  ];
}

/** The ratio written the way the cell writes it: a number, or text where the cell holds text. */
function written(ratio: number, reading: Reading, raw: CellValue): { value: CellValue; shown: string } {
  const points = roundHalfUp(toPercentPoints(ratio), 2);
  if (reading.convention === "percent") {
    // Text as the cell writes it ("88.39%"); a rate past what a cell holds stays a word, and the fix is withheld.
    const text = isWritable(points) ? `${points.toFixed(2)}%` : formatNumber(points);
    return { value: text, shown: text };
  }
  const n = reading.convention === "fraction" ? roundHalfUp(ratio, 4) : points;
  const shown = reading.convention === "fraction" ? formatRate(ratio) : formatNumber(points, 2);
  return { value: typeof raw === "string" ? formatPlain(n) : n, shown };
}

export const rule: Rule = {
  id: "stated-ratio-cells",
  severity: "error",
  title: "表内资产负债率、占比与资产负债表不符",
  description:
    "工作簿中单独填列的资产负债率（负债合计 ÷ 资产总计）及流动资产占比等占比，应与资产负债表年末数计算的结果一致（容差取规则口径的百分点容差）。",
  why: "错误：资产负债率、占比由资产负债表的年末数算出，重算不符即可证明有误。",
  check(model, { profile }) {
    const sheet = model.balance;
    if (!sheet) return [];
    const unit = sheet.unit.unit;
    const end = (key: BalanceKey): { cell: FigureCell | null; value: number | null | undefined } => {
      const cell = sheet.items.find((i) => i.key === key)?.end ?? null;
      return { cell, value: amountIn(cell, unit) };
    };
    const findings: Finding[] = [];
    for (const fact of model.unit.facts) {
      const label = fact.label.replace(/\s+/g, "");
      const ratio = RATIOS.find((r) => r.label.test(label));
      if (!ratio) continue;
      const readings = readingsOf(fact.value);
      if (!readings) continue;
      const num = end(ratio.numerator[0]);
      const den = end(ratio.denominator[0]);
      if (typeof num.value !== "number" || typeof den.value !== "number" || !num.cell || !den.cell) continue;
      const where = address(fact.value.ref.row, fact.value.ref.col);
      if (den.value === 0) {
        findings.push(
          findingOf(rule, {
            refs: [fact.value.ref, den.cell.ref],
            message: `${where} 填列${ratio.name}，但资产负债表${ratio.denominator[1]}年末数为 0，不能作分母，${ratio.name}无从计算`,
            actual: readings[0]!.fraction,
          }),
        );
        continue;
      }
      const computed = div(num.value, den.value);
      if (!Number.isFinite(computed)) continue;
      const points = toPercentPoints(computed);
      const off = (r: Reading): number => Math.abs(sub(toPercentPoints(r.fraction), points));
      if (readings.some((r) => off(r) <= profile.tolerances.ratePoints)) continue;
      const reading = readings.reduce((a, b) => (off(b) < off(a) ? b : a));
      const { value, shown } = written(computed, reading, fact.value.raw);
      const { sheet: s, row, col } = fact.value.ref;
      findings.push(
        findingOf(rule, {
          refs: [fact.value.ref, num.cell.ref, den.cell.ref],
          message:
            `${where} ${ratio.name} ${formatRate(reading.fraction)}${reading.note}，不等于${ratio.numerator[1]} ` +
            `${money(num.value, unit)} ÷ ${ratio.denominator[1]} ${money(den.value, unit)} = ${formatRate(computed)}` +
            `（资产负债表年末数），相差 ${formatNumber(off(reading), 2)} 个百分点`,
          expected: computed,
          actual: reading.fraction,
          fix: {
            label: `把 ${where} 改为 ${shown}`,
            writes: [{ sheet: s, row, col, value, expected: fact.value.raw }],
          },
        }),
      );
    }
    return findings;
  },
};
