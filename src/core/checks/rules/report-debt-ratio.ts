/**
 * report-debt-ratio: the 资产负债率 a report states against the 负债合计 and 资产合计 it states beside it (GUIDE §2
 * 资产负债率 = 负债合计 ÷ 资产合计; §7 "a stated figure that disagrees with its own parts").
 *
 * Seed 000: "资产合计 17,467.49 万元 … 负债合计 388.73 万元 … 资产负债率为 22.25%": 388.73 ÷ 17,467.49 = 2.23%.
 * A report read alone (a Word or PDF document, no 资产负债表 beside it) is held to itself; where the workbook has
 * a balance sheet, report-figures holds the ratio to it instead, and this rule says nothing (one finding, not two).
 * The ratio is read only where the paragraph names one total of each (流动负债, 非流动资产 and 净资产 are not
 * totals), both in one money unit; it agrees within what its written precision allows (at least the profile's
 * rate tolerance).
 */
import { clean, roundHalfUp } from "../../decimal";
import { formatRate } from "../../format";
import { findingOf } from "../finding";
import { figuresIn, isExact, type TextFigure } from "../report/figures-in-text";
import { figureReplacement, textFix } from "../report/text-fix";
import { statedTolerance } from "../report/text";
import type { Finding, Rule } from "../types";

const RATIO = /资产负债率\s*(?:为|是|达|达到|仅为|:)?\s*$/;
/** The label ends with the total's name, not a part's (流动负债, 非流动资产, 净资产). */
const DEBTS = /(?<![流动])(?:负债合计|负债总额|负债总计|总负债)\s*(?:为|是|达|:)?\s*$/;
const ASSETS = /(?<![流动净])(?:资产合计|资产总额|资产总计|总资产)\s*(?:为|是|达|:)?\s*$/;

function one(figures: readonly TextFigure[], label: RegExp): TextFigure | null {
  const found = figures.filter((f) => f.kind === "money" && isExact(f) && label.test(f.label));
  return found.length === 1 ? found[0]! : null;
}

function stated(f: TextFigure): string {
  return `${f.written} ${f.unit ?? ""}`.trim();
}

export const rule: Rule = {
  id: "report-debt-ratio",
  severity: "error",
  title: "报告所写资产负债率与所写负债、资产不符",
  description:
    "报告只附文字、未附资产负债表时，核对报告所写的资产负债率与同一段所写的负债合计、资产合计：按负债合计 ÷ 资产合计重算，超出所写小数位允许的误差即报错（如负债合计 388.73 万元、资产合计 17,467.49 万元，资产负债率应为 2.23%，不是 22.25%）。比率与自身的分子分母对不上，审核时必然退回；有资产负债表时由“报告数字与报表不符”对照报表核对。",
  why: "错误：资产负债率与同一段所写的负债合计、资产合计对不上，由所写数字即可证明有误。",
  check(model, { profile }) {
    const report = model.report;
    if (!report || model.balance) return [];
    const findings: Finding[] = [];
    for (const p of report.paragraphs) {
      if (!p.text.includes("资产负债率")) continue;
      const figures = figuresIn(p.text);
      const debts = one(figures, DEBTS);
      const assets = one(figures, ASSETS);
      if (!debts || !assets || assets.value <= 0) continue;
      for (const f of figures) {
        if (f.unit !== "%" || !isExact(f) || !RATIO.test(f.label)) continue;
        const expected = clean(((debts.value * debts.factor) / (assets.value * assets.factor)) * 100);
        if (Math.abs(f.value - expected) <= statedTolerance(f.decimals, profile.tolerances.ratePoints)) continue;
        const replacement = figureReplacement(p.text, f, expected, "资产负债率");
        findings.push(
          findingOf(rule, {
            refs: [p.ref],
            message:
              `报告写资产负债率为 ${f.written}%，按所写负债合计 ${stated(debts)} ÷ 资产合计 ${stated(assets)}应为 ` +
              `${formatRate(expected / 100)}${f.decimals < 2 ? `（保留 ${f.decimals} 位小数为 ${formatRate(expected / 100, f.decimals)}）` : ""}。`,
            expected: roundHalfUp(expected / 100, 4),
            actual: clean(f.value / 100),
            fix: replacement ? textFix(p, [replacement]) : null,
          }),
        );
      }
    }
    return findings;
  },
};
