/**
 * A finding's expected and actual figures as the field writes them. The figures are plain numbers (a rate is a
 * fraction: 0.0223 for 2.23%), so what kind each is comes from its rule where the rule has one kind of figure,
 * else from how the finding's own message writes it ("388.73 万元", "7,129件", "22.25%", "95 分").
 */
import { shownScore } from "../../core/checks/indicator-table";
import type { Finding } from "../../core/checks/types";
import { formatAmount, formatNumber, formatRate } from "../../core/format";

export type FigureKind = "rate" | "amount" | "score" | "chars" | "count";

/** Rules whose expected and actual are always of one kind. */
const RULE_KINDS: Readonly<Record<string, FigureKind>> = {
  "weights-total": "score",
  "first-level-weights": "score",
  "score-above-weight": "score",
  "full-score-target-missed": "score",
  "score-below-full-target-met": "score",
  "score-recomputed": "score",
  "qualitative-band": "score",
  "total-sum": "score",
  "total-cap": "score",
  "stated-rate": "rate",
  "stated-ratio-cells": "rate",
  "report-share": "rate",
  "report-text-score": "rate",
  "text-length": "chars",
  "funds-total-parts": "amount",
  "funds-budget-agree": "amount",
  "budget-subtotals": "amount",
  "over-execution": "amount",
  "balance-identities": "amount",
};

const MONEY = ["亿元", "万元", "千元", "元"];
/** Units a figure may carry in a message, longest first where one begins another. */
const UNIT = new RegExp(
  `^\\s?(${[...MONEY, "平方米", "工作日", "小时", "公里", "分", "字", "件", "起", "人", "个", "批", "项", "次", "户", "家", "所", "台", "套", "辆", "份", "篇", "天", "日", "名", "场", "期", "吨", "条", "处"].join("|")})`,
);

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Where `written` stands in `message` as a whole figure (no digit, point or comma before it), followed by what
 *  comes after it; null if nowhere. */
function after(message: string, written: string, asNumber: boolean): string | null {
  const re = new RegExp(`(?<![\\d.,])${escape(written)}`, "g");
  for (let m = re.exec(message); m; m = re.exec(message)) {
    const rest = message.slice(m.index + written.length);
    if (asNumber && /^(\d|\.\d|%|,\d)/.test(rest)) continue;
    return rest;
  }
  return null;
}

/** The kind of a figure of a finding, and the unit its message writes it with. */
export function figureKind(finding: Finding, value: number): { kind: FigureKind; unit: string } {
  const numbers = [...new Set([formatAmount(value), formatNumber(value, 6), String(value)])];
  let unit: string | null = null;
  let seen = false;
  for (const written of numbers) {
    const rest = after(finding.message, written, true);
    if (rest === null) continue;
    seen = true;
    const u = UNIT.exec(rest)?.[1];
    if (u) {
      unit = u;
      break;
    }
  }
  const hinted = RULE_KINDS[finding.rule];
  if (hinted) return { kind: hinted, unit: hinted === "amount" && unit && MONEY.includes(unit) ? unit : "" };
  if (unit !== null) {
    if (MONEY.includes(unit)) return { kind: "amount", unit };
    if (unit === "分") return { kind: "score", unit: "" };
    if (unit === "字") return { kind: "chars", unit: "" };
    return { kind: "count", unit };
  }
  const rates = [formatRate(value), formatRate(value, 1), `${formatNumber(value * 100, 4)}%`];
  if (rates.some((r) => after(finding.message, r, false) !== null)) return { kind: "rate", unit: "" };
  return { kind: seen || Number.isInteger(value) || Math.abs(value) > 1 ? "count" : "rate", unit: "" };
}

/** A figure of a finding as the field writes it: "2.23%", "388.73 万元", "95 分", "7,129 件", "215 字". */
export function shownFigure(finding: Finding, value: number): string {
  const { kind, unit } = figureKind(finding, value);
  switch (kind) {
    case "rate":
      return formatRate(value);
    case "amount":
      return unit ? `${formatAmount(value)} ${unit}` : formatAmount(value);
    case "score":
      return `${shownScore(value)} 分`;
    case "chars":
      return `${formatNumber(value, 0)} 字`;
    case "count":
      return unit ? `${formatNumber(value, 6)} ${unit}` : formatNumber(value, 6);
  }
}
